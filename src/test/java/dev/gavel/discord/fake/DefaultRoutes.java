package dev.gavel.discord.fake;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Discord's default answers to the REST calls a bot makes: read and change the scripted state, and
 * push the gateway events Discord sends for those changes (a sent message comes back as
 * MESSAGE_CREATE, a created thread as THREAD_CREATE, ...).
 */
final class DefaultRoutes {

    private static final int EPHEMERAL = 64;
    private static final int MAX_PAGE = 100;

    private final FakeDiscord fake;

    private DefaultRoutes(FakeDiscord fake) {
        this.fake = fake;
    }

    static void register(FakeDiscord fake) {
        new DefaultRoutes(fake).registerAll(fake.rest());
    }

    private void registerAll(FakeRest rest) {
        rest.addDefault("GET", "/users/@me", (call, params) -> RestReply.ok(
                fake.bot().toJson().put("verified", true).put("mfa_enabled", false).put("flags", 0)));
        rest.addDefault("GET", "/users/{user_id}", this::getUser);
        rest.addDefault("GET", "/gateway", (call, params) -> RestReply.ok(Json.object().put("url", fake.gatewayUrl())));
        rest.addDefault("GET", "/gateway/bot", (call, params) -> {
            ObjectNode json = Json.object().put("url", fake.gatewayUrl()).put("shards", 1);
            json.putObject("session_start_limit").put("total", 1000).put("remaining", 999)
                    .put("reset_after", 86_400_000).put("max_concurrency", 1);
            return RestReply.ok(json);
        });
        rest.addDefault("GET", "/oauth2/applications/@me", (call, params) -> RestReply.ok(application()));
        rest.addDefault("GET", "/applications/@me", (call, params) -> RestReply.ok(application()));

        rest.addDefault("GET", "/guilds/{guild_id}", (call, params) -> withGuild(params, guild -> RestReply.ok(guild.toJson())));
        rest.addDefault("GET", "/guilds/{guild_id}/channels", (call, params) -> withGuild(params,
                guild -> RestReply.ok(Json.array(guild.channels(), FakeChannel::toJson))));
        rest.addDefault("GET", "/guilds/{guild_id}/roles", (call, params) -> withGuild(params,
                guild -> RestReply.ok(Json.array(guild.roles(), FakeRole::toJson))));
        rest.addDefault("GET", "/guilds/{guild_id}/members", this::listMembers);
        rest.addDefault("GET", "/guilds/{guild_id}/members/{user_id}", this::getMember);
        rest.addDefault("PATCH", "/guilds/{guild_id}/members/{user_id}", this::modifyMember);
        rest.addDefault("DELETE", "/guilds/{guild_id}/members/{user_id}", this::kickMember);
        rest.addDefault("GET", "/guilds/{guild_id}/bans/{user_id}", this::getBan);
        rest.addDefault("PUT", "/guilds/{guild_id}/bans/{user_id}", this::ban);
        rest.addDefault("DELETE", "/guilds/{guild_id}/bans/{user_id}", this::unban);
        rest.addDefault("GET", "/guilds/{guild_id}/audit-logs", this::auditLog);
        rest.addDefault("GET", "/guilds/{guild_id}/threads/active", this::activeThreads);

        rest.addDefault("GET", "/channels/{channel_id}", (call, params) -> withVisibleChannel(params,
                channel -> RestReply.ok(channel.toJson())));
        rest.addDefault("PATCH", "/channels/{channel_id}", this::modifyChannel);
        rest.addDefault("DELETE", "/channels/{channel_id}", this::deleteChannel);
        rest.addDefault("POST", "/channels/{channel_id}/typing", (call, params) -> withVisibleChannel(params,
                channel -> RestReply.noContent()));
        rest.addDefault("GET", "/channels/{channel_id}/messages", this::messageHistory);
        rest.addDefault("GET", "/channels/{channel_id}/messages/{message_id}", this::getMessage);
        rest.addDefault("POST", "/channels/{channel_id}/messages", this::sendMessage);
        rest.addDefault("PATCH", "/channels/{channel_id}/messages/{message_id}", this::editMessage);
        rest.addDefault("DELETE", "/channels/{channel_id}/messages/{message_id}", this::deleteMessage);
        rest.addDefault("POST", "/channels/{channel_id}/messages/bulk-delete", this::bulkDelete);
        rest.addDefault("PUT", "/channels/{channel_id}/messages/{message_id}/reactions/{emoji}/@me",
                this::addReaction);
        rest.addDefault("DELETE", "/channels/{channel_id}/messages/{message_id}/reactions/{emoji}/{user_id}",
                this::removeReaction);

        rest.addDefault("POST", "/channels/{channel_id}/threads", this::createThread);
        rest.addDefault("POST", "/channels/{channel_id}/messages/{message_id}/threads", this::createThreadFromMessage);
        rest.addDefault("GET", "/channels/{channel_id}/threads/archived/public",
                (call, params) -> archivedThreads(params, FakeChannel.Type.PUBLIC_THREAD, false));
        rest.addDefault("GET", "/channels/{channel_id}/threads/archived/private",
                (call, params) -> archivedThreads(params, FakeChannel.Type.PRIVATE_THREAD, false));
        rest.addDefault("GET", "/channels/{channel_id}/users/@me/threads/archived/private",
                (call, params) -> archivedThreads(params, FakeChannel.Type.PRIVATE_THREAD, true));
        rest.addDefault("PUT", "/channels/{channel_id}/thread-members/{user_id}", this::addThreadMember);
        rest.addDefault("DELETE", "/channels/{channel_id}/thread-members/{user_id}", this::removeThreadMember);
        rest.addDefault("GET", "/channels/{channel_id}/thread-members", this::listThreadMembers);
        rest.addDefault("GET", "/channels/{channel_id}/thread-members/{user_id}", this::getThreadMember);

        rest.addDefault("GET", "/applications/{application_id}/commands",
                (call, params) -> RestReply.ok(fake.globalCommands()));
        rest.addDefault("PUT", "/applications/{application_id}/commands", (call, params) -> {
            ArrayNode registered = registerCommands(fake.globalCommands(), call.json(), null);
            fake.globalCommands(registered);
            return RestReply.ok(registered);
        });
        rest.addDefault("GET", "/applications/{application_id}/guilds/{guild_id}/commands",
                (call, params) -> withGuild(params, guild -> RestReply.ok(guild.commands())));
        rest.addDefault("PUT", "/applications/{application_id}/guilds/{guild_id}/commands",
                (call, params) -> withGuild(params, guild -> {
                    ArrayNode registered = registerCommands(guild.commands(), call.json(), guild);
                    guild.commands(registered);
                    return RestReply.ok(registered);
                }));
        rest.addDefault("POST", "/applications/{application_id}/guilds/{guild_id}/commands",
                (call, params) -> withGuild(params, guild -> {
                    ArrayNode commands = guild.commands();
                    ArrayNode merged = Json.array();
                    for (JsonNode command : commands) {
                        if (!sameCommand(command, call.json())) {
                            merged.add(command);
                        }
                    }
                    merged.add(call.json());
                    ArrayNode registered = registerCommands(commands, merged, guild);
                    guild.commands(registered);
                    return RestReply.json(201, findSame(registered, call.json()));
                }));

        rest.addDefault("POST", "/interactions/{interaction_id}/{interaction_token}/callback",
                this::interactionCallback);
        rest.addDefault("POST", "/webhooks/{application_id}/{interaction_token}", this::followUp);
        rest.addDefault("GET", "/webhooks/{application_id}/{interaction_token}/messages/{message_id}",
                (call, params) -> withInteractionMessage(params, message -> RestReply.ok(message.toJson(false))));
        rest.addDefault("PATCH", "/webhooks/{application_id}/{interaction_token}/messages/{message_id}",
                this::editInteractionMessage);
        rest.addDefault("DELETE", "/webhooks/{application_id}/{interaction_token}/messages/{message_id}",
                (call, params) -> withInteractionMessage(params, message -> {
                    deleteAndDispatch(message);
                    return RestReply.noContent();
                }));
    }

