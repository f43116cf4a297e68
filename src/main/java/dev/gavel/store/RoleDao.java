package dev.gavel.store;

import java.util.Collection;
import java.util.List;

import dev.gavel.core.model.Role;
import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.customizer.BindMethods;
import org.jdbi.v3.sqlobject.statement.SqlBatch;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

/** {@code roles}: a guild's roles, for the settings pickers offline. */
@RegisterConstructorMapper(Role.class)
public interface RoleDao {

    String UPSERT = "INSERT INTO roles (guild_id, role_id, name, color, position) VALUES (:guildId, :roleId, :name, :color, :position) "
            + "ON CONFLICT (guild_id, role_id) DO UPDATE SET name = excluded.name, color = excluded.color, "
            + "position = excluded.position, deleted_at = NULL, updated_at = strftime('%Y-%m-%dT%H:%M:%fZ', 'now')";

    @SqlUpdate(UPSERT)
    void upsert(@BindMethods Role role);

    @SqlBatch(UPSERT)
    void upsertAll(@BindMethods Collection<Role> roles);

    @SqlUpdate("UPDATE roles SET deleted_at = strftime('%Y-%m-%dT%H:%M:%fZ', 'now') WHERE guild_id = :guildId AND role_id = :roleId")
    int markDeleted(@Bind("guildId") String guildId, @Bind("roleId") String roleId);

    /** The guild's roles that still exist, highest first (Discord's order). */
    @SqlQuery("SELECT guild_id, role_id, name, color, position FROM roles WHERE guild_id = :guildId AND deleted_at IS NULL "
            + "ORDER BY position DESC, name")
    List<Role> listByGuild(@Bind("guildId") String guildId);
}
