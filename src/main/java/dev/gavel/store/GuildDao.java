package dev.gavel.store;

import java.util.List;
import java.util.Optional;

import dev.gavel.core.model.GuildProfile;
import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.customizer.BindMethods;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

/** {@code guilds} (id and settings JSON) and {@code guild_profiles} (name and icon). */
@RegisterConstructorMapper(GuildProfile.class)
public interface GuildDao {

    @SqlUpdate("INSERT INTO guild_profiles (guild_id, name, icon_url, member_count, bot_present) "
            + "VALUES (:guildId, :name, :iconUrl, :memberCount, :botPresent) "
            + "ON CONFLICT (guild_id) DO UPDATE SET name = excluded.name, icon_url = excluded.icon_url, "
            + "member_count = coalesce(excluded.member_count, guild_profiles.member_count), bot_present = excluded.bot_present, "
            + "updated_at = strftime('%Y-%m-%dT%H:%M:%fZ', 'now')")
    void upsertProfile(@BindMethods GuildProfile profile);

    @SqlUpdate("UPDATE guild_profiles SET bot_present = 0, updated_at = strftime('%Y-%m-%dT%H:%M:%fZ', 'now') WHERE guild_id = :guildId")
    int markLeft(@Bind("guildId") String guildId);

    @SqlQuery("SELECT guild_id, name, icon_url, member_count, bot_present FROM guild_profiles WHERE guild_id = :guildId")
    Optional<GuildProfile> findProfile(@Bind("guildId") String guildId);

    /**
     * Every guild the store knows: those with a profile, and those that only have settings or
     * messages (stores imported from the original bot), named by their id.
     */
    @SqlQuery("SELECT g.guild_id, coalesce(p.name, g.guild_id) AS name, p.icon_url, p.member_count, "
            + "coalesce(p.bot_present, 0) AS bot_present "
            + "FROM (SELECT guild_id FROM guild_profiles UNION SELECT id FROM guilds "
            + "      UNION SELECT DISTINCT guild_id FROM author_month) g "
            + "LEFT JOIN guild_profiles p ON p.guild_id = g.guild_id ORDER BY lower(coalesce(p.name, g.guild_id))")
    List<GuildProfile> listAll();

    @SqlQuery("SELECT settings FROM guilds WHERE id = :guildId")
    Optional<String> settingsJson(@Bind("guildId") String guildId);

    @SqlUpdate("INSERT INTO guilds (id, settings) VALUES (:guildId, :settings) "
            + "ON CONFLICT (id) DO UPDATE SET settings = excluded.settings")
    void saveSettingsJson(@Bind("guildId") String guildId, @Bind("settings") String settings);

    @SqlUpdate("INSERT INTO guilds (id, settings) VALUES (:guildId, '{}') ON CONFLICT (id) DO NOTHING")
    void ensure(@Bind("guildId") String guildId);
}
