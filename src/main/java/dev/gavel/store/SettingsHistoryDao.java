package dev.gavel.store;

import java.util.List;

import dev.gavel.core.model.SettingsChange;
import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

/** {@code settings_history}: every change of a guild's settings. */
@RegisterConstructorMapper(SettingsChange.class)
public interface SettingsHistoryDao {

    @SqlUpdate("INSERT INTO settings_history (guild_id, changed_by, before, after) VALUES (:guildId, :changedBy, :before, :after)")
    void insert(@Bind("guildId") String guildId, @Bind("changedBy") String changedBy, @Bind("before") String before,
                @Bind("after") String after);

    @SqlQuery("SELECT id, guild_id, changed_at, changed_by, before, after FROM settings_history WHERE guild_id = :guildId "
            + "ORDER BY id DESC")
    List<SettingsChange> listByGuild(@Bind("guildId") String guildId);
}
