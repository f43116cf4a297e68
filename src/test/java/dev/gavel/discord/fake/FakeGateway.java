package dev.gavel.discord.fake;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.BooleanSupplier;

/**
 * The fake's gateway: sessions and connections, the knobs that make it misbehave, and counters to
 * await. Get it from {@link FakeDiscord#gateway()}.
 */
public final class FakeGateway {

    static final int GUILDS = 1;
    static final int GUILD_MEMBERS = 1 << 1;
    static final int GUILD_MODERATION = 1 << 2;
    static final int GUILD_PRESENCES = 1 << 8;
    static final int GUILD_MESSAGES = 1 << 9;
    static final int GUILD_MESSAGE_REACTIONS = 1 << 10;
    static final int MESSAGE_CONTENT = 1 << 15;
    static final int PRIVILEGED_INTENTS = GUILD_MEMBERS | GUILD_PRESENCES | MESSAGE_CONTENT;

    private static final Map<String, Integer> INTENT_OF_EVENT = Map.ofEntries(
            Map.entry("GUILD_UPDATE", GUILDS),
            Map.entry("GUILD_DELETE", GUILDS),
            Map.entry("GUILD_ROLE_CREATE", GUILDS),
            Map.entry("GUILD_ROLE_UPDATE", GUILDS),
            Map.entry("GUILD_ROLE_DELETE", GUILDS),
            Map.entry("CHANNEL_CREATE", GUILDS),
            Map.entry("CHANNEL_UPDATE", GUILDS),
            Map.entry("CHANNEL_DELETE", GUILDS),
            Map.entry("THREAD_CREATE", GUILDS),
            Map.entry("THREAD_UPDATE", GUILDS),
            Map.entry("THREAD_DELETE", GUILDS),
            Map.entry("THREAD_LIST_SYNC", GUILDS),
            Map.entry("THREAD_MEMBER_UPDATE", GUILDS),
            Map.entry("THREAD_MEMBERS_UPDATE", GUILDS),
            Map.entry("GUILD_MEMBER_ADD", GUILD_MEMBERS),
            Map.entry("GUILD_MEMBER_UPDATE", GUILD_MEMBERS),
            Map.entry("GUILD_MEMBER_REMOVE", GUILD_MEMBERS),
            Map.entry("GUILD_BAN_ADD", GUILD_MODERATION),
            Map.entry("GUILD_BAN_REMOVE", GUILD_MODERATION),
            Map.entry("GUILD_AUDIT_LOG_ENTRY_CREATE", GUILD_MODERATION),
            Map.entry("MESSAGE_CREATE", GUILD_MESSAGES),
            Map.entry("MESSAGE_UPDATE", GUILD_MESSAGES),
            Map.entry("MESSAGE_DELETE", GUILD_MESSAGES),
            Map.entry("MESSAGE_DELETE_BULK", GUILD_MESSAGES),
            Map.entry("MESSAGE_REACTION_ADD", GUILD_MESSAGE_REACTIONS),
            Map.entry("MESSAGE_REACTION_REMOVE", GUILD_MESSAGE_REACTIONS),
            Map.entry("MESSAGE_REACTION_REMOVE_ALL", GUILD_MESSAGE_REACTIONS),
            Map.entry("MESSAGE_REACTION_REMOVE_EMOJI", GUILD_MESSAGE_REACTIONS));
    private static final Set<String> MESSAGE_EVENTS_WITH_CONTENT = Set.of("MESSAGE_CREATE", "MESSAGE_UPDATE");
    private static final Duration LONGEST_HOLD = Duration.ofSeconds(8);

