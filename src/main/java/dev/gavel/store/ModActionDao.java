package dev.gavel.store;

import java.util.List;

import dev.gavel.core.model.ModAction;
import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.customizer.BindMethods;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

/** {@code mod_actions}: moderation seen on Discord. */
@RegisterConstructorMapper(ModAction.class)
public interface ModActionDao {

    String COLUMNS = "id, user_id, guild_id, action_type, executor_id, executor_username, reason, duration, created_at";

    /** Records an action once (the id is the audit-log entry's, so a replay adds nothing). */
    @SqlUpdate("INSERT INTO mod_actions (" + COLUMNS + ") VALUES (:id, :userId, :guildId, :actionType, :executorId, "
            + ":executorUsername, :reason, :duration, :createdAt) ON CONFLICT (id) DO NOTHING")
    int insert(@BindMethods ModAction action);

    @SqlQuery("SELECT " + COLUMNS + " FROM mod_actions WHERE guild_id = :guildId AND user_id = :userId ORDER BY created_at")
    List<ModAction> listForUser(@Bind("guildId") String guildId, @Bind("userId") String userId);

    @SqlQuery("SELECT " + COLUMNS + " FROM mod_actions WHERE guild_id = :guildId ORDER BY created_at")
    List<ModAction> listByGuild(@Bind("guildId") String guildId);
}
