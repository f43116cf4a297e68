package dev.gavel.discord;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gavel.core.metrics.MessageMetricsCalculator;
import dev.gavel.core.model.MessageStat;
import dev.gavel.discord.fake.FakeDiscord;
import dev.gavel.discord.fake.FakeMessage;
import dev.gavel.store.MessageStatsDao;
import dev.gavel.store.Store;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;

/** A real runtime on a real store, connected to a fake Discord; every wait bounded. */
final class RuntimeHarness implements AutoCloseable {

    static final Duration WAIT = Duration.ofSeconds(15);
    static final RuntimeSettings FAST = RuntimeSettings.DEFAULT.withSessionRefresh(Duration.ofMillis(100))
            .withLoginTimeout(Duration.ofSeconds(20));

    final FakeDiscord fake;
    final Path storeFile;
    final Store store;
    private BotRuntime runtime;

    RuntimeHarness(FakeDiscord fake, Path storeFile) {
        this.fake = fake;
        this.storeFile = storeFile;
        this.store = Store.open(storeFile);
    }

    BotRuntime start() {
        return start(FAST);
    }

    BotRuntime start(RuntimeSettings settings) {
        runtime = newRuntime(settings);
        join(runtime.start(fake.token()));
        return runtime;
    }

    BotRuntime newRuntime(RuntimeSettings settings) {
        return new BotRuntime(store, new JdaFactory(fake.endpoints()), settings, List.of(),
                new MessageMetricsCalculator(), Clock.systemUTC());
    }

    BotRuntime runtime() {
        return runtime;
    }

    /** Stops the runtime (as a shutdown would); the store stays open. */
    void stop() {
        if (runtime != null) {
            runtime.stop();
        }
    }

    Optional<MessageStat> row(FakeMessage message) {
        return store.read(MessageStatsDao.class, dao -> dao.find(Long.toString(message.id())));
    }

    MessageStat awaitRow(FakeMessage message) {
        await(() -> row(message).isPresent(), () -> "a row for " + message);
        return row(message).orElseThrow();
    }

    void awaitRow(FakeMessage message, java.util.function.Predicate<MessageStat> condition, String what) {
        await(() -> row(message).filter(condition).isPresent(), () -> what + " for " + message + "; the row is " + row(message));
    }

    /** Every row of the guild, by message id. */
    java.util.Map<String, MessageStat> rowsById(long guildId) {
        List<MessageStat> rows = store.read(MessageStatsDao.class, dao -> dao.listBetween(Long.toString(guildId), 0, Long.MAX_VALUE));
        java.util.Map<String, MessageStat> byId = new java.util.HashMap<>();
        rows.forEach(row -> byId.put(row.messageId(), row));
        return byId;
    }

    long rowCount(long guildId) {
        Long count = store.read(MessageStatsDao.class, dao -> dao.count(Long.toString(guildId)));
        return count;
    }

    void awaitRowCount(long guildId, long expected) {
        await(() -> rowCount(guildId) == expected, () -> expected + " rows in guild " + guildId + ", got " + rowCount(guildId));
    }

    /** Waits until the recorder has written everything handed to it so far. */
    void awaitIdle() {
        await(() -> runtime.status().backfill().running() == false, () -> "the backfill to finish: " + runtime.status());
    }

    static void await(BooleanSupplier condition, Supplier<String> what) {
        long deadline = System.nanoTime() + WAIT.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("Timed out after " + WAIT.toSeconds() + " s waiting for " + what.get());
            }
            try {
                Thread.sleep(20);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError("interrupted", e);
            }
        }
    }

    static <T> T join(java.util.concurrent.CompletableFuture<T> future) {
        try {
            return future.get(WAIT.toMillis() + 10_000, TimeUnit.MILLISECONDS);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException runtimeException) {
                throw runtimeException;
            }
            throw new AssertionError(e.getCause());
        } catch (TimeoutException e) {
            throw new AssertionError("Timed out", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    static void assertMeasured(MessageStat row, String content) {
        var metrics = new MessageMetricsCalculator().measure(content);
        assertThat(row.wordCount()).as("words of %s", content).isEqualTo(metrics.wordCount());
        assertThat(row.charCount()).as("chars of %s", content).isEqualTo(metrics.charCount());
        assertThat(row.codeStats()).isEqualTo(metrics.codeStatsJson());
        assertThat(row.linkStats()).isEqualTo(metrics.linkStatsJson());
    }

    @Override
    public void close() {
        stop();
        store.close();
    }
}
