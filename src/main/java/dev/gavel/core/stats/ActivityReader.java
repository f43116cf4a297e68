package dev.gavel.core.stats;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import dev.gavel.core.model.RecorderSession;

/**
 * Plain rows about a guild's recorded activity. Days are calendar days in the scope's zone; a
 * category is {@code null} when the message's channel had none. Rows come in no particular order.
 */
public interface ActivityReader {

    /** The ids of the guilds the store knows (with settings or messages), sorted. */
    List<String> guildIds();

    /** The guild's stored settings JSON, if it has a row. */
    Optional<String> settingsJson(String guildId);

    /** Whether the author ever sent a message recorded in the guild, or is a known member of it. */
    boolean isKnownMember(String guildId, String userId);

    /** The names to show for the given users, where the store has one. */
    Map<String, String> memberNames(String guildId, Collection<String> userIds);

    /** The name and category of the given channels, where the store has them. */
    Map<String, ChannelName> channelNames(Collection<String> channelIds);

    /** Whether the store holds any recorder session at all; if not, coverage is unknown. */
    boolean hasRecorderSessions();

    /** Recorder sessions overlapping {@code [from, to)}. */
    List<RecorderSession> recorderSessions(Instant from, Instant to);

    /** Per day with messages: totals, distinct authors and authors with at least {@code communicatorMinMessages}. */
    List<DayRow> days(ActivityScope scope, int communicatorMinMessages);

    /** Per channel and recorded category: totals over the range. */
    List<ChannelRow> channels(ActivityScope scope);

    /** Per channel: the number of distinct authors over the range. */
    Map<String, Long> channelAuthors(ActivityScope scope);

    /** Messages per local weekday and hour of day (only cells with messages). */
    List<HeatRow> heatmap(ActivityScope scope);

    /** Code blocks per kind and language over the range. */
    List<CodeRow> codeLanguages(ActivityScope scope);

    /** Per author: totals over the range. */
    List<AuthorRow> authorTotals(ActivityScope scope, AuthorSelection authors);

    /**
     * Per author and day with messages. With {@code spread}, the distinct channels and categories
     * of that day are counted; without, they are 0.
     */
    List<AuthorDayRow> authorDays(ActivityScope scope, AuthorSelection authors, boolean spread);

    /** Per author, channel and recorded category: totals over the range. */
    List<AuthorChannelRow> authorChannels(ActivityScope scope, AuthorSelection authors);

    /**
     * Messages per hour, gathered into buckets of {@code hoursPerBucket} whole hours counted from the
     * range's first moment (bucket {@code b} holds hours {@code b·hoursPerBucket} to
     * {@code (b+1)·hoursPerBucket − 1}). Only hours with messages are counted: a bucket lists how many
     * of its hours had messages, the fewest and the most messages among those, and its total.
     */
    List<HourBucketRow> hourBuckets(ActivityScope scope, int hoursPerBucket);

    /**
     * Members of the guild whose name contains {@code text} (ignoring case) or whose id is
     * {@code text}, humans only, by name, at most {@code limit}; an author the store knows only by
     * id is found by the exact id.
     */
    List<AuthorName> findAuthors(String guildId, String text, int limit);

    record ChannelName(String name, String category) {
    }

    record DayRow(LocalDate date, long messages, long words, long reactions, long authors, long communicators) {
    }

    record ChannelRow(String channelId, String category, long messages, long words, long reactions,
                      long codeMessages, long linkMessages) {
    }

    /** {@code weekday} 1 (Monday) to 7 (Sunday), {@code hour} 0–23, both local. */
    record HeatRow(int weekday, int hour, long messages) {
    }

    /** {@code kind} is {@code fenced} (with {@code lang}, maybe empty) or {@code inline} (lang empty). */
    record CodeRow(String kind, String lang, long blocks, long lines, long chars) {
    }

    record AuthorRow(String authorId, long messages, long words, long reactions, long codeLines, long codeChars) {
    }

    record AuthorDayRow(String authorId, LocalDate date, long messages, long words, long reactions,
                        long channels, long categories) {
    }

    record HourBucketRow(long bucket, long hoursWithMessages, long fewestMessages, long mostMessages, long messages) {
    }

    record AuthorName(String authorId, String name) {
    }

    record AuthorChannelRow(String authorId, String channelId, String category, long messages, long words, long reactions) {
    }
}
