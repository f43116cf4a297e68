package dev.gavel.discord;

/**
 * Told when the runtime's status changes, on the runtime's own status thread (never a JDA or
 * JavaFX thread: a console hops to its UI thread itself). Updates are coalesced, so a listener sees
 * the newest status, not every step.
 */
@FunctionalInterface
public interface RuntimeListener {
    void statusChanged(RuntimeStatus status);
}
