package dev.gavel.discord.fake;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A scripted guild: roles, channels, threads, members, bans and audit log. The {@code add...}
 * methods change the state without telling a connected client; push the matching event through
 * {@link FakeDiscord} to tell it (as Discord would).
 */
public final class FakeGuild {

    private final FakeDiscord fake;
    private final long id;
    private final List<FakeRole> roles = new CopyOnWriteArrayList<>();
    private final List<FakeChannel> channels = new CopyOnWriteArrayList<>();
    private final Map<Long, FakeMember> members = new ConcurrentHashMap<>();
    private final Map<Long, String> bans = new ConcurrentHashMap<>();
    private final List<FakeAuditLogEntry> auditLog = new CopyOnWriteArrayList<>();
    private final FakeRole everyone;
    private final FakeRole botRole;
    private volatile String name;
    private volatile String icon;
    private volatile long ownerId;
    private volatile ArrayNode commands = Json.array();

    FakeGuild(FakeDiscord fake, long id, String name, FakeUser owner) {
        this.fake = fake;
        this.id = id;
        this.name = name;
        this.everyone = new FakeRole(id, this, "@everyone", Permissions.EVERYONE_DEFAULT, 0, 0);
        roles.add(everyone);
        this.botRole = new FakeRole(fake.snowflakes().next(), this, fake.bot().username(), Permissions.GAVEL_BOT, 1,
                fake.bot().id());
        roles.add(botRole);
        this.ownerId = owner.id();
        addMember(owner);
        addMember(fake.bot()).addRoles(botRole);
    }

    FakeDiscord fake() {
        return fake;
    }

    public long id() {
        return id;
    }

    public String name() {
        return name;
    }

    public String icon() {
        return icon;
    }

    public long ownerId() {
        return ownerId;
    }

    public FakeGuild name(String newName) {
        this.name = newName;
        return this;
    }

    /** The icon hash; null for none. */
    public FakeGuild icon(String newIconHash) {
        this.icon = newIconHash;
        return this;
    }

    public FakeGuild owner(FakeMember newOwner) {
        this.ownerId = newOwner.id();
        return this;
    }

    public FakeRole everyoneRole() {
        return everyone;
    }

    /** The bot's managed role; change its permissions to script what the bot may do. */
    public FakeRole botRole() {
        return botRole;
    }

    public FakeMember botMember() {
        return members.get(fake.bot().id());
    }

    public FakeMember owner() {
        return members.get(ownerId);
    }

    public FakeRole addRole(String roleName, long permissions) {
        FakeRole role = new FakeRole(fake.snowflakes().next(), this, roleName, permissions, roles.size(), 0);
        roles.add(role);
        return role;
    }

    /** Removes a role from the guild and from every member. */
    public FakeGuild removeRole(FakeRole role) {
        if (role == everyone || role == botRole) {
            throw new IllegalArgumentException("@everyone and the bot's managed role cannot be removed");
        }
        roles.remove(role);
        members.values().forEach(member -> member.removeRoles(role));
        return this;
    }

    public FakeChannel addCategory(String channelName) {
        return addChannel(FakeChannel.Type.CATEGORY, channelName, null);
    }

    public FakeChannel addTextChannel(String channelName) {
        return addChannel(FakeChannel.Type.TEXT, channelName, null);
    }

    public FakeChannel addTextChannel(String channelName, FakeChannel category) {
        return addChannel(FakeChannel.Type.TEXT, channelName, category);
    }

    public FakeChannel addNewsChannel(String channelName, FakeChannel category) {
        return addChannel(FakeChannel.Type.NEWS, channelName, category);
    }

    public FakeChannel addVoiceChannel(String channelName, FakeChannel category) {
        return addChannel(FakeChannel.Type.VOICE, channelName, category);
    }

    public FakeChannel addForumChannel(String channelName, FakeChannel category) {
        return addChannel(FakeChannel.Type.FORUM, channelName, category);
    }

    /** A public thread in a text, news or forum channel (a forum post), started by {@code owner}. */
    public FakeChannel addThread(FakeChannel parent, String threadName, FakeUser owner) {
        FakeChannel.Type type = parent.type() == FakeChannel.Type.NEWS
                ? FakeChannel.Type.NEWS_THREAD : FakeChannel.Type.PUBLIC_THREAD;
        return addThread(type, fake.snowflakes().next(), parent, threadName, owner);
    }

