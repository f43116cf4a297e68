package dev.gavel.discord;

import java.util.List;

/**
 * What the runtime shows: the connection (and why it is not connected), the events recorded since
 * it started, the backfill's progress and the guilds available.
 *
 * @param reason a sentence for the user when the state is not {@link ConnectionState#CONNECTED}; null otherwise
 */
public record RuntimeStatus(ConnectionState connection, String reason, long eventsRecorded, BackfillProgress backfill,
        List<GuildSummary> guilds) {

    public RuntimeStatus {
        guilds = List.copyOf(guilds);
    }

    public static final RuntimeStatus NOT_STARTED = new RuntimeStatus(ConnectionState.OFFLINE, "Not connected.", 0,
            BackfillProgress.NONE, List.of());
}
