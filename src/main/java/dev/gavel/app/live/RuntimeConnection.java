package dev.gavel.app.live;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

import dev.gavel.app.session.GuildDirectory;
import dev.gavel.app.session.OpenStore;
import dev.gavel.app.session.StoreGuildDirectory;
import dev.gavel.app.shell.LiveSignal;
import dev.gavel.app.task.UiExecutor;
import dev.gavel.core.model.ChannelInfo;
import dev.gavel.core.model.Role;
import dev.gavel.discord.BackfillProgress;
import dev.gavel.discord.BotRuntime;
import dev.gavel.discord.LiveDirectory;
import dev.gavel.discord.RuntimeStatus;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A running {@link BotRuntime} as the console sees it. The runtime's status arrives on its own
 * thread and is handed to the JavaFX thread here, the one bridge between the two; listeners are
 * released through the handles they get.
 *
 * <p>Recorded activity: the runtime counts events without telling their guild, so every guild's
 * {@link LiveSignal} listeners hear each new count (pages throttle their refreshes).
 */
final class RuntimeConnection implements LiveConnection {

    private static final Logger log = LoggerFactory.getLogger(RuntimeConnection.class);

    private final BotRuntime runtime;
    private final UiExecutor executor;
    private final LiveDirectory live;
    private final GuildDirectory stored;
    private final String botName;
    private final List<Consumer<ConnectionStatus>> statusListeners = new CopyOnWriteArrayList<>();
    private final Map<Runnable, String> activityListeners = new ConcurrentHashMap<>();
    private final AutoCloseable runtimeListener;
    private long eventsSeen;

    RuntimeConnection(BotRuntime runtime, OpenStore store, UiExecutor executor) {
        this.runtime = runtime;
        this.executor = executor;
        this.live = new LiveDirectory(runtime);
        this.stored = new StoreGuildDirectory(store.reads());
        this.botName = live.botName().orElse("the bot");
        this.eventsSeen = runtime.status().eventsRecorded();
        this.runtimeListener = runtime.addListener(status -> executor.runOnUi(() -> deliver(map(status))));
    }

    @Override
    public String botName() {
        return botName;
    }

    @Override
    public ConnectionStatus status() {
        return map(runtime.status());
    }

    @Override
    public LiveSignal.Subscription onStatus(Consumer<ConnectionStatus> listener) {
        statusListeners.add(listener);
        return () -> statusListeners.remove(listener);
    }

    @Override
    public LiveSignal signal() {
        return (guildId, listener) -> {
            Runnable registered = listener::run;
            activityListeners.put(registered, guildId);
            return () -> activityListeners.remove(registered);
        };
    }

    @Override
    public GuildDirectory directory() {
        return new GuildDirectory() {
            @Override
            public List<ChannelInfo> channels(String guildId) {
                return live.isAvailable() ? live.channels(guildId) : stored.channels(guildId);
            }

            @Override
            public List<Role> roles(String guildId) {
                return live.isAvailable() ? live.roles(guildId) : stored.roles(guildId);
            }

            @Override
            public boolean checksPermissions() {
                return live.isAvailable();
            }

            @Override
            public Optional<String> whyBotCannotPost(String guildId, String channelId) {
                return live.isAvailable() ? live.whyBotCannotPost(guildId, channelId) : Optional.empty();
            }
        };
    }

    @Override
    public void cancelBackfill() {
        runtime.cancelBackfill();
    }

    @Override
    public void disconnect() {
        try {
            runtimeListener.close();
        } catch (Exception e) {
            log.warn("The console's runtime listener could not be removed", e);
        }
        runtime.stop();
    }

    /** On the JavaFX thread. */
    private void deliver(ConnectionStatus status) {
        statusListeners.forEach(listener -> listener.accept(status));
        if (status.eventsRecorded() > eventsSeen) {
            eventsSeen = status.eventsRecorded();
            activityListeners.keySet().forEach(Runnable::run);
        }
    }

    private static ConnectionStatus map(RuntimeStatus status) {
        BackfillProgress b = status.backfill();
        return new ConnectionStatus(ConnectionStatus.State.valueOf(status.connection().name()), status.reason(),
                status.eventsRecorded(), new ConnectionStatus.Backfill(b.channelsDone(), b.channelsTotal(), b.messagesFetched(),
                b.running(), b.cancelled()),
                status.guilds().stream().map(g -> new LiveGuild(g.id(), g.name(), g.iconUrl())).toList());
    }
}
