package dev.gavel.discord.fake;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** One WebSocket connection to the fake gateway, speaking Discord's gateway protocol (v10, JSON). */
final class GatewayConnection {

    static final int OP_HEARTBEAT = 1;
    static final int OP_IDENTIFY = 2;
    static final int OP_PRESENCE_UPDATE = 3;
    static final int OP_VOICE_STATE_UPDATE = 4;
    static final int OP_RESUME = 6;
    static final int OP_REQUEST_GUILD_MEMBERS = 8;

    private static final int MEMBERS_PER_CHUNK = 1000;

    private final FakeGateway gateway;
    private final WebSocketServerConnection socket;
    private volatile GatewaySession session;
    private volatile boolean dropped;

    GatewayConnection(FakeGateway gateway, WebSocketServerConnection socket) {
        this.gateway = gateway;
        this.socket = socket;
    }

    /** Serves the connection until it closes; runs on MockWebServer's thread for this socket. */
    void serve() {
        int closeCode = 1006;
        try {
            send("{\"op\":10,\"d\":{\"heartbeat_interval\":" + gateway.heartbeatIntervalMillis()
                    + ",\"_trace\":[\"fake-discord\"]}}");
            while (true) {
                WebSocketServerConnection.Incoming incoming = socket.read();
                if (incoming.isClose()) {
                    closeCode = incoming.closeCode();
                    break;
                }
                handle(incoming.text());
            }
        } catch (IOException e) {
            closeCode = 1006;
        } catch (RuntimeException e) {
            gateway.fake().reportProblem("the fake gateway failed while serving a connection", e);
        } finally {
            if (dropped) {
                // Whatever the reader still got before the socket closed, the fake cut the line.
                closeCode = 1006;
            }
            GatewaySession ended = session;
            if (ended != null) {
                ended.detach(this);
                if (closeCode == 1000 || closeCode == 1001) {
                    // As on Discord, a client that closes normally ends its session.
                    ended.invalidate();
                }
            }
            gateway.connectionClosed(this, closeCode);
        }
    }

    boolean send(String frame) {
        return socket.sendText(frame);
    }

    void close(int code, String reason) {
        socket.close(code, reason);
    }

    void drop() {
        dropped = true;
        socket.drop();
    }

    private void handle(String text) {
        JsonNode payload;
        try {
            payload = gateway.fake().mapper().readTree(text);
        } catch (JsonProcessingException e) {
            close(4002, "Error while decoding payload.");
            return;
        }
        int op = payload.path("op").asInt(-1);
        JsonNode data = payload.path("d");
        gateway.countReceived(op);
        switch (op) {
            case OP_HEARTBEAT -> {
                if (gateway.acknowledgesHeartbeats()) {
                    send("{\"op\":11,\"d\":null}");
                }
            }
            case OP_IDENTIFY -> identify(data);
            case OP_RESUME -> resume(data);
            case OP_REQUEST_GUILD_MEMBERS -> {
                if (requireSession()) {
                    sendMemberChunks(data);
                }
            }
            case OP_PRESENCE_UPDATE, OP_VOICE_STATE_UPDATE -> requireSession();
            default -> close(4001, "Unknown opcode.");
        }
    }

    private boolean requireSession() {
        if (session == null) {
            close(4003, "Not authenticated.");
            return false;
        }
        return true;
    }

