package dev.gavel.discord.fake;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A message in a channel's history. Its id encodes when it was written. */
public final class FakeMessage {

    private static final Pattern USER_MENTION = Pattern.compile("<@!?(\\d+)>");
    private static final Pattern ROLE_MENTION = Pattern.compile("<@&(\\d+)>");

    private record Attachment(long id, String filename, int size) {
        ObjectNode toJson() {
            String url = "https://cdn.discordapp.com/attachments/0/" + Json.id(id) + "/" + filename;
            return Json.object().put("id", Json.id(id)).put("filename", filename).put("size", size)
                    .put("url", url).put("proxy_url", url);
        }
    }

    private final long id;
    private final FakeChannel channel;
    private final FakeUser author;
    private final List<Attachment> attachments = new CopyOnWriteArrayList<>();
    /** Who reacted with which emoji, in the order the emojis were first used. */
    private final Map<Emoji, Set<Long>> reactions = new LinkedHashMap<>();
    private volatile String content;
    private volatile Instant editedAt;
    private volatile int flags;
    private volatile JsonNode components;
    private volatile JsonNode embeds;
    private volatile FakeMessage repliesTo;
    private volatile long applicationId;
    private volatile long webhookId;
    private volatile int type;

    FakeMessage(long id, FakeChannel channel, FakeUser author, String content) {
        this.id = id;
        this.channel = channel;
        this.author = author;
        this.content = content;
    }

    public long id() {
        return id;
    }

    public FakeChannel channel() {
        return channel;
    }

    public FakeGuild guild() {
        return channel.guild();
    }

    public FakeUser author() {
        return author;
    }

    public String content() {
        return content;
    }

    public Instant createdAt() {
        return Snowflakes.timeOf(id);
    }

    public Instant editedAt() {
        return editedAt;
    }

    /** The components (buttons, ...) as Discord's JSON; null for none. */
    public JsonNode components() {
        return components;
    }

    /** The message flags; 64 is EPHEMERAL. */
    public int flags() {
        return flags;
    }

    /** The link that opens the message in Discord. */
    public String jumpUrl() {
        return "https://discord.com/channels/" + Json.id(guild().id()) + "/" + Json.id(channel.id()) + "/"
                + Json.id(id);
    }

    /** Adds an attachment (listed, not downloadable). */
    public FakeMessage attach(String filename, int sizeInBytes) {
        attachments.add(new Attachment(guild().fake().snowflakes().next(), filename, sizeInBytes));
        return this;
    }

    /** Makes the message a reply to {@code original}; Discord then sends {@code original} along as referenced_message. */
    public FakeMessage replyTo(FakeMessage original) {
        this.repliesTo = original;
        return this;
    }

    /** Makes it a message a webhook posted (it carries a webhook_id; the author stays as given). */
    public FakeMessage postedByWebhook(long id) {
        this.webhookId = id;
        return this;
    }

    /** Sets Discord's message type, e.g. 7 for a member-join system message (0 and 19 are set for you). */
    public FakeMessage type(int messageType) {
        this.type = messageType;
        return this;
    }

    /** Adds a reaction to the message's state without telling a client (for scripted history). */
    public FakeMessage addReaction(FakeUser user, Emoji emoji) {
        synchronized (reactions) {
            reactions.computeIfAbsent(emoji, key -> new LinkedHashSet<>()).add(user.id());
        }
        return this;
    }

    /** The total number of reactions: the sum over emojis of how many users used each. */
    public int reactionCount() {
        synchronized (reactions) {
            return reactions.values().stream().mapToInt(Set::size).sum();
        }
    }

    void removeReaction(FakeUser user, Emoji emoji) {
        synchronized (reactions) {
            Set<Long> users = reactions.get(emoji);
            if (users != null && users.remove(user.id()) && users.isEmpty()) {
                reactions.remove(emoji);
            }
        }
    }

    void removeReactions(Emoji emoji) {
        synchronized (reactions) {
            reactions.remove(emoji);
        }
    }

    void removeAllReactions() {
        synchronized (reactions) {
            reactions.clear();
        }
    }

    public FakeMessage edit(String newContent) {
        this.content = newContent;
        this.editedAt = Instant.now();
        return this;
    }

