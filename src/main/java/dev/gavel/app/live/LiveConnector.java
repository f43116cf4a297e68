package dev.gavel.app.live;

import dev.gavel.app.session.OpenStore;

/** Connects a bot that records into a store. */
public interface LiveConnector {

    /**
     * Logs in with {@code token} and starts recording into {@code store}. Blocks until the bot is
     * connected: call it from a background task.
     *
     * @throws dev.gavel.core.UserFacingException with a sentence when the login fails (invalid token,
     *                                            privileged intents not enabled, no network, Discord unavailable)
     */
    LiveConnection connect(OpenStore store, String token) throws InterruptedException;
}
