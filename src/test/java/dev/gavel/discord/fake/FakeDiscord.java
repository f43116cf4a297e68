package dev.gavel.discord.fake;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.gavel.discord.DiscordEndpoints;
import dev.gavel.discord.JdaFactory;
import dev.gavel.discord.JdaLogin;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import net.dv8tion.jda.api.JDA;
import okhttp3.Headers;
import okhttp3.HttpUrl;
import okhttp3.MediaType;
import okhttp3.MultipartReader;
import okio.Buffer;

/**
 * A fake Discord on 127.0.0.1: REST under {@code /api/v10/} and the gateway (WebSocket) on one
 * port, enough for the real JDA to log in, receive scripted guilds and events, and have its REST
 * calls answered and recorded. Built on MockWebServer (the OkHttp that JDA uses).
 *
 * <p>Script the state ({@link #addGuild}, {@link #addUser}, then the guild's {@code add...}
 * methods), connect a client ({@link #startClient} or the real runtime with {@link #endpoints()} and
 * {@link #token()}), push events ({@code push...}, or {@link FakeGateway#dispatch} for any other),
 * await and inspect REST calls ({@link #rest()}), and make things fail ({@link FakeRest#failNext},
 * {@link FakeRest#rateLimitNext}, {@link FakeGateway}). Use it through {@link FakeDiscordExtension}.
 */
public final class FakeDiscord implements AutoCloseable {

    private static final String API_PREFIX = "/api/v10";
    private static final Duration CLIENT_READY_TIMEOUT = Duration.ofSeconds(20);
    private static final Duration CLIENT_SHUTDOWN_TIMEOUT = Duration.ofSeconds(10);

    private final ObjectMapper mapper = new ObjectMapper();
    private final Snowflakes snowflakes = new Snowflakes();
    private final String token = "fake-discord-token-" + UUID.randomUUID();
    private final Map<Long, FakeUser> users = new ConcurrentHashMap<>();
    private final List<FakeGuild> guilds = new CopyOnWriteArrayList<>();
    private final Map<String, FakeInteraction> interactions = new ConcurrentHashMap<>();
    private final List<String> problems = new CopyOnWriteArrayList<>();
    private final List<JDA> clients = new CopyOnWriteArrayList<>();
    private final FakeUser bot;
    private final FakeGateway gateway;
    private final FakeRest rest;
    private final JdaLogCapture jdaLogs = new JdaLogCapture();
    private final MockWebServer server = new MockWebServer();
    private volatile ArrayNode globalCommands = Json.array();
    private volatile boolean keepPushedMessages = true;

    private FakeDiscord() {
        bot = new FakeUser(snowflakes.next(), "Gavel", true);
        users.put(bot.id(), bot);
        gateway = new FakeGateway(this);
        rest = new FakeRest(this);
        DefaultRoutes.register(this);
    }

    /** Starts a fake on a free port of 127.0.0.1 and starts capturing JDA's log. */
    public static FakeDiscord start() throws IOException {
        FakeDiscord fake = new FakeDiscord();
        fake.jdaLogs.attach();
        fake.server.setDispatcher(fake.new Router());
        fake.server.start(InetAddress.getLoopbackAddress(), 0);
        return fake;
    }

    // ---- connecting --------------------------------------------------------------------------

    /** The token the fake accepts; any other gets 401 / close code 4004. */
    public String token() {
        return token;
    }

    /** The endpoints to give {@link JdaFactory} (or the runtime) to talk to this fake. */
    public DiscordEndpoints endpoints() {
        return new DiscordEndpoints(URI.create(restBaseUrl()), URI.create(gatewayUrl()));
    }

    /** {@code http://127.0.0.1:port/api/v10/}, the value for {@code GAVEL_DISCORD_API}. */
    public String restBaseUrl() {
        return "http://" + host() + API_PREFIX + "/";
    }

    /** {@code ws://127.0.0.1:port/gateway}, the value for {@code GAVEL_DISCORD_GATEWAY}. */
    public String gatewayUrl() {
        return "ws://" + host() + "/gateway";
    }

    String resumeGatewayUrl() {
        return "ws://" + host() + "/gateway-resume";
    }

