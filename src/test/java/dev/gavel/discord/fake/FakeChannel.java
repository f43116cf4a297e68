package dev.gavel.discord.fake;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentSkipListMap;

/**
 * A guild channel, category or thread, with its message history. Create with the {@code add...}
 * methods of {@link FakeGuild}.
 */
public final class FakeChannel {

    /** Discord's channel types that a guild can hold. */
    public enum Type {
        TEXT(0), VOICE(2), CATEGORY(4), NEWS(5), NEWS_THREAD(10), PUBLIC_THREAD(11), PRIVATE_THREAD(12),
        STAGE(13), FORUM(15);

        final int id;

        Type(int id) {
            this.id = id;
        }

        public boolean isThread() {
            return this == NEWS_THREAD || this == PUBLIC_THREAD || this == PRIVATE_THREAD;
        }

        /** Whether messages can be posted in it (voice channels have a text chat too). */
        public boolean holdsMessages() {
            return this != CATEGORY && this != FORUM;
        }

        static Type ofId(int id) {
            for (Type type : values()) {
                if (type.id == id) {
                    return type;
                }
            }
            throw new IllegalArgumentException("unsupported channel type " + id);
        }
    }

    record Overwrite(long id, int type, long allow, long deny) {
        ObjectNode toJson() {
            return Json.object().put("id", Json.id(id)).put("type", type)
                    .put("allow", Long.toString(allow)).put("deny", Long.toString(deny));
        }
    }

    private final long id;
    private final FakeGuild guild;
    private final Type type;
    private final FakeChannel parent;
    private final Map<Long, Overwrite> overwrites = new ConcurrentHashMap<>();
    private final NavigableMap<Long, FakeMessage> messages = new ConcurrentSkipListMap<>();
    private final Map<Long, Instant> threadMembers = new ConcurrentHashMap<>();
    private volatile String name;
    private volatile String topic;
    private volatile int position;
    private volatile boolean nsfw;
    private volatile long ownerId;
    private volatile boolean archived;
    private volatile boolean locked;
    private volatile boolean invitable = true;
    private volatile int autoArchiveMinutes = 1440;
    private volatile Instant archivedAt;
    private volatile long lastMessageId;
    private volatile int messageCount;

    FakeChannel(long id, FakeGuild guild, Type type, String name, FakeChannel parent, int position) {
        this.id = id;
        this.guild = guild;
        this.type = type;
        this.name = name;
        this.parent = parent;
        this.position = position;
        this.archivedAt = Snowflakes.timeOf(id);
    }

    public long id() {
        return id;
    }

    public FakeGuild guild() {
        return guild;
    }

    public Type type() {
        return type;
    }

    public String name() {
        return name;
    }

    /** The category of a channel, or the channel a thread belongs to; null for none. */
    public FakeChannel parent() {
        return parent;
    }

    public boolean isArchived() {
        return archived;
    }

    public boolean isLocked() {
        return locked;
    }

    public boolean isInvitable() {
        return invitable;
    }

    public long ownerId() {
        return ownerId;
    }

    public int autoArchiveMinutes() {
        return autoArchiveMinutes;
    }

    /** {@code <#id>}, as a message links the channel. */
    public String mention() {
        return "<#" + Json.id(id) + ">";
    }

    public FakeChannel name(String newName) {
        this.name = newName;
        return this;
    }

    public FakeChannel topic(String newTopic) {
        this.topic = newTopic;
        return this;
    }

    public FakeChannel position(int newPosition) {
        this.position = newPosition;
        return this;
    }

    public FakeChannel nsfw(boolean isNsfw) {
        this.nsfw = isNsfw;
        return this;
    }

    /** Archives or unarchives a thread. */
    public FakeChannel archived(boolean isArchived) {
        requireThread();
        this.archived = isArchived;
        this.archivedAt = Instant.now();
        return this;
    }

    public FakeChannel locked(boolean isLocked) {
        requireThread();
        this.locked = isLocked;
        return this;
    }

    public FakeChannel invitable(boolean isInvitable) {
        requireThread();
        this.invitable = isInvitable;
        return this;
    }

    public FakeChannel autoArchiveMinutes(int minutes) {
        requireThread();
        this.autoArchiveMinutes = minutes;
        return this;
    }

    /** Allows and denies permissions to a role in this channel (a permission overwrite). */
    public FakeChannel overwrite(FakeRole role, long allow, long deny) {
        overwrites.put(role.id(), new Overwrite(role.id(), 0, allow, deny));
        return this;
    }

    /** Allows and denies permissions to one member in this channel (a permission overwrite). */
    public FakeChannel overwrite(FakeMember member, long allow, long deny) {
        overwrites.put(member.id(), new Overwrite(member.id(), 1, allow, deny));
        return this;
    }

    /** Adds a message to the history that {@code GET /channels/{id}/messages} pages through. */
    public FakeMessage addMessage(FakeUser author, String content, Instant at) {
        return addMessage(new FakeMessage(guild.fake().snowflakes().at(at), this, author, content));
    }

    /** Adds a message written now to the history. */
    public FakeMessage addMessage(FakeUser author, String content) {
        return addMessage(author, content, Instant.now());
    }

    /** The history, oldest first. */
    public List<FakeMessage> messages() {
        return List.copyOf(messages.values());
    }

    public FakeMessage message(long messageId) {
        return messages.get(messageId);
    }

    /** The ids of the users in a thread. */
    public List<Long> threadMemberIds() {
        requireThread();
        return List.copyOf(threadMembers.keySet());
    }