    private final FakeDiscord fake;
    private final Object monitor = new Object();
    private final Map<String, GatewaySession> sessions = new ConcurrentHashMap<>();
    private final List<GatewayConnection> connections = new CopyOnWriteArrayList<>();
    private final List<Integer> clientCloseCodes = new CopyOnWriteArrayList<>();
    private final Map<Integer, Integer> receivedOps = new ConcurrentHashMap<>();
    private volatile int heartbeatIntervalMillis = 41_250;
    private volatile boolean acknowledgeHeartbeats = true;
    private volatile boolean rejectPrivilegedIntents;
    private volatile boolean holdingNewConnections;
    private volatile int replayCapacity = 100_000;
    private volatile int nextIdentifyCloseCode;
    private volatile String nextIdentifyCloseReason;
    private int connectionsOpened;
    private int identifies;
    private int resumes;
    private int refusedResumes;
    private int replayedDispatches;
    private int lastIdentifyIntents;

    FakeGateway(FakeDiscord fake) {
        this.fake = fake;
    }

    FakeDiscord fake() {
        return fake;
    }

    // ---- settings ------------------------------------------------------------------------------

    /** The heartbeat interval sent in HELLO (Discord's is 41.25 s); set before the client connects. */
    public FakeGateway heartbeatInterval(Duration interval) {
        this.heartbeatIntervalMillis = Math.toIntExact(interval.toMillis());
        return this;
    }

    /** With false, heartbeats go unanswered: the client must see a zombie connection and reconnect. */
    public FakeGateway acknowledgeHeartbeats(boolean acknowledge) {
        this.acknowledgeHeartbeats = acknowledge;
        return this;
    }

    /** With true, an IDENTIFY asking for a privileged intent is closed with 4014, as for an app without them. */
    public FakeGateway rejectPrivilegedIntents(boolean reject) {
        this.rejectPrivilegedIntents = reject;
        return this;
    }

    /**
     * Closes the next IDENTIFY with this close code, e.g. 4004 for a token the gateway rejects
     * although REST accepted it, or 4013 for invalid intents.
     */
    public FakeGateway closeNextIdentify(int closeCode, String reason) {
        this.nextIdentifyCloseReason = reason;
        this.nextIdentifyCloseCode = closeCode;
        return this;
    }

    /** How many dispatches a session keeps for RESUME; an older sequence gets INVALID_SESSION. */
    public FakeGateway replayCapacity(int dispatches) {
        this.replayCapacity = dispatches;
        return this;
    }

    /**
     * New gateway connections wait (at most 8 s, the client's handshake timeout is 10 s) until
     * {@link #releaseNewConnections()}: events pushed meanwhile can only arrive by RESUME replay.
     */
    public FakeGateway holdNewConnections() {
        holdingNewConnections = true;
        return this;
    }

    public FakeGateway releaseNewConnections() {
        synchronized (monitor) {
            holdingNewConnections = false;
            monitor.notifyAll();
        }
        return this;
    }

    // ---- failures ------------------------------------------------------------------------------

    /** Sends op 7 RECONNECT on every open connection: the client must reconnect and RESUME. */
    public void requestReconnect() {
        sendToAll("{\"op\":7,\"d\":null}");
    }

    /**
     * Sends op 9 INVALID_SESSION on every open connection. Not resumable: the sessions end and the
     * client must IDENTIFY again (JDA waits about 5 s between identifies).
     */
    public void invalidateSessions(boolean resumable) {
        if (!resumable) {
            sessions.values().forEach(GatewaySession::invalidate);
        }
        sendToAll("{\"op\":9,\"d\":" + resumable + "}");
    }

    /** Closes every open connection with a close code, e.g. 4000 (resume), 4004, 4014 (fatal). */
    public void close(int code, String reason) {
        connections.forEach(connection -> connection.close(code, reason));
    }

    /** Drops every open connection's TCP socket without a close frame: the client must RESUME. */
    public void dropConnections() {
        connections.forEach(GatewayConnection::drop);
    }

    // ---- pushing -------------------------------------------------------------------------------