    // ---- users and application -----------------------------------------------------------------

    private RestReply getUser(RestCall call, PathParams params) {
        FakeUser user = fake.user(userId(params));
        return user == null ? RestReply.error(404, 10013, "Unknown User") : RestReply.ok(user.toJson());
    }

    private ObjectNode application() {
        FakeUser bot = fake.bot();
        ObjectNode json = Json.object()
                .put("id", Json.id(bot.id()))
                .put("name", bot.username())
                .putNull("icon")
                .put("description", "")
                .put("bot_public", false)
                .put("bot_require_code_grant", false)
                .put("verify_key", "0")
                .put("flags", 0)
                .putNull("team");
        json.set("owner", fake.guilds().isEmpty() ? bot.toJson() : fake.user(fake.guilds().get(0).ownerId()).toJson());
        json.set("bot", bot.toJson());
        json.putArray("tags");
        json.putArray("redirect_uris");
        return json;
    }

    // ---- guilds and members --------------------------------------------------------------------

    private RestReply listMembers(RestCall call, PathParams params) {
        return withGuild(params, guild -> {
            int limit = Math.min(1000, intQuery(call, "limit", 1));
            long after = idQuery(call, "after");
            return RestReply.ok(Json.array(guild.members().stream().filter(member -> member.id() > after)
                    .limit(limit).toList(), member -> member.toJson(true)));
        });
    }

    private RestReply getMember(RestCall call, PathParams params) {
        return withMember(params, member -> RestReply.ok(member.toJson(true)));
    }

