package dev.gavel.store;

import java.util.List;
import java.util.Optional;

import dev.gavel.core.model.BackfillCursor;
import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.customizer.BindMethods;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

/** {@code backfill_cursors}: per channel, the newest message recorded. */
@RegisterConstructorMapper(BackfillCursor.class)
public interface BackfillCursorDao {

    /** Moves a channel's cursor forward (never back: snowflakes grow with time). */
    @SqlUpdate("INSERT INTO backfill_cursors (channel_id, guild_id, last_message_id) VALUES (:channelId, :guildId, :lastMessageId) "
            + "ON CONFLICT (channel_id) DO UPDATE SET last_message_id = excluded.last_message_id, "
            + "updated_at = strftime('%Y-%m-%dT%H:%M:%fZ', 'now') "
            + "WHERE length(excluded.last_message_id) > length(backfill_cursors.last_message_id) "
            + "OR (length(excluded.last_message_id) = length(backfill_cursors.last_message_id) "
            + "AND excluded.last_message_id > backfill_cursors.last_message_id)")
    void advance(@BindMethods BackfillCursor cursor);

    @SqlQuery("SELECT channel_id, guild_id, last_message_id FROM backfill_cursors WHERE channel_id = :channelId")
    Optional<BackfillCursor> find(@Bind("channelId") String channelId);

    @SqlQuery("SELECT channel_id, guild_id, last_message_id FROM backfill_cursors WHERE guild_id = :guildId")
    List<BackfillCursor> listByGuild(@Bind("guildId") String guildId);
}
