package dev.gavel.discord.fake;

import java.util.ArrayDeque;
import java.util.Iterator;

/**
 * One gateway session (from IDENTIFY until invalidated): its sequence numbers, the dispatches a
 * RESUME can replay, and the connection it currently speaks through (none during an outage).
 */
final class GatewaySession {

    private final String id;
    private final int intents;
    private final int largeThreshold;
    private final int replayCapacity;
    private final ArrayDeque<String> replayable = new ArrayDeque<>();
    private long sequence;
    private long oldestReplayable = 1;
    private GatewayConnection connection;
    private boolean invalidated;

    GatewaySession(String id, int intents, int largeThreshold, int replayCapacity) {
        this.id = id;
        this.intents = intents;
        this.largeThreshold = largeThreshold;
        this.replayCapacity = replayCapacity;
    }

    String id() {
        return id;
    }

    int intents() {
        return intents;
    }

    int largeThreshold() {
        return largeThreshold;
    }

    boolean hasIntent(int intentBit) {
        return (intents & intentBit) == intentBit;
    }

    synchronized boolean isInvalidated() {
        return invalidated;
    }

    synchronized void invalidate() {
        invalidated = true;
    }

    synchronized void attach(GatewayConnection newConnection) {
        connection = newConnection;
    }

    synchronized void detach(GatewayConnection closed) {
        if (connection == closed) {
            connection = null;
        }
    }

    /** Numbers, keeps and (when connected) sends a dispatch; {@code data} is the JSON of "d". */
    synchronized void dispatch(String type, String data) {
        long seq = ++sequence;
        String frame = "{\"op\":0,\"s\":" + seq + ",\"t\":\"" + type + "\",\"d\":" + data + "}";
        replayable.addLast(frame);
        if (replayable.size() > replayCapacity) {
            replayable.removeFirst();
            oldestReplayable++;
        }
        if (connection != null) {
            connection.send(frame);
        }
    }

    /**
     * Moves the session onto {@code resumed} and replays what came after {@code lastSequence}, then
     * RESUMED. Returns the number replayed, or -1 when the session cannot be resumed (invalidated, or
     * the sequence is older than what is kept).
     */
    synchronized int resume(GatewayConnection resumed, long lastSequence, String resumedData) {
        if (invalidated || lastSequence < oldestReplayable - 1 || lastSequence > sequence) {
            return -1;
        }
        if (connection != null && connection != resumed) {
            connection.drop();
        }
        connection = resumed;
        int replayed = 0;
        long seq = oldestReplayable;
        for (Iterator<String> frames = replayable.iterator(); frames.hasNext(); seq++) {
            String frame = frames.next();
            if (seq > lastSequence) {
                resumed.send(frame);
                replayed++;
            }
        }
        dispatch("RESUMED", resumedData);
        return replayed;
    }
}