    private RestReply modifyMember(RestCall call, PathParams params) {
        return withMember(params, member -> {
            JsonNode body = call.json();
            if (body.has("nick")) {
                member.nick(body.get("nick").isNull() ? null : body.get("nick").asText());
            }
            if (body.has("communication_disabled_until")) {
                JsonNode until = body.get("communication_disabled_until");
                member.timeoutUntil(until.isNull() ? null : java.time.OffsetDateTime.parse(until.asText()).toInstant());
            }
            if (body.has("roles")) {
                member.removeRoles(member.roles().toArray(FakeRole[]::new));
                for (JsonNode roleId : body.get("roles")) {
                    FakeRole role = member.guild().role(Long.parseUnsignedLong(roleId.asText()));
                    if (role != null && role != member.guild().everyoneRole()) {
                        member.addRoles(role);
                    }
                }
            }
            fake.pushMemberUpdate(member);
            return RestReply.ok(member.toJson(true));
        });
    }

    private RestReply kickMember(RestCall call, PathParams params) {
        return withMember(params, member -> {
            fake.pushMemberRemove(member.guild(), member.user());
            return RestReply.noContent();
        });
    }

    private RestReply getBan(RestCall call, PathParams params) {
        return withGuild(params, guild -> {
            long userId = userId(params);
            String reason = guild.banReason(userId);
            if (reason == null || fake.user(userId) == null) {
                return RestReply.error(404, 10026, "Unknown Ban");
            }
            ObjectNode json = Json.object().put("reason", reason.isEmpty() ? null : reason);
            json.set("user", fake.user(userId).toJson());
            return RestReply.ok(json);
        });
    }

    private RestReply ban(RestCall call, PathParams params) {
        return withGuild(params, guild -> {
            FakeUser user = fake.user(userId(params));
            if (user == null) {
                return RestReply.error(404, 10013, "Unknown User");
            }
            boolean wasMember = guild.member(user) != null;
            fake.pushBanAdd(guild, user, call.auditLogReason());
            if (wasMember) {
                ObjectNode removed = Json.object().put("guild_id", Json.id(guild.id()));
                removed.set("user", user.toJson());
                fake.gateway().dispatch("GUILD_MEMBER_REMOVE", removed);
            }
            return RestReply.noContent();
        });
    }

    private RestReply unban(RestCall call, PathParams params) {
        return withGuild(params, guild -> {
            FakeUser user = fake.user(userId(params));
            if (user == null || !guild.isBanned(user)) {
                return RestReply.error(404, 10026, "Unknown Ban");
            }
            fake.pushBanRemove(guild, user);
            return RestReply.noContent();
        });
    }

    private RestReply auditLog(RestCall call, PathParams params) {
        return withGuild(params, guild -> {
            if ((guild.botMember().permissions() & Permissions.VIEW_AUDIT_LOG) == 0) {
                return RestReply.error(403, 50013, "Missing Permissions");
            }
            int limit = Math.min(100, intQuery(call, "limit", 50));
            long before = idQuery(call, "before");
            long after = idQuery(call, "after");
            long userId = idQuery(call, "user_id");
            int actionType = intQuery(call, "action_type", 0);
            List<FakeAuditLogEntry> entries = guild.auditLog().stream()
                    .filter(entry -> before == 0 || entry.id() < before)
                    .filter(entry -> entry.id() > after)
                    .filter(entry -> userId == 0 || entry.executor() != null && entry.executor().id() == userId)
                    .filter(entry -> actionType == 0 || entry.actionType() == actionType)
                    .limit(limit)
                    .toList();
            Set<Long> userIds = new LinkedHashSet<>();
            for (FakeAuditLogEntry entry : entries) {
                if (entry.executor() != null) {
                    userIds.add(entry.executor().id());
                }
                if (fake.user(entry.targetId()) != null) {
                    userIds.add(entry.targetId());
                }
            }
            ObjectNode json = Json.object();
            json.set("audit_log_entries", Json.array(entries, entry -> entry.toJson(false)));
            json.set("users", Json.array(userIds, id -> fake.user(id).toJson()));
            for (String empty : List.of("webhooks", "threads", "integrations", "application_commands",
                    "auto_moderation_rules", "guild_scheduled_events")) {
                json.putArray(empty);
            }
            return RestReply.ok(json);
        });
    }

    private RestReply activeThreads(RestCall call, PathParams params) {
        return withGuild(params, guild -> {
            ObjectNode json = Json.object();
            ArrayNode threads = json.putArray("threads");
            ArrayNode members = json.putArray("members");
            long botId = fake.bot().id();
            for (FakeChannel thread : guild.threads()) {
                if (!thread.isArchived() && canSee(thread)) {
                    threads.add(thread.toJson());
                    Instant joined = thread.threadMemberJoined(botId);
                    if (joined != null) {
                        members.add(thread.threadMemberJson(botId, joined, false));
                    }
                }
            }
            return RestReply.ok(json);
        });
    }

    // ---- channels --------------------------------------------------------------------------------