    public FakeChannel addThreadMember(FakeUser user) {
        requireThread();
        threadMembers.putIfAbsent(user.id(), Instant.now());
        return this;
    }

    public FakeChannel removeThreadMember(FakeUser user) {
        requireThread();
        threadMembers.remove(user.id());
        return this;
    }

    public boolean hasThreadMember(long userId) {
        return threadMembers.containsKey(userId);
    }

    FakeMessage addMessage(FakeMessage message) {
        if (!type.holdsMessages()) {
            throw new IllegalStateException(this + " cannot hold messages");
        }
        messages.put(message.id(), message);
        if (Long.compareUnsigned(message.id(), lastMessageId) > 0) {
            lastMessageId = message.id();
        }
        messageCount++;
        return message;
    }

    FakeMessage removeMessage(long messageId) {
        return messages.remove(messageId);
    }

    /** Up to {@code limit} messages after {@code afterId}, newest first (as Discord answers). */
    List<FakeMessage> messagesAfter(long afterId, int limit) {
        List<FakeMessage> page = new ArrayList<>(limit);
        for (FakeMessage message : messages.tailMap(afterId, false).values()) {
            if (page.size() == limit) {
                break;
            }
            page.add(message);
        }
        Collections.reverse(page);
        return page;
    }

    /** Up to {@code limit} messages before {@code beforeId}, newest first. */
    List<FakeMessage> messagesBefore(long beforeId, int limit) {
        List<FakeMessage> page = new ArrayList<>(limit);
        for (FakeMessage message : messages.headMap(beforeId, false).descendingMap().values()) {
            if (page.size() == limit) {
                break;
            }
            page.add(message);
        }
        return page;
    }

    /** Up to {@code limit} messages around {@code aroundId} (half before, half after), newest first. */
    List<FakeMessage> messagesAround(long aroundId, int limit) {
        List<FakeMessage> page = new ArrayList<>(messagesAfter(aroundId - 1, (limit + 1) / 2));
        page.addAll(messagesBefore(aroundId, limit / 2));
        return page;
    }

    ObjectNode toJson() {
        ObjectNode json = Json.object()
                .put("id", Json.id(id))
                .put("type", type.id)
                .put("guild_id", Json.id(guild.id()))
                .put("name", name)
                .put("parent_id", parent == null ? null : Json.id(parent.id()))
                .put("flags", 0);
        if (type.isThread()) {
            putThreadFields(json);
            return json;
        }
        json.put("position", position).put("nsfw", nsfw);
        ArrayNode overwriteArray = json.putArray("permission_overwrites");
        overwrites.values().forEach(overwrite -> overwriteArray.add(overwrite.toJson()));
        switch (type) {
            case TEXT, NEWS -> json.put("topic", topic)
                    .put("last_message_id", lastMessageId == 0 ? null : Json.id(lastMessageId))
                    .put("rate_limit_per_user", 0);
            case VOICE, STAGE -> json.put("bitrate", 64000).put("user_limit", 0).putNull("rtc_region")
                    .put("last_message_id", lastMessageId == 0 ? null : Json.id(lastMessageId))
                    .put("rate_limit_per_user", 0);
            case FORUM -> {
                json.put("topic", topic).put("rate_limit_per_user", 0).putNull("default_reaction_emoji")
                        .putNull("default_sort_order").put("default_forum_layout", 0)
                        .put("last_message_id", lastMessageId == 0 ? null : Json.id(lastMessageId));
                json.putArray("available_tags");
            }
            default -> {
            }
        }
        return json;
    }

    private void putThreadFields(ObjectNode json) {
        json.put("owner_id", Json.id(ownerId))
                .put("last_message_id", lastMessageId == 0 ? null : Json.id(lastMessageId))
                .put("rate_limit_per_user", 0)
                .put("message_count", messageCount)
                .put("total_message_sent", messageCount)
                .put("member_count", Math.min(threadMembers.size(), 50));
        json.putObject("thread_metadata")
                .put("archived", archived)
                .put("auto_archive_duration", autoArchiveMinutes)
                .put("archive_timestamp", Json.time(archivedAt))
                .put("locked", locked)
                .put("invitable", invitable)
                .put("create_timestamp", Json.time(Snowflakes.timeOf(id)));
        Instant botJoined = threadMembers.get(guild.fake().bot().id());
        if (botJoined != null) {
            json.set("member", threadMemberJson(guild.fake().bot().id(), botJoined, false));
        }
    }

    ObjectNode threadMemberJson(long userId, Instant joined, boolean withMember) {
        ObjectNode json = Json.object()
                .put("id", Json.id(id))
                .put("user_id", Json.id(userId))
                .put("join_timestamp", Json.time(joined))
                .put("flags", 0);
        FakeMember member = guild.member(userId);
        if (withMember && member != null) {
            json.set("member", member.toJson(true));
        }
        return json;
    }

    /** The permission overwrite for a role or member id; null when none. */
    Overwrite overwriteFor(long roleOrMemberId) {
        return overwrites.get(roleOrMemberId);
    }

    Instant threadMemberJoined(long userId) {
        return threadMembers.get(userId);
    }

    void setOwner(long userId) {
        this.ownerId = userId;
    }

    private void requireThread() {
        if (!type.isThread()) {
            throw new IllegalStateException(this + " is not a thread");
        }
    }

    @Override
    public String toString() {
        return type.name().toLowerCase(java.util.Locale.ROOT) + " #" + name + " (" + Json.id(id) + ")";
    }
}
