package dev.gavel.store;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import dev.gavel.core.model.Member;
import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.customizer.BindList;
import org.jdbi.v3.sqlobject.customizer.BindMethods;
import org.jdbi.v3.sqlobject.statement.SqlBatch;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

/** {@code members}: names and avatars per guild, for offline use. */
@RegisterConstructorMapper(Member.class)
public interface MemberDao {

    String COLUMNS = "guild_id, user_id, username, display_name, avatar_url, is_bot AS bot";
    String UPSERT = "INSERT INTO members (guild_id, user_id, username, display_name, avatar_url, is_bot) "
            + "VALUES (:guildId, :userId, :username, :displayName, :avatarUrl, :bot) "
            + "ON CONFLICT (guild_id, user_id) DO UPDATE SET username = excluded.username, display_name = excluded.display_name, "
            + "avatar_url = excluded.avatar_url, is_bot = excluded.is_bot, updated_at = strftime('%Y-%m-%dT%H:%M:%fZ', 'now') "
            + "WHERE (members.username, members.display_name, members.avatar_url, members.is_bot) "
            + "IS NOT (excluded.username, excluded.display_name, excluded.avatar_url, excluded.is_bot)";

    @SqlUpdate(UPSERT)
    void upsert(@BindMethods Member member);

    @SqlBatch(UPSERT)
    void upsertAll(@BindMethods Collection<Member> members);

    @SqlQuery("SELECT " + COLUMNS + " FROM members WHERE guild_id = :guildId AND user_id = :userId")
    Optional<Member> find(@Bind("guildId") String guildId, @Bind("userId") String userId);

    @SqlQuery("SELECT " + COLUMNS + " FROM members WHERE guild_id = :guildId AND user_id IN (<userIds>)")
    List<Member> findAll(@Bind("guildId") String guildId, @BindList("userIds") Collection<String> userIds);

    @SqlQuery("SELECT " + COLUMNS + " FROM members WHERE guild_id = :guildId ORDER BY lower(coalesce(display_name, username))")
    List<Member> listByGuild(@Bind("guildId") String guildId);
}
