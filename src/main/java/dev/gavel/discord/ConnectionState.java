package dev.gavel.discord;

/** How the runtime is connected to Discord, for the status bar and the log. */
public enum ConnectionState {
    /** Checking the token and opening the first gateway session. */
    CONNECTING,
    /** Receiving events. */
    CONNECTED,
    /** The connection was lost; the client reconnects by itself and Discord replays what was missed. */
    RESUMING,
    /** Not connected: not started, stopped, or Discord refused the session (the status says why). */
    OFFLINE
}