    /**
     * Logs a client in through the real {@link JdaFactory} and waits (bounded) until it is ready;
     * it is shut down when the fake closes.
     */
    public JDA startClient(Object... listeners) {
        JdaLogin login = new JdaFactory(endpoints()).login(token, listeners);
        clients.add(login.jda());
        try {
            return login.awaitReady(CLIENT_READY_TIMEOUT);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("Interrupted while the client logged in", e);
        }
    }

    /** Shuts {@code client} down when the fake closes (for clients a test built itself). */
    public void shutDownOnClose(JDA client) {
        clients.add(client);
    }

    public FakeGateway gateway() {
        return gateway;
    }

    public FakeRest rest() {
        return rest;
    }

    public JdaLogCapture jdaLogs() {
        return jdaLogs;
    }

    /**
     * With false, pushed MESSAGE_CREATEs are not kept in the channel's history: for benchmarks that
     * push millions of messages and never page them back.
     */
    public FakeDiscord keepPushedMessages(boolean keep) {
        this.keepPushedMessages = keep;
        return this;
    }

    // ---- state ---------------------------------------------------------------------------------

    public Snowflakes snowflakes() {
        return snowflakes;
    }

    /** The bot's user; its id is also the application id. */
    public FakeUser bot() {
        return bot;
    }

    public FakeUser addUser(String username) {
        FakeUser user = new FakeUser(snowflakes.next(), username, false);
        users.put(user.id(), user);
        return user;
    }

    /** Another bot's account (its messages carry {@code "bot": true}). */
    public FakeUser addBotUser(String username) {
        FakeUser user = new FakeUser(snowflakes.next(), username, true);
        users.put(user.id(), user);
        return user;
    }

    public FakeUser user(long id) {
        return users.get(id);
    }

    /** A guild the bot is in, with @everyone, the bot's role and member, and an owner named "owner". */
    public FakeGuild addGuild(String name) {
        return addGuild(name, addUser("owner"));
    }

    public FakeGuild addGuild(String name, FakeUser owner) {
        FakeGuild guild = new FakeGuild(this, snowflakes.next(), name, owner);
        guilds.add(guild);
        return guild;
    }

    public List<FakeGuild> guilds() {
        return List.copyOf(guilds);
    }

    public FakeGuild guild(long id) {
        return guilds.stream().filter(guild -> guild.id() == id).findFirst().orElse(null);
    }

    /** The channel or thread with this id in any guild; null when none. */
    public FakeChannel channel(long id) {
        for (FakeGuild guild : guilds) {
            FakeChannel channel = guild.channel(id);
            if (channel != null) {
                return channel;
            }
        }
        return null;
    }

    /** The global application commands as last registered by the bot. */
    public ArrayNode globalCommands() {
        return globalCommands.deepCopy();
    }

    void globalCommands(ArrayNode registered) {
        this.globalCommands = registered;
    }

    // ---- pushing messages ------------------------------------------------------------------------

    /** Writes a message now and pushes MESSAGE_CREATE. */
    public FakeMessage pushMessage(FakeChannel channel, FakeUser author, String content) {
        return pushMessage(channel, author, content, Instant.now());
    }

    /** Writes a message whose id encodes {@code at} and pushes MESSAGE_CREATE. */
    public FakeMessage pushMessage(FakeChannel channel, FakeUser author, String content, Instant at) {
        FakeMessage message = new FakeMessage(snowflakes.at(at), channel, author, content);
        if (keepPushedMessages) {
            channel.addMessage(message);
        }
        gateway.dispatch("MESSAGE_CREATE", message.toJson(true));
        return message;
    }

    /** Pushes MESSAGE_CREATE for a message already in a history (e.g. one given attachments first). */
    public void pushMessageCreate(FakeMessage message) {
        gateway.dispatch("MESSAGE_CREATE", message.toJson(true));
    }

    /** Edits a message and pushes MESSAGE_UPDATE. */
    public void pushMessageUpdate(FakeMessage message, String newContent) {
        message.edit(newContent);
        gateway.dispatch("MESSAGE_UPDATE", message.toJson(true));
    }

