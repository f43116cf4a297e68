package dev.gavel.app.live;

import java.util.function.Consumer;

import dev.gavel.app.session.GuildDirectory;
import dev.gavel.app.shell.LiveSignal;

/** A bot connected through the console, recording into the open store. */
public interface LiveConnection {

    /** The bot's name, written as "who" in the settings history. */
    String botName();

    ConnectionStatus status();

    /** Tells {@code listener} every change of status, on the JavaFX thread; close the handle to stop. */
    LiveSignal.Subscription onStatus(Consumer<ConnectionStatus> listener);

    /** Fires when activity was recorded for a guild. */
    LiveSignal signal();

    /** The guilds' channels and roles as Discord has them now, and what the bot may do there. */
    GuildDirectory directory();

    void cancelBackfill();

    /** Stops the bot (blocks until it has written what it recorded): call it off the JavaFX thread. */
    void disconnect();
}
