package dev.gavel.app.session;

import dev.gavel.app.live.LiveConnection;
import dev.gavel.app.shell.LiveSignal;

/**
 * What the console works on once past the start screen: an open store, and the bot recording into
 * it when the console connected one.
 */
public final class ConsoleSession {

    /** Who the settings history names for a change made in the console with no bot connected. */
    public static final String CONSOLE = "console";

    private final OpenStore store;
    private final LiveConnection live;

    public ConsoleSession(OpenStore store, LiveConnection live) {
        this.store = store;
        this.live = live;
    }

    public static ConsoleSession offline(OpenStore store) {
        return new ConsoleSession(store, null);
    }

    public OpenStore store() {
        return store;
    }

    public boolean isLive() {
        return live != null;
    }

    /** The connected bot; null offline. */
    public LiveConnection live() {
        return live;
    }

    public LiveSignal signal() {
        return live != null ? live.signal() : LiveSignal.NONE;
    }

    public GuildDirectory directory() {
        return live != null ? live.directory() : new StoreGuildDirectory(store.reads());
    }

    /** Who a settings change is recorded as made by: the connected bot's user, else "console". */
    public String changedBy() {
        return live != null ? live.botName() : CONSOLE;
    }

    /** Stops the bot (writing what it recorded), then closes the store. Blocks: call it off the JavaFX thread. */
    public void close() {
        try {
            if (live != null) {
                live.disconnect();
            }
        } finally {
            store.close();
        }
    }
}