    private RestReply modifyChannel(RestCall call, PathParams params) {
        return withVisibleChannel(params, channel -> {
            JsonNode body = call.json();
            if (channel.type().isThread()) {
                boolean owner = channel.ownerId() == fake.bot().id();
                if (!owner && (botPermissionsIn(channel) & Permissions.MANAGE_THREADS) == 0) {
                    return RestReply.error(403, 50013, "Missing Permissions");
                }
                if (body.has("name")) {
                    channel.name(body.get("name").asText());
                }
                if (body.has("archived")) {
                    channel.archived(body.get("archived").asBoolean());
                }
                if (body.has("locked")) {
                    channel.locked(body.get("locked").asBoolean());
                }
                if (body.has("invitable")) {
                    channel.invitable(body.get("invitable").asBoolean());
                }
                if (body.has("auto_archive_duration")) {
                    channel.autoArchiveMinutes(body.get("auto_archive_duration").asInt());
                }
                fake.pushThreadUpdate(channel);
            } else {
                if ((botPermissionsIn(channel) & Permissions.MANAGE_CHANNELS) == 0) {
                    return RestReply.error(403, 50013, "Missing Permissions");
                }
                if (body.has("name")) {
                    channel.name(body.get("name").asText());
                }
                if (body.has("topic")) {
                    channel.topic(body.get("topic").isNull() ? null : body.get("topic").asText());
                }
                if (body.has("position")) {
                    channel.position(body.get("position").asInt());
                }
                if (body.has("nsfw")) {
                    channel.nsfw(body.get("nsfw").asBoolean());
                }
                fake.pushChannelUpdate(channel);
            }
            return RestReply.ok(channel.toJson());
        });
    }

    private RestReply deleteChannel(RestCall call, PathParams params) {
        return withVisibleChannel(params, channel -> {
            if ((botPermissionsIn(channel) & (channel.type().isThread() ? Permissions.MANAGE_THREADS
                    : Permissions.MANAGE_CHANNELS)) == 0) {
                return RestReply.error(403, 50013, "Missing Permissions");
            }
            ObjectNode json = channel.toJson();
            if (channel.type().isThread()) {
                fake.pushThreadDelete(channel);
            } else {
                fake.pushChannelDelete(channel);
            }
            return RestReply.ok(json);
        });
    }

    // ---- messages --------------------------------------------------------------------------------

    private RestReply messageHistory(RestCall call, PathParams params) {
        return withVisibleChannel(params, channel -> {
            if (!channel.type().holdsMessages()) {
                return RestReply.error(400, 50008, "Cannot send messages in a non-text channel");
            }
            if ((botPermissionsIn(channel) & Permissions.READ_MESSAGE_HISTORY) == 0) {
                return RestReply.ok(Json.array());
            }
            int limit = Math.max(1, Math.min(MAX_PAGE, intQuery(call, "limit", 50)));
            List<FakeMessage> page;
            if (call.query("after") != null) {
                page = channel.messagesAfter(idQuery(call, "after"), limit);
            } else if (call.query("around") != null) {
                page = channel.messagesAround(idQuery(call, "around"), limit);
            } else if (call.query("before") != null) {
                page = channel.messagesBefore(idQuery(call, "before"), limit);
            } else {
                page = channel.messagesBefore(Long.MAX_VALUE, limit);
            }
            return RestReply.ok(Json.array(page, message -> message.toJson(false)));
        });
    }

    private RestReply getMessage(RestCall call, PathParams params) {
        return withMessage(params, message -> RestReply.ok(message.toJson(false)));
    }

    private RestReply sendMessage(RestCall call, PathParams params) {
        return withVisibleChannel(params, channel -> {
            if (!channel.type().holdsMessages()) {
                return RestReply.error(400, 50008, "Cannot send messages in a non-text channel");
            }
            long needed = channel.type().isThread() ? Permissions.SEND_MESSAGES_IN_THREADS : Permissions.SEND_MESSAGES;
            if ((botPermissionsIn(channel) & needed) == 0) {
                return RestReply.error(403, 50013, "Missing Permissions");
            }
            if (channel.type().isThread() && channel.isArchived()) {
                if (channel.isLocked()) {
                    return RestReply.error(400, 50083, "Thread is archived");
                }
                channel.archived(false);
                fake.pushThreadUpdate(channel);
            }
            FakeMessage message = botMessage(channel, call.json(), call.attachmentNames());
            channel.addMessage(message);
            fake.pushMessageCreate(message);
            addMentionedToThread(message);
            return RestReply.ok(message.toJson(false));
        });
    }

    private RestReply editMessage(RestCall call, PathParams params) {
        return withMessage(params, message -> {
            if (message.author().id() != fake.bot().id()) {
                return RestReply.error(403, 50005, "Cannot edit a message authored by another user");
            }
            applyEdit(message, call.json());
            fake.gateway().dispatch("MESSAGE_UPDATE", message.toJson(true));
            return RestReply.ok(message.toJson(false));
        });
    }

