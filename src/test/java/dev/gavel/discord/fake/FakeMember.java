package dev.gavel.discord.fake;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** A user's membership of a guild. Create with {@link FakeGuild#addMember(FakeUser)}. */
public final class FakeMember {

    private final FakeGuild guild;
    private final FakeUser user;
    private final CopyOnWriteArrayList<FakeRole> roles = new CopyOnWriteArrayList<>();
    private volatile String nick;
    private volatile String avatar;
    private volatile Instant joinedAt;
    private volatile Instant timeoutUntil;

    FakeMember(FakeGuild guild, FakeUser user, Instant joinedAt) {
        this.guild = guild;
        this.user = user;
        this.joinedAt = joinedAt;
    }

    public FakeGuild guild() {
        return guild;
    }

    public FakeUser user() {
        return user;
    }

    public long id() {
        return user.id();
    }

    public String nick() {
        return nick;
    }

    public List<FakeRole> roles() {
        return List.copyOf(roles);
    }

    public Instant joinedAt() {
        return joinedAt;
    }

    public Instant timeoutUntil() {
        return timeoutUntil;
    }

    /** The server nickname; null for none. */
    public FakeMember nick(String newNick) {
        this.nick = newNick;
        return this;
    }

    /** The server-specific avatar hash; null for none. */
    public FakeMember avatar(String newAvatarHash) {
        this.avatar = newAvatarHash;
        return this;
    }

    public FakeMember joinedAt(Instant time) {
        this.joinedAt = time;
        return this;
    }

    /** Times the member out until {@code time}; null lifts the timeout. */
    public FakeMember timeoutUntil(Instant time) {
        this.timeoutUntil = time;
        return this;
    }

    public FakeMember addRoles(FakeRole... added) {
        for (FakeRole role : added) {
            if (role.guild() != guild) {
                throw new IllegalArgumentException(role + " is not a role of " + guild);
            }
            roles.addIfAbsent(role);
        }
        return this;
    }

    public FakeMember removeRoles(FakeRole... removed) {
        roles.removeAll(Arrays.asList(removed));
        return this;
    }

    public boolean hasRole(FakeRole role) {
        return roles.contains(role);
    }

    /** The guild-wide permissions: @everyone's and those of every role, all of them for the owner. */
    public long permissions() {
        if (guild.ownerId() == user.id()) {
            return ~0L;
        }
        long permissions = guild.everyoneRole().permissions();
        for (FakeRole role : roles) {
            permissions |= role.permissions();
        }
        return (permissions & Permissions.ADMINISTRATOR) != 0 ? ~0L : permissions;
    }

    /** The member object of Discord's payloads; with {@code withUser} it carries the user. */
    ObjectNode toJson(boolean withUser) {
        ObjectNode json = Json.object();
        if (withUser) {
            json.set("user", user.toJson());
        }
        json.put("nick", nick).put("avatar", avatar);
        ArrayNode roleIds = json.putArray("roles");
        for (FakeRole role : roles) {
            roleIds.add(Json.id(role.id()));
        }
        json.put("joined_at", Json.time(joinedAt))
                .putNull("premium_since")
                .put("deaf", false)
                .put("mute", false)
                .put("flags", 0)
                .put("pending", false)
                .put("communication_disabled_until", timeoutUntil == null ? null : Json.time(timeoutUntil));
        return json;
    }

    @Override
    public String toString() {
        return "member " + user.username() + " of " + guild.name();
    }
}
