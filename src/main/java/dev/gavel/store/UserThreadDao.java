package dev.gavel.store;

import java.util.List;
import java.util.Optional;

import dev.gavel.core.model.UserThread;
import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

/** {@code user_threads}: one moderation thread per member and guild. */
@RegisterConstructorMapper(UserThread.class)
public interface UserThreadDao {

    /** Records the member's thread, or replaces a deleted one (keeping when it was first made). */
    @SqlUpdate("INSERT INTO user_threads (user_id, guild_id, thread_id) VALUES (:userId, :guildId, :threadId) "
            + "ON CONFLICT (user_id, guild_id) DO UPDATE SET thread_id = excluded.thread_id, "
            + "updated_at = strftime('%Y-%m-%dT%H:%M:%fZ', 'now')")
    void upsert(@Bind("guildId") String guildId, @Bind("userId") String userId, @Bind("threadId") String threadId);

    @SqlUpdate("UPDATE user_threads SET updated_at = strftime('%Y-%m-%dT%H:%M:%fZ', 'now') WHERE guild_id = :guildId AND user_id = :userId")
    int touch(@Bind("guildId") String guildId, @Bind("userId") String userId);

    @SqlQuery("SELECT user_id, guild_id, thread_id, created_at, updated_at FROM user_threads WHERE guild_id = :guildId AND user_id = :userId")
    Optional<UserThread> find(@Bind("guildId") String guildId, @Bind("userId") String userId);

    @SqlQuery("SELECT user_id, guild_id, thread_id, created_at, updated_at FROM user_threads WHERE guild_id = :guildId ORDER BY updated_at DESC")
    List<UserThread> listByGuild(@Bind("guildId") String guildId);
}