    /** Removes a message from its history and pushes MESSAGE_DELETE. */
    public void pushMessageDelete(FakeMessage message) {
        message.channel().removeMessage(message.id());
        gateway.dispatch("MESSAGE_DELETE", Json.object().put("id", Json.id(message.id()))
                .put("channel_id", Json.id(message.channel().id())).put("guild_id", Json.id(message.guild().id())));
    }

    /** Removes messages of one channel and pushes MESSAGE_DELETE_BULK. */
    public void pushMessageDeleteBulk(FakeChannel channel, Collection<FakeMessage> messages) {
        ObjectNode data = Json.object();
        ArrayNode ids = data.putArray("ids");
        for (FakeMessage message : messages) {
            channel.removeMessage(message.id());
            ids.add(Json.id(message.id()));
        }
        data.put("channel_id", Json.id(channel.id())).put("guild_id", Json.id(channel.guild().id()));
        gateway.dispatch("MESSAGE_DELETE_BULK", data);
    }

    // ---- pushing reactions -----------------------------------------------------------------------

    /** Adds the user's reaction to the message and pushes MESSAGE_REACTION_ADD. */
    public void pushReactionAdd(FakeMessage message, FakeUser user, Emoji emoji) {
        message.addReaction(user, emoji);
        ObjectNode data = reactionJson(message, user, emoji);
        FakeMember member = message.guild().member(user);
        if (member != null) {
            data.set("member", member.toJson(true));
        }
        data.put("message_author_id", Json.id(message.author().id()));
        gateway.dispatch("MESSAGE_REACTION_ADD", data);
    }

    public void pushReactionRemove(FakeMessage message, FakeUser user, Emoji emoji) {
        message.removeReaction(user, emoji);
        gateway.dispatch("MESSAGE_REACTION_REMOVE", reactionJson(message, user, emoji));
    }

    public void pushReactionRemoveAll(FakeMessage message) {
        message.removeAllReactions();
        gateway.dispatch("MESSAGE_REACTION_REMOVE_ALL", messageRef(message));
    }

    public void pushReactionRemoveEmoji(FakeMessage message, Emoji emoji) {
        message.removeReactions(emoji);
        ObjectNode data = messageRef(message);
        data.set("emoji", emoji.toJson());
        gateway.dispatch("MESSAGE_REACTION_REMOVE_EMOJI", data);
    }

    private ObjectNode reactionJson(FakeMessage message, FakeUser user, Emoji emoji) {
        ObjectNode data = messageRef(message).put("user_id", Json.id(user.id()));
        data.set("emoji", emoji.toJson());
        data.put("burst", false).put("type", 0);
        data.putArray("burst_colors");
        return data;
    }

    private static ObjectNode messageRef(FakeMessage message) {
        return Json.object().put("channel_id", Json.id(message.channel().id()))
                .put("message_id", Json.id(message.id())).put("guild_id", Json.id(message.guild().id()));
    }

    // ---- pushing channels and threads -------------------------------------------------------------

    /** Pushes CHANNEL_CREATE for a channel added with {@code FakeGuild.add...Channel}. */
    public void pushChannelCreate(FakeChannel channel) {
        requireNotThread(channel);
        gateway.dispatch("CHANNEL_CREATE", channel.toJson());
    }

    /** Pushes CHANNEL_UPDATE with the channel's current state (change it first: name, topic, ...). */
    public void pushChannelUpdate(FakeChannel channel) {
        requireNotThread(channel);
        gateway.dispatch("CHANNEL_UPDATE", channel.toJson());
    }

    /** Removes a channel and pushes CHANNEL_DELETE. */
    public void pushChannelDelete(FakeChannel channel) {
        requireNotThread(channel);
        channel.guild().removeChannel(channel);
        gateway.dispatch("CHANNEL_DELETE", channel.toJson());
    }

    /** Pushes THREAD_CREATE (newly created) for a thread added with {@code FakeGuild.addThread}. */
    public void pushThreadCreate(FakeChannel thread) {
        requireThread(thread);
        gateway.dispatch("THREAD_CREATE", thread.toJson().put("newly_created", true));
    }

    /** Pushes THREAD_UPDATE with the thread's current state (archived, locked, name, ...). */
    public void pushThreadUpdate(FakeChannel thread) {
        requireThread(thread);
        gateway.dispatch("THREAD_UPDATE", thread.toJson());
    }