    /** A private thread: only its members (and those who may manage threads) see it. */
    public FakeChannel addPrivateThread(FakeChannel parent, String threadName, FakeUser owner) {
        return addThread(FakeChannel.Type.PRIVATE_THREAD, fake.snowflakes().next(), parent, threadName, owner);
    }

    FakeChannel addThread(FakeChannel.Type type, long threadId, FakeChannel parent, String threadName,
            FakeUser owner) {
        if (parent.guild() != this || parent.type().isThread() || !List.of(FakeChannel.Type.TEXT,
                FakeChannel.Type.NEWS, FakeChannel.Type.FORUM).contains(parent.type())) {
            throw new IllegalArgumentException("threads belong to a text, news or forum channel of " + this);
        }
        FakeChannel thread = new FakeChannel(threadId, this, type, threadName, parent, 0);
        thread.setOwner(owner.id());
        thread.addThreadMember(owner);
        channels.add(thread);
        return thread;
    }

    public FakeMember addMember(FakeUser user) {
        FakeMember member = new FakeMember(this, user, Instant.now());
        FakeMember previous = members.putIfAbsent(user.id(), member);
        if (previous != null) {
            throw new IllegalStateException(user + " is already a member of " + this);
        }
        return member;
    }

    public FakeMember member(long userId) {
        return members.get(userId);
    }

    public FakeMember member(FakeUser user) {
        return members.get(user.id());
    }

    /** The members, ordered by user id. */
    public List<FakeMember> members() {
        List<FakeMember> list = new ArrayList<>(members.values());
        list.sort(Comparator.comparingLong(FakeMember::id));
        return list;
    }

    public FakeMember removeMember(FakeUser user) {
        return members.remove(user.id());
    }

    /**
     * What a member may do in a channel, as Discord computes it: @everyone and the member's roles,
     * then the channel's overwrites for @everyone, the roles and the member (a thread uses its
     * parent's). Administrators and the owner may do everything.
     */
    public long permissionsIn(FakeMember member, FakeChannel channel) {
        long permissions = member.permissions();
        if (permissions == ~0L) {
            return permissions;
        }
        FakeChannel source = channel.type().isThread() ? channel.parent() : channel;
        FakeChannel.Overwrite everyoneOverwrite = source.overwriteFor(id);
        if (everyoneOverwrite != null) {
            permissions = permissions & ~everyoneOverwrite.deny() | everyoneOverwrite.allow();
        }
        long roleDeny = 0;
        long roleAllow = 0;
        for (FakeRole role : member.roles()) {
            FakeChannel.Overwrite roleOverwrite = source.overwriteFor(role.id());
            if (roleOverwrite != null) {
                roleDeny |= roleOverwrite.deny();
                roleAllow |= roleOverwrite.allow();
            }
        }
        permissions = permissions & ~roleDeny | roleAllow;
        FakeChannel.Overwrite memberOverwrite = source.overwriteFor(member.id());
        if (memberOverwrite != null) {
            permissions = permissions & ~memberOverwrite.deny() | memberOverwrite.allow();
        }
        return permissions;
    }

    public FakeRole role(long roleId) {
        return roles.stream().filter(role -> role.id() == roleId).findFirst().orElse(null);
    }

    public List<FakeRole> roles() {
        return List.copyOf(roles);
    }

    public FakeChannel channel(long channelId) {
        return channels.stream().filter(channel -> channel.id() == channelId).findFirst().orElse(null);
    }

    /** Channels and categories, without threads. */
    public List<FakeChannel> channels() {
        return channels.stream().filter(channel -> !channel.type().isThread()).toList();
    }

    public List<FakeChannel> threads() {
        return channels.stream().filter(channel -> channel.type().isThread()).toList();
    }

    public FakeGuild removeChannel(FakeChannel channel) {
        channels.remove(channel);
        return this;
    }

    public FakeGuild ban(FakeUser user, String reason) {
        bans.put(user.id(), reason == null ? "" : reason);
        members.remove(user.id());
        return this;
    }

    public FakeGuild unban(FakeUser user) {
        bans.remove(user.id());
        return this;
    }

    public boolean isBanned(FakeUser user) {
        return bans.containsKey(user.id());
    }

    String banReason(long userId) {
        return bans.get(userId);
    }