    private RestReply deleteMessage(RestCall call, PathParams params) {
        return withMessage(params, message -> {
            if (message.author().id() != fake.bot().id()
                    && (botPermissionsIn(message.channel()) & Permissions.MANAGE_MESSAGES) == 0) {
                return RestReply.error(403, 50013, "Missing Permissions");
            }
            deleteAndDispatch(message);
            return RestReply.noContent();
        });
    }

    private RestReply bulkDelete(RestCall call, PathParams params) {
        return withVisibleChannel(params, channel -> {
            if ((botPermissionsIn(channel) & Permissions.MANAGE_MESSAGES) == 0) {
                return RestReply.error(403, 50013, "Missing Permissions");
            }
            List<FakeMessage> deleted = new ArrayList<>();
            for (JsonNode id : call.json().path("messages")) {
                FakeMessage message = channel.message(Long.parseUnsignedLong(id.asText()));
                if (message != null) {
                    deleted.add(message);
                }
            }
            fake.pushMessageDeleteBulk(channel, deleted);
            return RestReply.noContent();
        });
    }

    private RestReply addReaction(RestCall call, PathParams params) {
        return withMessage(params, message -> {
            fake.pushReactionAdd(message, fake.bot(), emoji(params.get("emoji")));
            return RestReply.noContent();
        });
    }

    private RestReply removeReaction(RestCall call, PathParams params) {
        return withMessage(params, message -> {
            FakeUser user = fake.user(userId(params));
            if (user == null) {
                return RestReply.error(404, 10013, "Unknown User");
            }
            fake.pushReactionRemove(message, user, emoji(params.get("emoji")));
            return RestReply.noContent();
        });
    }

    // ---- threads ---------------------------------------------------------------------------------

    private RestReply createThread(RestCall call, PathParams params) {
        return withVisibleChannel(params, parent -> {
            JsonNode body = call.json();
            boolean forum = parent.type() == FakeChannel.Type.FORUM;
            FakeChannel.Type type = forum ? FakeChannel.Type.PUBLIC_THREAD
                    : FakeChannel.Type.ofId(body.path("type").asInt(FakeChannel.Type.PRIVATE_THREAD.id));
            long needed = type == FakeChannel.Type.PRIVATE_THREAD ? Permissions.CREATE_PRIVATE_THREADS
                    : forum ? Permissions.SEND_MESSAGES : Permissions.CREATE_PUBLIC_THREADS;
            if ((botPermissionsIn(parent) & needed) == 0) {
                return RestReply.error(403, 50013, "Missing Permissions");
            }
            if (!type.isThread() || parent.type().isThread() || !List.of(FakeChannel.Type.TEXT, FakeChannel.Type.NEWS,
                    FakeChannel.Type.FORUM).contains(parent.type())) {
                return RestReply.error(400, 50024, "Cannot execute action on this channel type");
            }
            FakeChannel thread = parent.guild().addThread(type, fake.snowflakes().next(), parent,
                    body.path("name").asText("thread"), fake.bot());
            configureThread(thread, body);
            ObjectNode json = thread.toJson().put("newly_created", true);
            fake.gateway().dispatch("THREAD_CREATE", json);
            if (forum) {
                FakeMessage starter = botMessage(thread, body.path("message"), call.attachmentNames());
                thread.addMessage(starter);
                fake.pushMessageCreate(starter);
                json = thread.toJson();
                json.set("message", starter.toJson(false));
            }
            return RestReply.json(201, json);
        });
    }

    private RestReply createThreadFromMessage(RestCall call, PathParams params) {
        return withMessage(params, message -> {
            FakeChannel parent = message.channel();
            if ((botPermissionsIn(parent) & Permissions.CREATE_PUBLIC_THREADS) == 0) {
                return RestReply.error(403, 50013, "Missing Permissions");
            }
            if (fake.channel(message.id()) != null) {
                return RestReply.error(400, 160004, "A thread has already been created for this message");
            }
            FakeChannel.Type type = parent.type() == FakeChannel.Type.NEWS
                    ? FakeChannel.Type.NEWS_THREAD : FakeChannel.Type.PUBLIC_THREAD;
            FakeChannel thread = parent.guild().addThread(type, message.id(), parent,
                    call.json().path("name").asText("thread"), fake.bot());
            configureThread(thread, call.json());
            fake.gateway().dispatch("THREAD_CREATE", thread.toJson().put("newly_created", true));
            return RestReply.json(201, thread.toJson());
        });
    }

    private static void configureThread(FakeChannel thread, JsonNode body) {
        if (body.has("auto_archive_duration")) {
            thread.autoArchiveMinutes(body.get("auto_archive_duration").asInt());
        }
        if (body.has("invitable") && thread.type() == FakeChannel.Type.PRIVATE_THREAD) {
            thread.invitable(body.get("invitable").asBoolean());
        }
    }

