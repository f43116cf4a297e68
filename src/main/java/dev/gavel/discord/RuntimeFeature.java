package dev.gavel.discord;

import java.util.List;
import net.dv8tion.jda.api.JDA;
import net.dv8tion.jda.api.interactions.commands.build.CommandData;

/**
 * A feature the bot runs while it is connected (tickets, user threads, ...), given to
 * {@link BotRuntime} by the composition root. Recording is built in; features add listeners and
 * commands. Listeners run on JDA's threads and must hand work off at once ({@code queue()}, never
 * {@code complete()}).
 */
public interface RuntimeFeature {

    /** A short name for the log. */
    String name();

    /** JDA event listeners, registered before the first event. */
    default List<Object> listeners() {
        return List.of();
    }

    /**
     * Slash and context commands; the runtime registers every feature's commands together in each
     * guild when it connects and when it joins a guild (per guild: they propagate at once).
     */
    default List<CommandData> guildCommands() {
        return List.of();
    }

    /** Called once the client is ready, on the runtime's thread; must not block for long. */
    default void connected(JDA jda) {
    }

    /** Called when the runtime stops, before the client shuts down. */
    default void stopping() {
    }
}