    /** Removes a thread and pushes THREAD_DELETE. */
    public void pushThreadDelete(FakeChannel thread) {
        requireThread(thread);
        thread.guild().removeChannel(thread);
        gateway.dispatch("THREAD_DELETE", Json.object().put("id", Json.id(thread.id()))
                .put("guild_id", Json.id(thread.guild().id())).put("parent_id", Json.id(thread.parent().id()))
                .put("type", thread.type().id));
    }

    /** Pushes THREAD_LIST_SYNC: every active thread of the guild, with the bot's thread memberships. */
    public void pushThreadListSync(FakeGuild guild) {
        ObjectNode data = Json.object().put("guild_id", Json.id(guild.id()));
        ArrayNode threads = data.putArray("threads");
        ArrayNode members = data.putArray("members");
        for (FakeChannel thread : guild.threads()) {
            if (!thread.isArchived()) {
                threads.add(thread.toJson());
                Instant joined = thread.threadMemberJoined(bot.id());
                if (joined != null) {
                    members.add(thread.threadMemberJson(bot.id(), joined, false));
                }
            }
        }
        gateway.dispatch("THREAD_LIST_SYNC", data);
    }

    /** Adds and removes thread members and pushes THREAD_MEMBERS_UPDATE. */
    public void pushThreadMembersUpdate(FakeChannel thread, List<FakeUser> added, List<FakeUser> removed) {
        requireThread(thread);
        added.forEach(thread::addThreadMember);
        removed.forEach(thread::removeThreadMember);
        ObjectNode data = Json.object().put("id", Json.id(thread.id())).put("guild_id", Json.id(thread.guild().id()))
                .put("member_count", thread.threadMemberIds().size());
        ArrayNode addedJson = data.putArray("added_members");
        for (FakeUser user : added) {
            addedJson.add(thread.threadMemberJson(user.id(), thread.threadMemberJoined(user.id()), true));
        }
        ArrayNode removedJson = data.putArray("removed_member_ids");
        removed.forEach(user -> removedJson.add(Json.id(user.id())));
        gateway.dispatch("THREAD_MEMBERS_UPDATE", data);
    }

    // ---- pushing guilds ----------------------------------------------------------------------------

    /**
     * Pushes GUILD_CREATE for a guild added after the client connected, as when the bot joins a
     * server (each session gets the members its large threshold allows).
     */
    public void pushGuildCreate(FakeGuild guild) {
        gateway.dispatchGuildCreate(guild);
    }

    /** Pushes GUILD_UPDATE with the guild's current name, icon and owner. */
    public void pushGuildUpdate(FakeGuild guild) {
        gateway.dispatch("GUILD_UPDATE", guild.toJson());
    }

    /** Removes a guild and pushes GUILD_DELETE, as when the bot is removed from a server. */
    public void pushGuildDelete(FakeGuild guild) {
        guilds.remove(guild);
        gateway.dispatch("GUILD_DELETE", Json.object().put("id", Json.id(guild.id())));
    }

    // ---- pushing roles -----------------------------------------------------------------------------

    /** Pushes GUILD_ROLE_CREATE for a role added with {@link FakeGuild#addRole}. */
    public void pushRoleCreate(FakeRole role) {
        ObjectNode data = Json.object().put("guild_id", Json.id(role.guild().id()));
        data.set("role", role.toJson());
        gateway.dispatch("GUILD_ROLE_CREATE", data);
    }

    /** Pushes GUILD_ROLE_UPDATE with the role's current state (name, permissions, ...). */
    public void pushRoleUpdate(FakeRole role) {
        ObjectNode data = Json.object().put("guild_id", Json.id(role.guild().id()));
        data.set("role", role.toJson());
        gateway.dispatch("GUILD_ROLE_UPDATE", data);
    }

    /** Removes a role (from the guild and its members) and pushes GUILD_ROLE_DELETE. */
    public void pushRoleDelete(FakeRole role) {
        role.guild().removeRole(role);
        gateway.dispatch("GUILD_ROLE_DELETE", Json.object().put("guild_id", Json.id(role.guild().id()))
                .put("role_id", Json.id(role.id())));
    }

