package dev.gavel.store;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import dev.gavel.core.model.ChannelInfo;
import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.customizer.BindMethods;
import org.jdbi.v3.sqlobject.statement.SqlBatch;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

/** {@code channel_info}: every channel seen, with its name and category name. */
@RegisterConstructorMapper(ChannelInfo.class)
public interface ChannelDao {

    String COLUMNS = "id, guild_id, name, category, type, parent_id, position";
    String UPSERT = "INSERT INTO channel_info (id, guild_id, name, category, type, parent_id, position, deleted_at, updated_at) "
            + "VALUES (:id, :guildId, :name, :category, :type, :parentId, :position, NULL, strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) "
            + "ON CONFLICT (id) DO UPDATE SET guild_id = excluded.guild_id, name = excluded.name, category = excluded.category, "
            + "type = excluded.type, parent_id = excluded.parent_id, position = excluded.position, deleted_at = NULL, "
            + "updated_at = excluded.updated_at";

    @SqlUpdate(UPSERT)
    void upsert(@BindMethods ChannelInfo channel);

    @SqlBatch(UPSERT)
    void upsertAll(@BindMethods Collection<ChannelInfo> channels);

    @SqlUpdate("UPDATE channel_info SET deleted_at = strftime('%Y-%m-%dT%H:%M:%fZ', 'now') WHERE id = :id AND deleted_at IS NULL")
    int markDeleted(@Bind("id") String id);

    @SqlQuery("SELECT " + COLUMNS + " FROM channel_info WHERE id = :id")
    Optional<ChannelInfo> find(@Bind("id") String id);

    /** The guild's channels that still exist, in Discord's order. */
    @SqlQuery("SELECT " + COLUMNS + " FROM channel_info WHERE guild_id = :guildId AND deleted_at IS NULL "
            + "ORDER BY coalesce(position, 0), name")
    List<ChannelInfo> listByGuild(@Bind("guildId") String guildId);
}
