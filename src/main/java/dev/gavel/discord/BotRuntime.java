package dev.gavel.discord;

import dev.gavel.core.UserFacingException;
import dev.gavel.core.metrics.MessageMetricsCalculator;
import dev.gavel.recording.Recorder;
import dev.gavel.store.Store;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import net.dv8tion.jda.api.JDA;
import net.dv8tion.jda.api.entities.Guild;
import net.dv8tion.jda.api.events.GenericEvent;
import net.dv8tion.jda.api.events.StatusChangeEvent;
import net.dv8tion.jda.api.events.guild.GenericGuildEvent;
import net.dv8tion.jda.api.events.session.ShutdownEvent;
import net.dv8tion.jda.api.hooks.EventListener;
import net.dv8tion.jda.api.interactions.commands.build.CommandData;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The bot: connects to Discord with a token, records what happens into the store, fills the gaps
 * of history, and runs the {@link RuntimeFeature}s it was given. The console's live mode and
 * {@code gavel bot} use it alike.
 *
 * <p>One runtime connects once: {@link #start(String)}, then {@link #stop()}; to connect again,
 * build a new one. It never owns the store (the caller closes it after {@link #stop()}).
 *
 * <p>Threads: JDA's threads only copy events and hand them over; the recorder measures and writes
 * on its own thread; status changes reach {@link RuntimeListener}s on the runtime's status thread;
 * {@link #start} checks the token on the runtime's start thread, never the caller's.
 */
public final class BotRuntime {

    private static final Logger log = LoggerFactory.getLogger(BotRuntime.class);
    private static final long STATUS_COALESCE_MILLIS = 100;

    private final Store store;
    private final JdaFactory jdaFactory;
    private final RuntimeSettings settings;
    private final List<RuntimeFeature> features;
    private final Recorder recorder;
    private final Backfill backfill;
    private final Clock clock;
    private final List<RuntimeListener> listeners = new CopyOnWriteArrayList<>();
    private final ScheduledExecutorService statusThread;
    private final ExecutorService startThread;
    private final AtomicBoolean started = new AtomicBoolean();
    private final AtomicBoolean stopped = new AtomicBoolean();
    private final AtomicBoolean publishScheduled = new AtomicBoolean();
    private final CompletableFuture<Void> terminated = new CompletableFuture<>();
    private final CompletableFuture<Void> stopDone = new CompletableFuture<>();
    private volatile LoginFailure endedByDiscord;
    private volatile JDA jda;
    private volatile ConnectionState connection = ConnectionState.OFFLINE;
    private volatile String reason = "Not connected.";
    private volatile boolean everConnected;
    private long eventsAtLastLog;

    public BotRuntime(Store store, JdaFactory jdaFactory, RuntimeSettings settings, List<RuntimeFeature> features,
            MessageMetricsCalculator calculator, Clock clock) {
        this.store = store;
        this.jdaFactory = jdaFactory;
        this.settings = settings;
        this.features = List.copyOf(features);
        this.clock = clock;
        this.recorder = new Recorder(store, calculator, new Recorder.Settings(settings.sessionRefresh(), 5_000), clock,
                new Recorder.Listener() {
                    @Override
                    public void committed(long eventsRecorded) {
                        requestPublish();
                    }

                    @Override
                    public void writeFailed(String failure) {
                        reason = failure;
                        requestPublish();
                    }
                });
        this.backfill = new Backfill(recorder, settings.backfillHorizon(), settings.backfillParallelism(), clock,
                this::requestPublish);
        this.statusThread = Executors.newSingleThreadScheduledExecutor(runnable -> daemon(runnable, "gavel-runtime-status"));
        this.startThread = Executors.newSingleThreadExecutor(runnable -> daemon(runnable, "gavel-runtime-start"));
    }

    /**
     * Connects: checks the token, opens the gateway session, and starts recording. The future
     * completes once the bot is connected and every guild has arrived, or fails with a
     * {@link LoginFailure} (bad token, privileged intents off, Discord unreachable) after which the
     * runtime is stopped. Never blocks the caller.
     */
    public CompletableFuture<Void> start(String token) {
        if (!started.compareAndSet(false, true)) {
            throw new IllegalStateException("A runtime connects once; build a new one to connect again");
        }
        if (store.isReadOnly()) {
            throw new UserFacingException(store.file() + " is open read-only; the bot records into a Gavel store only.");
        }
        setConnection(ConnectionState.CONNECTING, "Connecting to Discord.");
        recorder.start();
        statusThread.scheduleAtFixedRate(this::logProgress, settings.progressLogInterval().toMillis(),
                settings.progressLogInterval().toMillis(), TimeUnit.MILLISECONDS);
        return CompletableFuture.runAsync(() -> connect(token), startThread).whenComplete((ok, failure) -> {
            if (failure != null) {
                Throwable cause = failure.getCause() != null ? failure.getCause() : failure;
                setConnection(ConnectionState.OFFLINE, cause instanceof UserFacingException ? cause.getMessage()
                        : "The connection failed: " + cause);
                stopQuietly();
            }
        });
    }

    /**
     * Completes when the runtime has stopped: normally after {@link #stop()}, exceptionally with a
     * {@link LoginFailure} when Discord ended the session for good (the token was reset, ...).
     */
    public CompletableFuture<Void> terminated() {
        return terminated.copy();
    }

    /**
     * Stops in order: stop taking events, cancel the backfill, write what was recorded and close the
     * session row, tell the features, shut the client down. Each step is bounded by the stop timeout.
     * The store stays open.
     */
    public void stop() {
        if (!stopped.compareAndSet(false, true)) {
            awaitStopDone();
            return;
        }
        try {
            stopInOrder();
        } finally {
            stopDone.complete(null);
            LoginFailure failure = endedByDiscord;
            if (failure != null) {
                terminated.completeExceptionally(failure);
            } else {
                terminated.complete(null);
            }
        }
    }

    private void awaitStopDone() {
        try {
            stopDone.get(settings.stopTimeout().multipliedBy(3).toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (java.util.concurrent.ExecutionException | java.util.concurrent.TimeoutException e) {
            log.warn("The bot did not finish stopping in time");
        }
    }

    private void stopInOrder() {
        log.info("Stopping the bot");
        recorder.stopAccepting();
        backfill.cancel();
        recorder.close(settings.stopTimeout());
        for (RuntimeFeature feature : features) {
            try {
                feature.stopping();
            } catch (RuntimeException e) {
                log.error("Feature {} failed while stopping", feature.name(), e);
            }
        }
        JDA client = jda;
        if (client != null) {
            client.shutdown();
            try {
                if (!client.awaitShutdown(settings.stopTimeout())) {
                    client.shutdownNow();
                }
            } catch (InterruptedException e) {
                client.shutdownNow();
                Thread.currentThread().interrupt();
            }
        }
        startThread.shutdown();
        if (connection != ConnectionState.OFFLINE || reason == null) {
            setConnection(ConnectionState.OFFLINE, "Stopped.");
        }
        deliverStatus();
        statusThread.shutdown();
        log.info("Bot stopped: {} events recorded", recorder.eventsRecorded());
    }

    public RuntimeStatus status() {
        JDA client = jda;
        List<GuildSummary> guilds = new ArrayList<>();
        if (client != null && connection != ConnectionState.OFFLINE) {
            for (Guild guild : client.getGuilds()) {
                guilds.add(new GuildSummary(guild.getId(), guild.getName(), guild.getIconUrl()));
            }
        }
        return new RuntimeStatus(connection, connection == ConnectionState.CONNECTED ? null : reason,
                recorder.eventsRecorded(), backfill.progress(), guilds);
    }

    /** Adds a listener; it is told the current status at once. Returns what removes it. */
    public AutoCloseable addListener(RuntimeListener listener) {
        listeners.add(listener);
        requestPublish();
        return () -> listeners.remove(listener);
    }

    /** Cancels the backfill in progress; the next connect goes on where it stopped. */
    public void cancelBackfill() {
        backfill.cancel();
    }

    /** The connected client, for features the console drives (null before the start and after the stop). */
    public JDA client() {
        return connection == ConnectionState.OFFLINE ? null : jda;
    }

    private void connect(String token) {
        List<Object> jdaListeners = new ArrayList<>();
        jdaListeners.add(new ConnectionWatcher());
        RecordingListener recording = new RecordingListener(recorder, backfill, this::guildAvailable, clock);
        jdaListeners.add(recording);
        for (RuntimeFeature feature : features) {
            jdaListeners.addAll(feature.listeners());
        }
        JdaLogin login = jdaFactory.login(token, jdaListeners.toArray());
        jda = login.jda();
        if (stopped.get()) {
            login.jda().shutdownNow();
            throw new UserFacingException("The connection was cancelled.");
        }
        try {
            JDA ready = login.awaitReady(settings.loginTimeout());
            everConnected = true;
            setConnection(ConnectionState.CONNECTED, null);
            log.info("Connected as {} to {} guild(s): {}", ready.getSelfUser().getName(), ready.getGuilds().size(),
                    String.join(", ", ready.getGuilds().stream().map(guild -> guild.getName() + " (" + guild.getId() + ")").toList()));
            for (RuntimeFeature feature : features) {
                try {
                    feature.connected(ready);
                } catch (RuntimeException e) {
                    log.error("Feature {} failed to start", feature.name(), e);
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            login.jda().shutdownNow();
            throw new IllegalStateException("Interrupted while connecting", e);
        }
    }

    private void guildAvailable(Guild guild) {
        List<CommandData> commands = new ArrayList<>();
        features.forEach(feature -> commands.addAll(feature.guildCommands()));
        if (!commands.isEmpty()) {
            guild.updateCommands().addCommands(commands).queue(null,
                    failure -> log.warn("Could not register the commands in guild {}: {}", guild.getId(), failure.toString()));
        }
        requestPublish();
    }

    private void setConnection(ConnectionState state, String why) {
        connection = state;
        reason = why;
        requestPublish();
    }

    private void requestPublish() {
        if (publishScheduled.compareAndSet(false, true)) {
            try {
                statusThread.schedule(this::deliverStatus, STATUS_COALESCE_MILLIS, TimeUnit.MILLISECONDS);
            } catch (java.util.concurrent.RejectedExecutionException stopped) {
                publishScheduled.set(false);
            }
        }
    }

    private void deliverStatus() {
        publishScheduled.set(false);
        RuntimeStatus status = status();
        for (RuntimeListener listener : listeners) {
            try {
                listener.statusChanged(status);
            } catch (RuntimeException e) {
                log.error("A runtime listener failed", e);
            }
        }
    }

    private void logProgress() {
        long events = recorder.eventsRecorded();
        BackfillProgress progress = backfill.progress();
        StringBuilder line = new StringBuilder(String.format("%s; %,d events recorded in the last %d s (%,d in all)",
                connection == ConnectionState.CONNECTED ? "Connected" : connection + ": " + reason,
                events - eventsAtLastLog, settings.progressLogInterval().toSeconds(), events));
        if (progress.running()) {
            line.append(String.format("; backfill %d/%d channels, %,d messages fetched", progress.channelsDone(),
                    progress.channelsTotal(), progress.messagesFetched()));
        }
        eventsAtLastLog = events;
        log.info("{}", line);
    }

    private void stopQuietly() {
        try {
            stop();
        } catch (RuntimeException e) {
            log.error("Stopping after a failed start failed", e);
        }
    }

    private static Thread daemon(Runnable runnable, String name) {
        Thread thread = new Thread(runnable, name);
        thread.setDaemon(true);
        return thread;
    }

    /** Follows the gateway's state for the status bar; notices Discord ending the session for good. */
    private final class ConnectionWatcher implements EventListener {
        @Override
        public void onEvent(GenericEvent event) {
            if (event instanceof StatusChangeEvent change) {
                onStatus(change.getNewStatus());
            } else if (event instanceof ShutdownEvent shutdown && !stopped.get()) {
                LoginFailure failure = LoginReadiness.failureFor(shutdown);
                if (everConnected) {
                    log.error("Discord ended the session: {}", failure.getMessage());
                    endedByDiscord = failure;
                    setConnection(ConnectionState.OFFLINE, failure.getMessage());
                    Thread stopper = new Thread(BotRuntime.this::stopQuietly, "gavel-runtime-stop");
                    stopper.setDaemon(true);
                    stopper.start();
                }
            } else if (event instanceof GenericGuildEvent) {
                requestPublish();
            }
        }

        private void onStatus(JDA.Status status) {
            if (stopped.get()) {
                return;
            }
            switch (status) {
                case CONNECTED -> {
                    if (everConnected) {
                        log.info("Connected to Discord again");
                        setConnection(ConnectionState.CONNECTED, null);
                    }
                }
                case DISCONNECTED, RECONNECT_QUEUED, WAITING_TO_RECONNECT, ATTEMPTING_TO_RECONNECT -> {
                    if (everConnected && connection != ConnectionState.RESUMING) {
                        log.warn("The connection to Discord was lost; reconnecting");
                        setConnection(ConnectionState.RESUMING, "The connection to Discord was lost; reconnecting.");
                    }
                }
                default -> {
                }
            }
        }
    }
}