    // ---- pushing members and moderation ----------------------------------------------------------

    /** Pushes GUILD_MEMBER_ADD for a member added with {@link FakeGuild#addMember}. */
    public void pushMemberAdd(FakeMember member) {
        gateway.dispatch("GUILD_MEMBER_ADD", member.toJson(true).put("guild_id", Json.id(member.guild().id())));
    }

    /** Pushes GUILD_MEMBER_UPDATE with the member's current state (nick, roles, timeout, user name). */
    public void pushMemberUpdate(FakeMember member) {
        gateway.dispatch("GUILD_MEMBER_UPDATE", member.toJson(true).put("guild_id", Json.id(member.guild().id())));
    }

    /** Removes a member (leave or kick) and pushes GUILD_MEMBER_REMOVE. */
    public void pushMemberRemove(FakeGuild guild, FakeUser user) {
        guild.removeMember(user);
        ObjectNode data = Json.object().put("guild_id", Json.id(guild.id()));
        data.set("user", user.toJson());
        gateway.dispatch("GUILD_MEMBER_REMOVE", data);
    }

    /** Bans a user and pushes GUILD_BAN_ADD (push GUILD_MEMBER_REMOVE too, as Discord does, if wanted). */
    public void pushBanAdd(FakeGuild guild, FakeUser user, String reason) {
        guild.ban(user, reason);
        ObjectNode data = Json.object().put("guild_id", Json.id(guild.id()));
        data.set("user", user.toJson());
        gateway.dispatch("GUILD_BAN_ADD", data);
    }

    public void pushBanRemove(FakeGuild guild, FakeUser user) {
        guild.unban(user);
        ObjectNode data = Json.object().put("guild_id", Json.id(guild.id()));
        data.set("user", user.toJson());
        gateway.dispatch("GUILD_BAN_REMOVE", data);
    }

    /** Pushes GUILD_AUDIT_LOG_ENTRY_CREATE for an entry added with {@link FakeGuild#addAuditLogEntry}. */
    public void pushAuditLogEntryCreate(FakeAuditLogEntry entry) {
        gateway.dispatch("GUILD_AUDIT_LOG_ENTRY_CREATE", entry.toJson(true));
    }

    // ---- pushing interactions --------------------------------------------------------------------

    /** A member clicks a button (custom id) on a message the bot sent. */
    public FakeInteraction pushButtonClick(FakeMessage message, FakeMember member, String customId) {
        ObjectNode data = Json.object().put("custom_id", customId).put("component_type", 2);
        return pushInteraction(3, message.channel(), member, data, message);
    }

    /**
     * A member submits a modal (custom id) with text inputs by custom id; {@code origin} is the
     * message whose component opened it, or null.
     */
    public FakeInteraction pushModalSubmit(FakeChannel channel, FakeMember member, String modalId,
            Map<String, String> textInputs, FakeMessage origin) {
        ObjectNode data = Json.object().put("custom_id", modalId);
        ArrayNode components = data.putArray("components");
        int componentId = 1;
        for (Map.Entry<String, String> input : textInputs.entrySet()) {
            ObjectNode label = components.addObject().put("type", 18).put("id", componentId++);
            label.putObject("component").put("type", 4).put("id", componentId++)
                    .put("custom_id", input.getKey()).put("value", input.getValue());
        }
        return pushInteraction(5, channel, member, data, origin);
    }

    /** A member runs the message context command {@code commandName} (as the bot registered it) on a message. */
    public FakeInteraction pushMessageCommand(FakeMessage target, FakeMember member, String commandName) {
        ObjectNode data = commandData(target.guild(), commandName, 3);
        data.put("target_id", Json.id(target.id()));
        data.putObject("resolved").putObject("messages").set(Json.id(target.id()), target.toJson(false));
        return pushInteraction(2, target.channel(), member, data, null);
    }