    private RestReply archivedThreads(PathParams params, FakeChannel.Type type, boolean joinedOnly) {
        return withVisibleChannel(params, parent -> {
            long botId = fake.bot().id();
            ObjectNode json = Json.object().put("has_more", false);
            ArrayNode threads = json.putArray("threads");
            ArrayNode members = json.putArray("members");
            parent.guild().threads().stream()
                    .filter(thread -> thread.parent() == parent && thread.isArchived())
                    .filter(thread -> type == FakeChannel.Type.PRIVATE_THREAD
                            ? thread.type() == FakeChannel.Type.PRIVATE_THREAD
                            : thread.type() != FakeChannel.Type.PRIVATE_THREAD)
                    .filter(thread -> !joinedOnly || thread.hasThreadMember(botId))
                    .sorted(Comparator.comparingLong(FakeChannel::id).reversed())
                    .forEach(thread -> {
                        threads.add(thread.toJson());
                        Instant joined = thread.threadMemberJoined(botId);
                        if (joined != null) {
                            members.add(thread.threadMemberJson(botId, joined, false));
                        }
                    });
            return RestReply.ok(json);
        });
    }

    private RestReply addThreadMember(RestCall call, PathParams params) {
        return withThread(params, thread -> {
            FakeUser user = fake.user(userId(params));
            if (user == null || thread.guild().member(user) == null) {
                return RestReply.error(404, 10007, "Unknown Member");
            }
            if (thread.isArchived() && thread.isLocked()) {
                return RestReply.error(400, 50083, "Thread is archived");
            }
            if (!thread.hasThreadMember(user.id())) {
                fake.pushThreadMembersUpdate(thread, List.of(user), List.of());
            }
            return RestReply.noContent();
        });
    }

    private RestReply removeThreadMember(RestCall call, PathParams params) {
        return withThread(params, thread -> {
            FakeUser user = fake.user(userId(params));
            if (user == null || !thread.hasThreadMember(user.id())) {
                return RestReply.error(404, 10007, "Unknown Member");
            }
            if (user.id() != fake.bot().id() && thread.ownerId() != fake.bot().id()
                    && (botPermissionsIn(thread) & Permissions.MANAGE_THREADS) == 0) {
                return RestReply.error(403, 50013, "Missing Permissions");
            }
            fake.pushThreadMembersUpdate(thread, List.of(), List.of(user));
            return RestReply.noContent();
        });
    }

    private RestReply listThreadMembers(RestCall call, PathParams params) {
        boolean withMember = "true".equals(call.query("with_member"));
        return withThread(params, thread -> RestReply.ok(Json.array(thread.threadMemberIds(),
                id -> thread.threadMemberJson(id, thread.threadMemberJoined(id), withMember))));
    }

    private RestReply getThreadMember(RestCall call, PathParams params) {
        boolean withMember = "true".equals(call.query("with_member"));
        return withThread(params, thread -> {
            long userId = userId(params);
            Instant joined = thread.threadMemberJoined(userId);
            return joined == null ? RestReply.error(404, 10007, "Unknown Member")
                    : RestReply.ok(thread.threadMemberJson(userId, joined, withMember));
        });
    }

    // ---- commands --------------------------------------------------------------------------------

    private ArrayNode registerCommands(ArrayNode previous, JsonNode requested, FakeGuild guild) {
        ArrayNode registered = Json.array();
        for (JsonNode command : requested) {
            ObjectNode stored = ((ObjectNode) command).deepCopy();
            JsonNode earlier = findSame(previous, command);
            stored.put("id", earlier != null ? earlier.path("id").asText() : Json.id(fake.snowflakes().next()));
            stored.put("application_id", Json.id(fake.bot().id()));
            stored.put("version", Json.id(fake.snowflakes().next()));
            if (!stored.has("type")) {
                stored.put("type", 1);
            }
            if (!stored.has("description")) {
                stored.put("description", "");
            }
            if (guild != null) {
                stored.put("guild_id", Json.id(guild.id()));
            }
            registered.add(stored);
        }
        return registered;
    }

    private static JsonNode findSame(ArrayNode commands, JsonNode command) {
        for (JsonNode existing : commands) {
            if (sameCommand(existing, command)) {
                return existing;
            }
        }
        return null;
    }

    private static boolean sameCommand(JsonNode a, JsonNode b) {
        return a.path("name").asText().equals(b.path("name").asText())
                && a.path("type").asInt(1) == b.path("type").asInt(1);
    }

    // ---- interactions ----------------------------------------------------------------------------