    private void identify(JsonNode data) {
        if (session != null) {
            close(4005, "Already authenticated.");
            return;
        }
        if (!gateway.fake().token().equals(data.path("token").asText())) {
            close(4004, "Authentication failed.");
            return;
        }
        int scriptedClose = gateway.takeIdentifyCloseCode();
        if (scriptedClose != 0) {
            close(scriptedClose, gateway.identifyCloseReason());
            return;
        }
        int intents = data.path("intents").asInt(0);
        if (gateway.rejectsPrivilegedIntents() && (intents & FakeGateway.PRIVILEGED_INTENTS) != 0) {
            close(4014, "Disallowed intent(s).");
            return;
        }
        GatewaySession created = gateway.newSession(intents, data.path("large_threshold").asInt(50));
        created.attach(this);
        session = created;
        FakeDiscord fake = gateway.fake();
        ObjectNode ready = Json.object().put("v", 10);
        ObjectNode user = fake.bot().toJson().put("verified", true).put("mfa_enabled", false).put("flags", 0);
        ready.set("user", user);
        ArrayNode guilds = ready.putArray("guilds");
        for (FakeGuild guild : fake.guilds()) {
            guilds.addObject().put("id", Json.id(guild.id())).put("unavailable", true);
        }
        ready.put("session_id", created.id())
                .put("session_type", "normal")
                .put("resume_gateway_url", gateway.resumeUrl());
        ready.putObject("application").put("id", Json.id(fake.bot().id())).put("flags", 0);
        if (data.has("shard")) {
            ready.set("shard", data.get("shard"));
        }
        ready.putArray("private_channels");
        ready.putArray("relationships");
        ready.putArray("presences");
        ready.putArray("guild_join_requests");
        ready.putArray("geo_ordered_rtc_regions");
        ready.putObject("user_settings");
        ready.putArray("_trace").add("fake-discord");
        // Counted before READY goes out: a test that saw the client get ready sees the IDENTIFY counted.
        gateway.identified(created);
        synchronized (created) {
            created.dispatch("READY", fake.write(ready));
            for (FakeGuild guild : fake.guilds()) {
                created.dispatch("GUILD_CREATE",
                        fake.write(guild.toGuildCreateJson(created.largeThreshold(), fake.bot().id())));
            }
        }
    }

    private void resume(JsonNode data) {
        if (!gateway.fake().token().equals(data.path("token").asText())) {
            close(4004, "Authentication failed.");
            return;
        }
        GatewaySession resumed = gateway.session(data.path("session_id").asText());
        long lastSequence = data.path("seq").asLong(-1);
        int replayed = resumed == null ? -1
                : resumed.resume(this, lastSequence, "{\"_trace\":[\"fake-discord\"]}");
        if (replayed < 0) {
            send("{\"op\":9,\"d\":false}");
            gateway.resumeRefused();
            return;
        }
        session = resumed;
        gateway.resumed(replayed);
    }

    private void sendMemberChunks(JsonNode data) {
        List<Long> guildIds = new ArrayList<>();
        JsonNode guildField = data.path("guild_id");
        if (guildField.isArray()) {
            guildField.forEach(id -> guildIds.add(Long.parseUnsignedLong(id.asText())));
        } else {
            guildIds.add(Long.parseUnsignedLong(guildField.asText()));
        }
        Set<Long> userIds = new HashSet<>();
        JsonNode userField = data.path("user_ids");
        if (userField.isArray()) {
            userField.forEach(id -> userIds.add(Long.parseUnsignedLong(id.asText())));
        } else if (!userField.isMissingNode() && !userField.isNull()) {
            userIds.add(Long.parseUnsignedLong(userField.asText()));
        }
        String query = data.path("query").asText("").toLowerCase(Locale.ROOT);
        int limit = data.path("limit").asInt(0);
        String nonce = data.hasNonNull("nonce") ? data.get("nonce").asText() : null;
        FakeDiscord fake = gateway.fake();
        for (long guildId : guildIds) {
            FakeGuild guild = fake.guild(guildId);
            if (guild == null) {
                continue;
            }
            List<FakeMember> matching = guild.members().stream()
                    .filter(member -> userIds.isEmpty() || userIds.contains(member.id()))
                    .filter(member -> query.isEmpty()
                            || member.user().username().toLowerCase(Locale.ROOT).startsWith(query))
                    .limit(limit > 0 && userIds.isEmpty() ? limit : Long.MAX_VALUE)
                    .toList();
            int chunkCount = Math.max(1, (matching.size() + MEMBERS_PER_CHUNK - 1) / MEMBERS_PER_CHUNK);
            for (int chunk = 0; chunk < chunkCount; chunk++) {
                List<FakeMember> part = matching.subList(chunk * MEMBERS_PER_CHUNK,
                        Math.min(matching.size(), (chunk + 1) * MEMBERS_PER_CHUNK));
                ObjectNode chunkJson = Json.object().put("guild_id", Json.id(guildId));
                chunkJson.set("members", Json.array(part, member -> member.toJson(true)));
                chunkJson.put("chunk_index", chunk).put("chunk_count", chunkCount).put("nonce", nonce);
                if (!userIds.isEmpty()) {
                    ArrayNode notFound = chunkJson.putArray("not_found");
                    userIds.stream().filter(id -> guild.member(id) == null).forEach(id -> notFound.add(Json.id(id)));
                }
                session.dispatch("GUILD_MEMBERS_CHUNK", fake.write(chunkJson));
            }
        }
    }
}