    /**
     * A member runs the slash command {@code commandName} (as the bot registered it) with options:
     * String, Long/Integer, Boolean, {@link FakeUser}, {@link FakeRole} or {@link FakeChannel} values.
     */
    public FakeInteraction pushSlashCommand(FakeChannel channel, FakeMember member, String commandName,
            Map<String, Object> options) {
        ObjectNode data = commandData(channel.guild(), commandName, 1);
        ArrayNode optionsJson = data.putArray("options");
        ObjectNode resolved = Json.object();
        for (Map.Entry<String, Object> option : options.entrySet()) {
            ObjectNode optionJson = optionsJson.addObject().put("name", option.getKey());
            Object value = option.getValue();
            if (value instanceof String text) {
                optionJson.put("type", 3).put("value", text);
            } else if (value instanceof Integer || value instanceof Long) {
                optionJson.put("type", 4).put("value", ((Number) value).longValue());
            } else if (value instanceof Boolean flag) {
                optionJson.put("type", 5).put("value", flag);
            } else if (value instanceof FakeUser user) {
                optionJson.put("type", 6).put("value", Json.id(user.id()));
                resolved.withObjectProperty("users").set(Json.id(user.id()), user.toJson());
                FakeMember resolvedMember = channel.guild().member(user);
                if (resolvedMember != null) {
                    resolved.withObjectProperty("members").set(Json.id(user.id()), resolvedMember.toJson(false));
                }
            } else if (value instanceof FakeChannel target) {
                optionJson.put("type", 7).put("value", Json.id(target.id()));
                resolved.withObjectProperty("channels").set(Json.id(target.id()), target.toJson());
            } else if (value instanceof FakeRole role) {
                optionJson.put("type", 8).put("value", Json.id(role.id()));
                resolved.withObjectProperty("roles").set(Json.id(role.id()), role.toJson());
            } else {
                throw new IllegalArgumentException("unsupported option value " + value);
            }
        }
        data.set("resolved", resolved);
        return pushInteraction(2, channel, member, data, null);
    }

    /**
     * Pushes INTERACTION_CREATE of any type with any {@code data}; the envelope (ids, token, channel,
     * guild, member with permissions) is filled in.
     */
    public FakeInteraction pushInteraction(int type, FakeChannel channel, FakeMember member, ObjectNode data,
            FakeMessage message) {
        long id = snowflakes.next();
        String interactionToken = "interaction-token-" + Json.id(id);
        FakeGuild guild = channel.guild();
        ObjectNode json = Json.object()
                .put("id", Json.id(id))
                .put("application_id", Json.id(bot.id()))
                .put("type", type)
                .put("token", interactionToken)
                .put("version", 1)
                .put("guild_id", Json.id(guild.id()))
                .put("channel_id", Json.id(channel.id()));
        json.set("channel", channel.toJson());
        json.putObject("guild").put("id", Json.id(guild.id())).put("locale", "en-US").putArray("features");
        json.set("member", member.toJson(true).put("permissions", Long.toString(guild.permissionsIn(member, channel))));
        json.put("app_permissions", Long.toString(guild.permissionsIn(guild.botMember(), channel)))
                .put("locale", "en-US")
                .put("guild_locale", "en-US")
                .put("context", 0)
                .put("attachment_size_limit", 10_485_760);
        json.putArray("entitlements");
        json.putObject("authorizing_integration_owners").put("0", Json.id(guild.id()));
        json.set("data", data);
        if (message != null) {
            json.set("message", message.toJson(false));
        }
        FakeInteraction interaction = new FakeInteraction(this, id, interactionToken, type, channel, member, message);
        interactions.put(interactionToken, interaction);
        gateway.dispatch("INTERACTION_CREATE", json);
        return interaction;
    }

    FakeInteraction interaction(String interactionToken) {
        return interactions.get(interactionToken);
    }

    private ObjectNode commandData(FakeGuild guild, String commandName, int commandType) {
        JsonNode command = findCommand(guild.commands(), commandName, commandType);
        boolean inGuild = command != null;
        if (command == null) {
            command = findCommand(globalCommands, commandName, commandType);
        }
        if (command == null) {
            throw new IllegalStateException("The bot registered no command \"" + commandName + "\" of type "
                    + commandType + " in " + guild + " nor globally; await its commands PUT first");
        }
        ObjectNode data = Json.object().put("id", command.path("id").asText()).put("name", commandName)
                .put("type", commandType);
        if (inGuild) {
            data.put("guild_id", Json.id(guild.id()));
        }
        return data;
    }