    /**
     * Sends a dispatch ({@code op 0}) of any type with any payload to every live session the event's
     * intent reaches. Events pushed while a session has no connection are replayed on RESUME.
     *
     * @throws IllegalStateException when no client has identified yet
     */
    public void dispatch(String type, JsonNode data) {
        List<GatewaySession> live = sessions.values().stream().filter(session -> !session.isInvalidated()).toList();
        if (live.isEmpty()) {
            throw new IllegalStateException("No gateway session to push " + type
                    + " to: log a client in (and wait until it is ready) first");
        }
        Integer intent = INTENT_OF_EVENT.get(type);
        String full = null;
        String withoutContent = null;
        for (GatewaySession session : live) {
            if (intent != null && !session.hasIntent(intent)) {
                continue;
            }
            if (MESSAGE_EVENTS_WITH_CONTENT.contains(type) && !session.hasIntent(MESSAGE_CONTENT)
                    && !mentionsBot(data)) {
                if (withoutContent == null) {
                    withoutContent = fake.write(withoutContent(data));
                }
                session.dispatch(type, withoutContent);
            } else {
                if (full == null) {
                    full = fake.write(data);
                }
                session.dispatch(type, full);
            }
        }
    }

    /** GUILD_CREATE for every live session, shaped by the large threshold that session asked for. */
    void dispatchGuildCreate(FakeGuild guild) {
        List<GatewaySession> live = sessions.values().stream().filter(session -> !session.isInvalidated()).toList();
        if (live.isEmpty()) {
            throw new IllegalStateException("No gateway session to push GUILD_CREATE to: log a client in first");
        }
        for (GatewaySession session : live) {
            session.dispatch("GUILD_CREATE",
                    fake.write(guild.toGuildCreateJson(session.largeThreshold(), fake.bot().id())));
        }
    }

    // ---- observing -----------------------------------------------------------------------------

    public int connectionsOpened() {
        synchronized (monitor) {
            return connectionsOpened;
        }
    }

    public int openConnections() {
        return connections.size();
    }

    public int identifies() {
        synchronized (monitor) {
            return identifies;
        }
    }

    public int resumes() {
        synchronized (monitor) {
            return resumes;
        }
    }

    /** Dispatches sent again by RESUME replays, all sessions together. */
    public int replayedDispatches() {
        synchronized (monitor) {
            return replayedDispatches;
        }
    }

    /** The intents of the last IDENTIFY. */
    public int lastIdentifyIntents() {
        synchronized (monitor) {
            return lastIdentifyIntents;
        }
    }

    /** How many payloads with this op code clients sent (1 heartbeat, 2 identify, 6 resume, 8 members). */
    public int received(int op) {
        return receivedOps.getOrDefault(op, 0);
    }

    /** The close codes of connections that ended, in order (1006 for a dropped one). */
    public List<Integer> closeCodes() {
        return List.copyOf(clientCloseCodes);
    }

    public void awaitIdentifies(int count, Duration timeout) {
        await(() -> identifies >= count, timeout, () -> count + " IDENTIFY, saw " + identifies);
    }

    public void awaitResumes(int count, Duration timeout) {
        await(() -> resumes >= count, timeout, () -> count + " successful RESUME, saw " + resumes
                + " (refused: " + refusedResumes + ")");
    }

    public void awaitConnectionsOpened(int count, Duration timeout) {
        await(() -> connectionsOpened >= count, timeout,
                () -> count + " gateway connections, saw " + connectionsOpened);
    }

    /** Waits until {@code count} connections have ended (counted since the fake started). */
    public void awaitClosedConnections(int count, Duration timeout) {
        await(() -> clientCloseCodes.size() >= count, timeout,
                () -> count + " closed gateway connections, saw " + clientCloseCodes.size());
    }

    /** Waits until a client has sent {@code count} payloads with {@code op}. */
    public void awaitReceived(int op, int count, Duration timeout) {
        await(() -> received(op) >= count, timeout, () -> count + " payloads with op " + op + ", saw " + received(op));
    }

    // ---- used by the connections and the server ---------------------------------------------

    int heartbeatIntervalMillis() {
        return heartbeatIntervalMillis;
    }

