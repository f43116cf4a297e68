package dev.gavel.store;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import dev.gavel.core.model.MessageStat;
import org.jdbi.v3.sqlobject.SqlObject;
import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.statement.SqlQuery;

/**
 * {@code message_stats}: one row per recorded message. Every change made here keeps the rollups
 * ({@link Rollups#TABLES}) true in the same step, with no triggers (see {@code MessageStatsWrites});
 * each changing call is atomic. The only other writers, {@link BulkLoader} and the import, keep
 * the rollups themselves.
 */
@RegisterConstructorMapper(MessageStat.class)
public interface MessageStatsDao extends SqlObject {

    String COLUMNS = "message_id, guild_id, channel_id, channel_category, author_id, recipient_id, sent_at, "
            + "word_count, char_count, react_count, code_stats, link_stats";

    /** Inserts a message, or makes an existing row equal to it (a backfilled row is identical to a live one). */
    default void upsert(MessageStat stat) {
        upsertAll(List.of(stat));
    }

    /** As {@link #upsert} for many, in one go; of one message id given twice the last counts. */
    default void upsertAll(Collection<MessageStat> stats) {
        new MessageStatsWrites(getHandle()).upsertAll(stats);
    }

    @SqlQuery("SELECT " + COLUMNS + " FROM message_stats WHERE message_id = :messageId")
    Optional<MessageStat> find(@Bind("messageId") String messageId);

    /** Recomputed metrics after an edit (METRICS.md §1.3: from the new content); 0 when there is no such message. */
    default int updateContent(String messageId, int wordCount, int charCount, String codeStats, String linkStats) {
        return new MessageStatsWrites(getHandle()).updateContent(messageId, wordCount, charCount, codeStats, linkStats);
    }

    /** Adds (or with a negative delta removes) reactions, never going below zero; 0 when there is no such message. */
    default int addReactions(String messageId, int delta) {
        return new MessageStatsWrites(getHandle()).addReactions(messageId, delta);
    }

    /** Sets the number of reactions; 0 when there is no such message or it already has that many. */
    default int setReactions(String messageId, int count) {
        return new MessageStatsWrites(getHandle()).setReactions(messageId, count);
    }

    /** Deletes a message; 0 when there is none. */
    default int delete(String messageId) {
        return deleteAll(List.of(messageId));
    }

    /** Deletes the messages there are of {@code messageIds}; the number deleted. */
    default int deleteAll(Collection<String> messageIds) {
        return new MessageStatsWrites(getHandle()).deleteAll(messageIds);
    }

    /** The newest message recorded in a channel, where a backfill resumes. */
    @SqlQuery("SELECT message_id FROM message_stats WHERE guild_id = :guildId AND channel_id = :channelId "
            + "ORDER BY sent_at DESC, length(message_id) DESC, message_id DESC LIMIT 1")
    Optional<String> newestInChannel(@Bind("guildId") String guildId, @Bind("channelId") String channelId);

    @SqlQuery("SELECT count(*) FROM message_stats WHERE guild_id = :guildId")
    long count(@Bind("guildId") String guildId);

    @SqlQuery("SELECT " + COLUMNS + " FROM message_stats WHERE guild_id = :guildId AND sent_at >= :fromMs AND sent_at < :toMs "
            + "ORDER BY sent_at, message_id")
    List<MessageStat> listBetween(@Bind("guildId") String guildId, @Bind("fromMs") long fromMs, @Bind("toMs") long toMs);
}