    private static JsonNode findCommand(ArrayNode commands, String name, int type) {
        for (JsonNode command : commands) {
            if (name.equals(command.path("name").asText()) && command.path("type").asInt(1) == type) {
                return command;
            }
        }
        return null;
    }

    // ---- problems and the end of a test ----------------------------------------------------------

    /** Records a fault of the fake or of a scripted answer; it fails the test at the end. */
    void reportProblem(String what, Throwable cause) {
        problems.add(what + (cause == null ? "" : ": " + cause));
    }

    /** What went wrong so far, appended to timeout messages so a hung wait explains itself. */
    String diagnostics() {
        StringBuilder text = new StringBuilder();
        List<String> jdaProblems = jdaLogs.all();
        if (!jdaProblems.isEmpty()) {
            text.append("\nJDA logged:\n  ").append(String.join("\n  ", jdaProblems));
        }
        if (!problems.isEmpty()) {
            text.append("\nThe fake Discord reported:\n  ").append(String.join("\n  ", problems));
        }
        if (!rest.unhandledCalls().isEmpty()) {
            text.append("\nREST calls no route answered: ").append(rest.unhandledCalls());
        }
        return text.toString();
    }

    /**
     * Fails when JDA logged an unexpected problem, the fake failed, or a REST call hit no route.
     * {@link FakeDiscordExtension} calls it after each test.
     */
    public void verifyNoSurprises() {
        List<String> surprises = new ArrayList<>();
        jdaLogs.unexpected().forEach(line -> surprises.add("JDA logged " + line));
        problems.forEach(problem -> surprises.add("The fake Discord reported " + problem));
        rest.unhandledCalls().forEach(call -> surprises.add("No fake route answers " + call.method() + " "
                + call.path() + " (script it with fake.rest().on(...))"));
        if (!surprises.isEmpty()) {
            throw new AssertionError(String.join("\n", surprises));
        }
    }