    /**
     * Adds an entry to the audit log ({@code GET /guilds/{id}/audit-logs}); see the action types in
     * {@link FakeAuditLogEntry}.
     */
    public FakeAuditLogEntry addAuditLogEntry(int actionType, FakeUser executor, long targetId, String reason) {
        FakeAuditLogEntry entry = new FakeAuditLogEntry(fake.snowflakes().next(), this, actionType, executor,
                targetId, reason);
        auditLog.add(entry);
        return entry;
    }

    /** The audit log, newest first. */
    public List<FakeAuditLogEntry> auditLog() {
        List<FakeAuditLogEntry> list = new ArrayList<>(auditLog);
        list.sort(Comparator.comparingLong(FakeAuditLogEntry::id).reversed());
        return list;
    }

    /** The guild's application commands as last registered by the bot (bulk overwrite). */
    public ArrayNode commands() {
        return commands.deepCopy();
    }

    void commands(ArrayNode registered) {
        this.commands = registered;
    }

    private FakeChannel addChannel(FakeChannel.Type type, String channelName, FakeChannel category) {
        if (category != null && (category.guild() != this || category.type() != FakeChannel.Type.CATEGORY)) {
            throw new IllegalArgumentException(category + " is not a category of " + this);
        }
        int position = (int) channels().stream().filter(channel -> channel.type() == type).count();
        FakeChannel channel = new FakeChannel(fake.snowflakes().next(), this, type, channelName, category, position);
        channels.add(channel);
        return channel;
    }

    /** The guild object of REST answers. */
    ObjectNode toJson() {
        ObjectNode json = Json.object()
                .put("id", Json.id(id))
                .put("name", name)
                .put("icon", icon)
                .putNull("splash")
                .putNull("discovery_splash")
                .put("owner_id", Json.id(ownerId))
                .putNull("afk_channel_id")
                .put("afk_timeout", 300)
                .put("verification_level", 0)
                .put("default_message_notifications", 0)
                .put("explicit_content_filter", 0)
                .put("mfa_level", 0)
                .putNull("application_id")
                .putNull("system_channel_id")
                .put("system_channel_flags", 0)
                .putNull("rules_channel_id")
                .put("max_members", 500000)
                .putNull("vanity_url_code")
                .putNull("description")
                .putNull("banner")
                .put("premium_tier", 0)
                .put("premium_subscription_count", 0)
                .put("preferred_locale", "en-US")
                .putNull("public_updates_channel_id")
                .putNull("safety_alerts_channel_id")
                .put("nsfw_level", 0)
                .put("premium_progress_bar_enabled", false);
        json.set("roles", Json.array(roles, FakeRole::toJson));
        json.putArray("emojis");
        json.putArray("stickers");
        json.putArray("features");
        return json;
    }

    /**
     * The GUILD_CREATE payload. Like Discord, a guild larger than {@code largeThreshold} members
     * comes with the bot's member only; the client asks for the rest (REQUEST_GUILD_MEMBERS).
     */
    ObjectNode toGuildCreateJson(int largeThreshold, long viewerId) {
        ObjectNode json = toJson();
        boolean large = members.size() > largeThreshold;
        json.put("joined_at", Json.time(member(viewerId) == null ? Instant.now() : member(viewerId).joinedAt()))
                .put("large", large)
                .put("unavailable", false)
                .put("member_count", members.size());
        List<FakeMember> sent = large ? List.of(member(viewerId)) : members();
        json.set("members", Json.array(sent, member -> member.toJson(true)));
        json.set("channels", Json.array(channels(), channel -> {
            ObjectNode channelJson = channel.toJson();
            channelJson.remove("guild_id");
            return channelJson;
        }));
        List<FakeChannel> visibleThreads = threads().stream()
                .filter(thread -> !thread.isArchived())
                .filter(thread -> thread.type() != FakeChannel.Type.PRIVATE_THREAD || thread.hasThreadMember(viewerId)
                        || (member(viewerId).permissions() & Permissions.MANAGE_THREADS) != 0)
                .toList();
        json.set("threads", Json.array(visibleThreads, FakeChannel::toJson));
        json.putArray("voice_states");
        json.putArray("presences");
        json.putArray("stage_instances");
        json.putArray("guild_scheduled_events");
        json.putArray("soundboard_sounds");
        return json;
    }

    @Override
    public String toString() {
        return "guild " + name + " (" + Json.id(id) + ")";
    }
}