    boolean acknowledgesHeartbeats() {
        return acknowledgeHeartbeats;
    }

    /** The close code (and reason) scripted for this IDENTIFY, once; 0 for none. */
    synchronized int takeIdentifyCloseCode() {
        int code = nextIdentifyCloseCode;
        nextIdentifyCloseCode = 0;
        return code;
    }

    String identifyCloseReason() {
        return nextIdentifyCloseReason;
    }

    boolean rejectsPrivilegedIntents() {
        return rejectPrivilegedIntents;
    }

    String resumeUrl() {
        return fake.resumeGatewayUrl();
    }

    /** Blocks a new connection while {@link #holdNewConnections()} is in force. */
    void awaitAdmission() throws InterruptedException {
        long deadline = System.nanoTime() + LONGEST_HOLD.toNanos();
        synchronized (monitor) {
            while (holdingNewConnections) {
                long left = deadline - System.nanoTime();
                if (left <= 0) {
                    fake.reportProblem("a gateway connection was held for " + LONGEST_HOLD.toSeconds()
                            + " s: call releaseNewConnections() sooner", null);
                    return;
                }
                monitor.wait(Math.max(1, left / 1_000_000));
            }
        }
    }

    void connectionOpened(GatewayConnection connection) {
        connections.add(connection);
        synchronized (monitor) {
            connectionsOpened++;
            monitor.notifyAll();
        }
    }

    void connectionClosed(GatewayConnection connection, int closeCode) {
        connections.remove(connection);
        clientCloseCodes.add(closeCode);
        synchronized (monitor) {
            monitor.notifyAll();
        }
    }

    void countReceived(int op) {
        receivedOps.merge(op, 1, Integer::sum);
        synchronized (monitor) {
            monitor.notifyAll();
        }
    }

    GatewaySession newSession(int intents, int largeThreshold) {
        GatewaySession session = new GatewaySession(UUID.randomUUID().toString().replace("-", ""), intents,
                largeThreshold, replayCapacity);
        sessions.put(session.id(), session);
        return session;
    }

    GatewaySession session(String id) {
        return sessions.get(id);
    }

    void identified(GatewaySession session) {
        synchronized (monitor) {
            identifies++;
            lastIdentifyIntents = session.intents();
            monitor.notifyAll();
        }
    }

    void resumed(int replayed) {
        synchronized (monitor) {
            resumes++;
            replayedDispatches += replayed;
            monitor.notifyAll();
        }
    }

    void resumeRefused() {
        synchronized (monitor) {
            refusedResumes++;
            monitor.notifyAll();
        }
    }

    void shutdown() {
        releaseNewConnections();
    }

    private void sendToAll(String frame) {
        connections.forEach(connection -> connection.send(frame));
    }

    private boolean mentionsBot(JsonNode message) {
        String botId = Json.id(fake.bot().id());
        if (botId.equals(message.path("author").path("id").asText())) {
            return true;
        }
        for (JsonNode mention : message.path("mentions")) {
            if (botId.equals(mention.path("id").asText())) {
                return true;
            }
        }
        return false;
    }

    private static JsonNode withoutContent(JsonNode message) {
        ObjectNode copy = message.deepCopy();
        copy.put("content", "");
        copy.set("embeds", Json.array());
        copy.set("attachments", Json.array());
        copy.set("components", Json.array());
        return copy;
    }

    private void await(BooleanSupplier condition, Duration timeout, java.util.function.Supplier<String> expected) {
        long deadline = System.nanoTime() + timeout.toNanos();
        synchronized (monitor) {
            while (!condition.getAsBoolean()) {
                long left = deadline - System.nanoTime();
                if (left <= 0) {
                    throw new AssertionError("Timed out after " + timeout.toMillis() + " ms waiting for "
                            + expected.get() + fake.diagnostics());
                }
                try {
                    monitor.wait(Math.max(1, left / 1_000_000));
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new AssertionError("Interrupted while waiting for " + expected.get(), e);
                }
            }
        }
    }
}