    FakeMessage components(JsonNode newComponents) {
        this.components = newComponents;
        return this;
    }

    FakeMessage embeds(JsonNode newEmbeds) {
        this.embeds = newEmbeds;
        return this;
    }

    FakeMessage flags(int newFlags) {
        this.flags = newFlags;
        return this;
    }

    FakeMessage sentByApplication(long application) {
        this.applicationId = application;
        return this;
    }

    /**
     * The message object; {@code forGateway} adds what MESSAGE_CREATE carries besides (guild_id and
     * the author's member).
     */
    ObjectNode toJson(boolean forGateway) {
        FakeGuild guild = guild();
        ObjectNode json = Json.object()
                .put("id", Json.id(id))
                .put("channel_id", Json.id(channel.id()));
        json.set("author", author.toJson());
        json.put("content", content)
                .put("timestamp", Json.time(createdAt()))
                .put("edited_timestamp", editedAt == null ? null : Json.time(editedAt))
                .put("tts", false)
                .put("mention_everyone", false)
                .put("pinned", false)
                .put("type", type != 0 ? type : repliesTo == null ? 0 : 19)
                .put("flags", flags);
        ArrayNode mentions = json.putArray("mentions");
        for (long userId : mentionedIds(USER_MENTION)) {
            FakeUser user = guild.fake().user(userId);
            if (user != null) {
                ObjectNode mentioned = user.toJson();
                FakeMember member = guild.member(userId);
                if (member != null) {
                    mentioned.set("member", member.toJson(false));
                }
                mentions.add(mentioned);
            }
        }
        ArrayNode mentionRoles = json.putArray("mention_roles");
        for (long roleId : mentionedIds(ROLE_MENTION)) {
            if (guild.role(roleId) != null) {
                mentionRoles.add(Json.id(roleId));
            }
        }
        json.set("attachments", Json.array(attachments, Attachment::toJson));
        json.set("embeds", embeds == null ? Json.array() : embeds.deepCopy());
        json.set("components", components == null ? Json.array() : components.deepCopy());
        putReactions(json);
        FakeMessage original = repliesTo;
        if (original != null) {
            json.putObject("message_reference").put("type", 0).put("message_id", Json.id(original.id()))
                    .put("channel_id", Json.id(original.channel().id())).put("guild_id", Json.id(guild.id()));
            if (original.channel().message(original.id()) != null) {
                ObjectNode referenced = original.toJson(false);
                referenced.remove("referenced_message");
                json.set("referenced_message", referenced);
            } else {
                json.putNull("referenced_message");
            }
        }
        if (webhookId != 0) {
            json.put("webhook_id", Json.id(webhookId));
        }
        if (applicationId != 0) {
            json.put("application_id", Json.id(applicationId));
        }
        if (forGateway) {
            json.put("guild_id", Json.id(guild.id()));
            FakeMember member = guild.member(author.id());
            if (member != null) {
                json.set("member", member.toJson(false));
            }
        }
        return json;
    }

    private void putReactions(ObjectNode json) {
        synchronized (reactions) {
            if (reactions.isEmpty()) {
                return;
            }
            ArrayNode array = json.putArray("reactions");
            long botId = guild().fake().bot().id();
            reactions.forEach((emoji, users) -> {
                ObjectNode reaction = array.addObject().put("count", users.size());
                reaction.putObject("count_details").put("burst", 0).put("normal", users.size());
                reaction.put("me", users.contains(botId)).put("me_burst", false);
                reaction.set("emoji", emoji.toJson());
                reaction.putArray("burst_colors");
            });
        }
    }

    Set<Long> mentionedUserIds() {
        return mentionedIds(USER_MENTION);
    }

    Set<Long> mentionedRoleIds() {
        return mentionedIds(ROLE_MENTION);
    }

    private Set<Long> mentionedIds(Pattern pattern) {
        Set<Long> ids = new LinkedHashSet<>();
        String text = content;
        if (text == null) {
            return ids;
        }
        Matcher matcher = pattern.matcher(text);
        while (matcher.find()) {
            ids.add(Long.parseUnsignedLong(matcher.group(1)));
        }
        return ids;
    }

    @Override
    public String toString() {
        return "message " + Json.id(id) + " in " + channel;
    }
}