    /**
     * Shuts down the clients it knows (gracefully: {@code shutdownNow} interrupts REST calls in flight
     * and JDA logs that as an ERROR), then the server, then stops capturing JDA's log.
     */
    @Override
    public void close() {
        clients.forEach(JDA::shutdown);
        try {
            for (JDA client : clients) {
                if (!client.awaitShutdown(CLIENT_SHUTDOWN_TIMEOUT)) {
                    client.shutdownNow();
                    reportProblem("a JDA client did not shut down within " + CLIENT_SHUTDOWN_TIMEOUT.toSeconds()
                            + " s", null);
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        gateway.shutdown();
        server.close();
        jdaLogs.detach();
    }

    // ---- plumbing --------------------------------------------------------------------------------

    ObjectMapper mapper() {
        return mapper;
    }

    String write(JsonNode json) {
        try {
            return mapper.writeValueAsString(json);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    private String host() {
        return "127.0.0.1:" + server.getPort();
    }

    private static void requireThread(FakeChannel channel) {
        if (!channel.type().isThread()) {
            throw new IllegalArgumentException(channel + " is not a thread: use the channel events");
        }
    }

    private static void requireNotThread(FakeChannel channel) {
        if (channel.type().isThread()) {
            throw new IllegalArgumentException(channel + " is a thread: use the thread events");
        }
    }

    /** Sends each request to the gateway or the REST routes. */
    private final class Router extends Dispatcher {

        @Override
        public MockResponse dispatch(RecordedRequest request) throws InterruptedException {
            String path = request.getUrl().encodedPath();
            if (path.equals("/gateway") || path.equals("/gateway-resume")) {
                return upgradeToGateway(request);
            }
            if (path.startsWith(API_PREFIX + "/")) {
                return serveRest(request);
            }
            reportProblem("a request for " + request.getMethod() + " " + path + " reached neither "
                    + API_PREFIX + " nor the gateway", null);
            return new MockResponse.Builder().code(404).build();
        }

        private MockResponse upgradeToGateway(RecordedRequest request) throws InterruptedException {
            Headers headers = request.getHeaders();
            HttpUrl url = request.getUrl();
            if (!"websocket".equalsIgnoreCase(headers.get("Upgrade")) || headers.get("Sec-WebSocket-Key") == null) {
                reportProblem("a request for the gateway was no WebSocket upgrade", null);
                return new MockResponse.Builder().code(400).build();
            }
            if (!"json".equals(url.queryParameter("encoding")) || !"10".equals(url.queryParameter("v"))
                    || url.queryParameter("compress") != null) {
                reportProblem("the client asked for the gateway with " + url.query()
                        + "; the fake speaks encoding=json, v=10, without compression", null);
            }
            gateway.awaitAdmission();
            return new MockResponse.Builder()
                    .status("HTTP/1.1 101 Switching Protocols")
                    .clearHeaders()
                    .addHeader("Upgrade", "websocket")
                    .addHeader("Connection", "Upgrade")
                    .addHeader("Sec-WebSocket-Accept", WebSocketServerConnection.acceptKey(
                            headers.get("Sec-WebSocket-Key")))
                    .socketHandler(socket -> {
                        GatewayConnection connection =
                                new GatewayConnection(gateway, new WebSocketServerConnection(socket));
                        gateway.connectionOpened(connection);
                        connection.serve();
                    })
                    .build();
        }

        private MockResponse serveRest(RecordedRequest request) {
            RestCall call = toCall(request);
            RestReply reply;
            boolean tokenRoute = call.path().startsWith("/interactions/") || call.path().startsWith("/webhooks/");
            if (!tokenRoute && !("Bot " + token).equals(request.getHeaders().get("Authorization"))) {
                reply = RestReply.error(401, 0, "401: Unauthorized");
            } else {
                reply = rest.serve(call);
            }
            rest.record(call.answered(reply.status()));
            MockResponse.Builder response = new MockResponse.Builder().code(reply.status());
            reply.headers().forEach(response::addHeader);
            if (reply.json() != null) {
                response.addHeader("Content-Type", "application/json").body(write(reply.json()));
            }
            return response.build();
        }

        private RestCall toCall(RecordedRequest request) {
            HttpUrl url = request.getUrl();
            Map<String, String> query = new LinkedHashMap<>();
            for (String name : url.queryParameterNames()) {
                query.put(name, url.queryParameter(name));
            }
            String body = request.getBody() == null ? "" : request.getBody().utf8();
            JsonNode json = null;
            List<String> attachmentNames = new ArrayList<>();
            MediaType contentType = request.getHeaders().get("Content-Type") == null ? null
                    : MediaType.parse(request.getHeaders().get("Content-Type"));
            try {
                if (contentType != null && contentType.subtype().equals("json") && !body.isEmpty()) {
                    json = mapper.readTree(body);
                } else if (contentType != null && contentType.type().equals("multipart") && request.getBody() != null) {
                    json = readMultipart(request, contentType.parameter("boundary"), attachmentNames);
                }
            } catch (IOException e) {
                reportProblem("the client sent a body the fake cannot read to " + url.encodedPath(), e);
            }
            String reason = request.getHeaders().get("X-Audit-Log-Reason");
            return new RestCall(request.getMethod(), url.encodedPath().substring(API_PREFIX.length()), query, body,
                    json, reason == null ? null : URLDecoder.decode(reason, StandardCharsets.UTF_8),
                    List.copyOf(attachmentNames), Instant.now(), 0);
        }

        private JsonNode readMultipart(RecordedRequest request, String boundary, List<String> attachmentNames)
                throws IOException {
            JsonNode payload = null;
            try (MultipartReader reader = new MultipartReader(new Buffer().write(request.getBody()), boundary)) {
                MultipartReader.Part part;
                while ((part = reader.nextPart()) != null) {
                    String disposition = part.headers().get("Content-Disposition");
                    String text = part.body().readUtf8();
                    if (disposition != null && disposition.contains("name=\"payload_json\"")) {
                        payload = mapper.readTree(text);
                    } else if (disposition != null && disposition.contains("filename=\"")) {
                        int start = disposition.indexOf("filename=\"") + "filename=\"".length();
                        attachmentNames.add(disposition.substring(start, disposition.indexOf('"', start)));
                    }
                }
            }
            return payload;
        }
    }
}