    private RestReply interactionCallback(RestCall call, PathParams params) {
        FakeInteraction interaction = fake.interaction(params.get("interaction_token"));
        if (interaction == null || !Json.id(interaction.id()).equals(params.get("interaction_id"))) {
            return RestReply.error(404, 10062, "Unknown interaction");
        }
        if (interaction.isAcknowledged()) {
            return RestReply.error(400, 40060, "Interaction has already been acknowledged.");
        }
        JsonNode body = call.json();
        int type = body.path("type").asInt();
        JsonNode data = body.path("data");
        FakeMessage responseMessage = null;
        switch (type) {
            case 4 -> {
                responseMessage = interactionMessage(interaction, data);
                interaction.original(responseMessage);
                interaction.acknowledge(type, FakeInteraction.isEphemeral(data));
            }
            case 5 -> interaction.acknowledge(type, FakeInteraction.isEphemeral(data));
            case 7 -> {
                FakeMessage updated = interaction.message();
                if (updated == null) {
                    return RestReply.error(400, 50035, "Invalid Form Body: no message to update");
                }
                applyEdit(updated, data);
                fake.gateway().dispatch("MESSAGE_UPDATE", updated.toJson(true));
                responseMessage = updated;
                interaction.acknowledge(type, false);
            }
            case 1, 6, 8, 9, 12 -> interaction.acknowledge(type, false);
            default -> {
                return RestReply.error(400, 50035, "Invalid Form Body: unknown callback type " + type);
            }
        }
        if (!"true".equals(call.query("with_response"))) {
            return RestReply.noContent();
        }
        ObjectNode json = Json.object();
        json.putObject("interaction").put("id", Json.id(interaction.id())).put("type", interaction.type())
                .put("response_message_id", responseMessage == null ? null : Json.id(responseMessage.id()))
                .put("response_message_loading", type == 5)
                .put("response_message_ephemeral", interaction.isEphemeral());
        ObjectNode resource = json.putObject("resource").put("type", type);
        if (responseMessage != null) {
            resource.set("message", responseMessage.toJson(false));
        }
        return RestReply.ok(json);
    }

    private RestReply followUp(RestCall call, PathParams params) {
        FakeInteraction interaction = fake.interaction(params.get("interaction_token"));
        if (interaction == null || !interaction.isAcknowledged()) {
            return RestReply.error(404, 10015, "Unknown Webhook");
        }
        boolean replacesLoading = interaction.callbackType() == 5 && interaction.originalResponse() == null;
        JsonNode data = replacesLoading && interaction.isEphemeral()
                ? ((ObjectNode) call.json().deepCopy()).put("flags", call.json().path("flags").asInt(0) | EPHEMERAL)
                : call.json();
        FakeMessage message = interactionMessage(interaction, data);
        if (replacesLoading) {
            interaction.original(message);
        }
        return RestReply.ok(message.toJson(false));
    }

    private RestReply editInteractionMessage(RestCall call, PathParams params) {
        FakeInteraction interaction = fake.interaction(params.get("interaction_token"));
        if (interaction == null || !interaction.isAcknowledged()) {
            return RestReply.error(404, 10015, "Unknown Webhook");
        }
        if ("@original".equals(params.get("message_id")) && interaction.originalResponse() == null) {
            JsonNode data = interaction.isEphemeral()
                    ? ((ObjectNode) call.json().deepCopy()).put("flags", EPHEMERAL) : call.json();
            FakeMessage message = interactionMessage(interaction, data);
            interaction.original(message);
            return RestReply.ok(message.toJson(false));
        }
        return withInteractionMessage(params, message -> {
            applyEdit(message, call.json());
            if ((message.flags() & EPHEMERAL) == 0) {
                fake.gateway().dispatch("MESSAGE_UPDATE", message.toJson(true));
            }
            return RestReply.ok(message.toJson(false));
        });
    }

    /** A message the bot posts in answer to an interaction; an ephemeral one stays out of the channel. */
    private FakeMessage interactionMessage(FakeInteraction interaction, JsonNode data) {
        FakeMessage message = botMessage(interaction.channel(), data, List.of()).sentByApplication(fake.bot().id());
        if ((message.flags() & EPHEMERAL) == 0) {
            interaction.channel().addMessage(message);
            fake.pushMessageCreate(message);
        }
        return message;
    }

    private RestReply withInteractionMessage(PathParams params, Handler<FakeMessage> handler) {
        FakeInteraction interaction = fake.interaction(params.get("interaction_token"));
        if (interaction == null) {
            return RestReply.error(404, 10015, "Unknown Webhook");
        }
        String messageId = params.get("message_id");
        FakeMessage message = "@original".equals(messageId) ? interaction.originalResponse()
                : interaction.channel().message(Long.parseUnsignedLong(messageId));
        return message == null ? RestReply.error(404, 10008, "Unknown Message") : handler.handle(message);
    }

    // ---- helpers ---------------------------------------------------------------------------------

    @FunctionalInterface
    private interface Handler<T> {
        RestReply handle(T value);
    }

