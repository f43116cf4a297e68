package dev.gavel.store;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import dev.gavel.core.model.MessageStat;
import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.customizer.BindList;
import org.jdbi.v3.sqlobject.customizer.BindMethods;
import org.jdbi.v3.sqlobject.statement.SqlBatch;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

/** {@code message_stats}: one row per recorded message. The rollups follow by trigger. */
@RegisterConstructorMapper(MessageStat.class)
public interface MessageStatsDao {

    String COLUMNS = "message_id, guild_id, channel_id, channel_category, author_id, recipient_id, sent_at, "
            + "word_count, char_count, react_count, code_stats, link_stats";
    String UPSERT = "INSERT INTO message_stats (" + COLUMNS + ") VALUES (:messageId, :guildId, :channelId, :channelCategory, "
            + ":authorId, :recipientId, :sentAt, :wordCount, :charCount, :reactCount, :codeStats, :linkStats) "
            + "ON CONFLICT (message_id) DO UPDATE SET guild_id = excluded.guild_id, channel_id = excluded.channel_id, "
            + "channel_category = excluded.channel_category, author_id = excluded.author_id, recipient_id = excluded.recipient_id, "
            + "sent_at = excluded.sent_at, word_count = excluded.word_count, char_count = excluded.char_count, "
            + "react_count = excluded.react_count, code_stats = excluded.code_stats, link_stats = excluded.link_stats "
            + "WHERE (message_stats.guild_id, message_stats.channel_id, message_stats.channel_category, message_stats.author_id, "
            + "message_stats.recipient_id, message_stats.sent_at, message_stats.word_count, message_stats.char_count, "
            + "message_stats.react_count, message_stats.code_stats, message_stats.link_stats) IS NOT (excluded.guild_id, "
            + "excluded.channel_id, excluded.channel_category, excluded.author_id, excluded.recipient_id, excluded.sent_at, "
            + "excluded.word_count, excluded.char_count, excluded.react_count, excluded.code_stats, excluded.link_stats)";

    /** Inserts a message, or makes an existing row equal to it (a backfilled row is identical to a live one). */
    @SqlUpdate(UPSERT)
    void upsert(@BindMethods MessageStat stat);

    @SqlBatch(UPSERT)
    void upsertAll(@BindMethods Collection<MessageStat> stats);

    @SqlQuery("SELECT " + COLUMNS + " FROM message_stats WHERE message_id = :messageId")
    Optional<MessageStat> find(@Bind("messageId") String messageId);

    /** Recomputed metrics after an edit (METRICS.md §1.3: from the new content). */
    @SqlUpdate("UPDATE message_stats SET word_count = :wordCount, char_count = :charCount, code_stats = :codeStats, "
            + "link_stats = :linkStats WHERE message_id = :messageId")
    int updateContent(@Bind("messageId") String messageId, @Bind("wordCount") int wordCount, @Bind("charCount") int charCount,
                      @Bind("codeStats") String codeStats, @Bind("linkStats") String linkStats);

    /** Adds (or with a negative delta removes) reactions, never going below zero. */
    @SqlUpdate("UPDATE message_stats SET react_count = max(0, react_count + :delta) WHERE message_id = :messageId")
    int addReactions(@Bind("messageId") String messageId, @Bind("delta") int delta);

    @SqlUpdate("UPDATE message_stats SET react_count = :count WHERE message_id = :messageId AND react_count <> :count")
    int setReactions(@Bind("messageId") String messageId, @Bind("count") int count);

    @SqlUpdate("DELETE FROM message_stats WHERE message_id = :messageId")
    int delete(@Bind("messageId") String messageId);

    @SqlUpdate("DELETE FROM message_stats WHERE message_id IN (<messageIds>)")
    int deleteAll(@BindList("messageIds") Collection<String> messageIds);

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
