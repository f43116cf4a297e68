package dev.gavel.app.live;

import java.util.List;

/**
 * What the status bar shows of a connected bot, in the console's own terms (the views never see
 * the Discord client's types).
 *
 * @param reason a sentence when the state is not {@link State#CONNECTED}; null otherwise
 */
public record ConnectionStatus(State state, String reason, long eventsRecorded, Backfill backfill, List<LiveGuild> guilds) {

    public enum State { CONNECTING, CONNECTED, RESUMING, OFFLINE }

    /** How far filling in missed history is; {@code cancelled}: stopped by the user, resumed on the next connect. */
    public record Backfill(int channelsDone, int channelsTotal, long messagesFetched, boolean running, boolean cancelled) {
        public static final Backfill NONE = new Backfill(0, 0, 0, false, false);
    }

    public ConnectionStatus {
        guilds = List.copyOf(guilds);
        backfill = backfill == null ? Backfill.NONE : backfill;
    }
}