    private FakeMessage botMessage(FakeChannel channel, JsonNode body, List<String> fileNames) {
        FakeMessage message = new FakeMessage(fake.snowflakes().next(), channel, fake.bot(),
                body.path("content").asText(""));
        applyEdit(message, body);
        message.flags(body.path("flags").asInt(0));
        JsonNode reference = body.path("message_reference");
        if (reference.hasNonNull("message_id")) {
            FakeMessage original = channel.message(Long.parseUnsignedLong(reference.get("message_id").asText()));
            if (original != null) {
                message.replyTo(original);
            }
        }
        for (String fileName : fileNames) {
            message.attach(fileName, 0);
        }
        return message;
    }

    private static void applyEdit(FakeMessage message, JsonNode body) {
        if (body.has("content")) {
            message.edit(body.get("content").isNull() ? "" : body.get("content").asText());
        }
        if (body.has("components")) {
            message.components(body.get("components"));
        }
        if (body.has("embeds")) {
            message.embeds(body.get("embeds"));
        }
    }

    private void deleteAndDispatch(FakeMessage message) {
        if (message.channel().message(message.id()) != null) {
            fake.pushMessageDelete(message);
        }
    }

    /** Like Discord, mentioning users or roles in a thread adds them (for roles: their members). */
    private void addMentionedToThread(FakeMessage message) {
        FakeChannel thread = message.channel();
        if (!thread.type().isThread()) {
            return;
        }
        FakeGuild guild = thread.guild();
        Set<FakeUser> added = new LinkedHashSet<>();
        for (long userId : message.mentionedUserIds()) {
            FakeMember member = guild.member(userId);
            if (member != null && !thread.hasThreadMember(userId)) {
                added.add(member.user());
            }
        }
        for (long roleId : message.mentionedRoleIds()) {
            FakeRole role = guild.role(roleId);
            if (role != null) {
                guild.members().stream().filter(member -> member.hasRole(role))
                        .filter(member -> !thread.hasThreadMember(member.id()))
                        .forEach(member -> added.add(member.user()));
            }
        }
        if (!added.isEmpty()) {
            fake.pushThreadMembersUpdate(thread, List.copyOf(added), List.of());
        }
    }

    private long botPermissionsIn(FakeChannel channel) {
        FakeGuild guild = channel.guild();
        return guild.permissionsIn(guild.botMember(), channel);
    }

    private boolean canSee(FakeChannel channel) {
        long permissions = botPermissionsIn(channel);
        if ((permissions & Permissions.VIEW_CHANNEL) == 0) {
            return false;
        }
        return channel.type() != FakeChannel.Type.PRIVATE_THREAD || channel.hasThreadMember(fake.bot().id())
                || (permissions & Permissions.MANAGE_THREADS) != 0;
    }

    private RestReply withGuild(PathParams params, Handler<FakeGuild> handler) {
        FakeGuild guild = fake.guild(params.id("guild_id"));
        return guild == null ? RestReply.error(404, 10004, "Unknown Guild") : handler.handle(guild);
    }

    private RestReply withMember(PathParams params, Handler<FakeMember> handler) {
        return withGuild(params, guild -> {
            FakeMember member = guild.member(userId(params));
            return member == null ? RestReply.error(404, 10007, "Unknown Member") : handler.handle(member);
        });
    }

    private RestReply withVisibleChannel(PathParams params, Handler<FakeChannel> handler) {
        FakeChannel channel = fake.channel(params.id("channel_id"));
        if (channel == null) {
            return RestReply.error(404, 10003, "Unknown Channel");
        }
        if (!canSee(channel)) {
            return RestReply.error(403, 50001, "Missing Access");
        }
        return handler.handle(channel);
    }

    private RestReply withThread(PathParams params, Handler<FakeChannel> handler) {
        return withVisibleChannel(params, channel -> channel.type().isThread() ? handler.handle(channel)
                : RestReply.error(400, 50024, "Cannot execute action on this channel type"));
    }

    private RestReply withMessage(PathParams params, Handler<FakeMessage> handler) {
        return withVisibleChannel(params, channel -> {
            FakeMessage message = channel.message(params.id("message_id"));
            return message == null ? RestReply.error(404, 10008, "Unknown Message") : handler.handle(message);
        });
    }

    private long userId(PathParams params) {
        String value = params.get("user_id");
        return "@me".equals(value) ? fake.bot().id() : Long.parseUnsignedLong(value);
    }

    private static Emoji emoji(String encoded) {
        String decoded = URLDecoder.decode(encoded, StandardCharsets.UTF_8);
        int colon = decoded.indexOf(':');
        return colon < 0 ? Emoji.unicode(decoded)
                : Emoji.custom(decoded.substring(0, colon), Long.parseUnsignedLong(decoded.substring(colon + 1)));
    }

    private static int intQuery(RestCall call, String name, int fallback) {
        String value = call.query(name);
        return value == null ? fallback : Integer.parseInt(value);
    }

    private static long idQuery(RestCall call, String name) {
        String value = call.query(name);
        return value == null ? 0 : Long.parseUnsignedLong(value);
    }
}
