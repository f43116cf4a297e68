package dev.gavel.store;

import java.time.Instant;
import java.util.Collection;
import java.util.List;

import dev.gavel.core.model.BackfillCursor;
import dev.gavel.core.model.ChannelInfo;
import dev.gavel.core.model.GuildProfile;
import dev.gavel.core.model.Member;
import dev.gavel.core.model.Role;
import dev.gavel.core.model.UserThread;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.customizer.BindMethods;
import org.jdbi.v3.sqlobject.statement.SqlBatch;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

/**
 * Writes the rows that the other DAOs stamp with the current time ({@code updated_at},
 * {@code created_at}, {@code changed_at}) with a time the caller knows instead: rows copied from
 * elsewhere (an import) or generated for a past timeline (the demo), which must not depend on the
 * moment they were written.
 */
public interface DatedRowsDao {

    @SqlUpdate("INSERT INTO guild_profiles (guild_id, name, icon_url, member_count, bot_present, first_seen_at, updated_at) "
            + "VALUES (:guildId, :name, :iconUrl, :memberCount, :botPresent, :firstSeenAt, :updatedAt) "
            + "ON CONFLICT (guild_id) DO UPDATE SET name = excluded.name, icon_url = excluded.icon_url, "
            + "member_count = coalesce(excluded.member_count, guild_profiles.member_count), bot_present = excluded.bot_present, "
            + "updated_at = excluded.updated_at")
    void upsertProfile(@BindMethods GuildProfile profile, @Bind("firstSeenAt") Instant firstSeenAt,
                       @Bind("updatedAt") Instant updatedAt);

    @SqlBatch("INSERT INTO roles (guild_id, role_id, name, color, position, updated_at) "
            + "VALUES (:guildId, :roleId, :name, :color, :position, :updatedAt) "
            + "ON CONFLICT (guild_id, role_id) DO UPDATE SET name = excluded.name, color = excluded.color, "
            + "position = excluded.position, deleted_at = NULL, updated_at = excluded.updated_at")
    void upsertRoles(@BindMethods Collection<Role> roles, @Bind("updatedAt") Instant updatedAt);

    @SqlBatch("INSERT INTO channel_info (id, guild_id, name, category, type, parent_id, position, deleted_at, updated_at) "
            + "VALUES (:id, :guildId, :name, :category, :type, :parentId, :position, NULL, :updatedAt) "
            + "ON CONFLICT (id) DO UPDATE SET guild_id = excluded.guild_id, name = excluded.name, category = excluded.category, "
            + "type = excluded.type, parent_id = excluded.parent_id, position = excluded.position, deleted_at = NULL, "
            + "updated_at = excluded.updated_at")
    void upsertChannels(@BindMethods Collection<ChannelInfo> channels, @Bind("updatedAt") Instant updatedAt);

    @SqlBatch("INSERT INTO members (guild_id, user_id, username, display_name, avatar_url, is_bot, updated_at) "
            + "VALUES (:guildId, :userId, :username, :displayName, :avatarUrl, :bot, :updatedAt) "
            + "ON CONFLICT (guild_id, user_id) DO UPDATE SET username = excluded.username, display_name = excluded.display_name, "
            + "avatar_url = excluded.avatar_url, is_bot = excluded.is_bot, updated_at = excluded.updated_at")
    void upsertMembers(@BindMethods Collection<Member> members, @Bind("updatedAt") Instant updatedAt);

    @SqlBatch("INSERT INTO user_threads (user_id, guild_id, thread_id, created_at, updated_at) "
            + "VALUES (:userId, :guildId, :threadId, :createdAt, :updatedAt) "
            + "ON CONFLICT (user_id, guild_id) DO UPDATE SET thread_id = excluded.thread_id, updated_at = excluded.updated_at")
    void upsertUserThreads(@BindMethods Collection<UserThread> threads);

    /** Each cursor with the time it moved to its message, {@code updatedAt} in the same order. */
    @SqlBatch("INSERT INTO backfill_cursors (channel_id, guild_id, last_message_id, updated_at) "
            + "VALUES (:channelId, :guildId, :lastMessageId, :updatedAt) "
            + "ON CONFLICT (channel_id) DO UPDATE SET last_message_id = excluded.last_message_id, updated_at = excluded.updated_at "
            + "WHERE length(excluded.last_message_id) > length(backfill_cursors.last_message_id) "
            + "OR (length(excluded.last_message_id) = length(backfill_cursors.last_message_id) "
            + "AND excluded.last_message_id > backfill_cursors.last_message_id)")
    void advanceCursors(@BindMethods List<BackfillCursor> cursors, @Bind("updatedAt") List<Instant> updatedAt);

    @SqlUpdate("INSERT INTO settings_history (guild_id, changed_at, changed_by, before, after) "
            + "VALUES (:guildId, :changedAt, :changedBy, :before, :after)")
    void insertSettingsChange(@Bind("guildId") String guildId, @Bind("changedAt") Instant changedAt,
                              @Bind("changedBy") String changedBy, @Bind("before") String before, @Bind("after") String after);
}
