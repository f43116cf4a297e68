package dev.gavel.store;

import java.util.List;
import java.util.Optional;

import dev.gavel.core.model.ReportReason;
import dev.gavel.core.model.ReportedMessage;
import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.customizer.BindMethods;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

/** {@code reported_messages}: what was filed into members' threads. */
@RegisterConstructorMapper(ReportedMessage.class)
public interface ReportDao {

    String COLUMNS = "id, reported_message_id, reported_channel_id, reported_user_id, guild_id, log_message_id, log_channel_id, "
            + "reason, staff_id, staff_username, extra, created_at, deleted_at, content, attachments";

    /** Records a filing; returns 0 when the same message was already filed for the same reason. */
    @SqlUpdate("INSERT INTO reported_messages (" + COLUMNS + ") VALUES (:id, :reportedMessageId, :reportedChannelId, "
            + ":reportedUserId, :guildId, :logMessageId, :logChannelId, :reason, :staffId, :staffUsername, :extra, "
            + "coalesce(:createdAt, strftime('%Y-%m-%dT%H:%M:%fZ', 'now')), :deletedAt, :content, :attachments) "
            + "ON CONFLICT (reported_message_id, reason, guild_id) DO NOTHING")
    int insert(@BindMethods ReportedMessage report);

    @SqlQuery("SELECT " + COLUMNS + " FROM reported_messages WHERE guild_id = :guildId AND reported_message_id = :messageId "
            + "AND reason = :reason")
    Optional<ReportedMessage> find(@Bind("guildId") String guildId, @Bind("messageId") String messageId,
                                   @Bind("reason") ReportReason reason);

    @SqlQuery("SELECT " + COLUMNS + " FROM reported_messages WHERE guild_id = :guildId AND reported_user_id = :userId "
            + "ORDER BY created_at")
    List<ReportedMessage> listForUser(@Bind("guildId") String guildId, @Bind("userId") String userId);

    @SqlQuery("SELECT " + COLUMNS + " FROM reported_messages WHERE guild_id = :guildId ORDER BY created_at")
    List<ReportedMessage> listByGuild(@Bind("guildId") String guildId);
}
