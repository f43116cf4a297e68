package dev.gavel.bench;

import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;

import dev.gavel.core.metrics.MessageMetrics;
import dev.gavel.core.metrics.MessageMetricsCalculator;
import dev.gavel.core.model.MessageStat;
import dev.gavel.store.MessageStatsDao;
import dev.gavel.store.Store;

/**
 * Recording rate through the store's single writer: message texts are measured (as the recorder
 * does) and written in batched transactions into a new store, rollups included. Besides the
 * wall-clock rate (which depends on what else the machine runs) it reports the CPU time of the
 * store's writer thread, commits included, and of the whole process.
 */
final class RecordingBenchmark {

    private static final int MESSAGES = 300_000;
    private static final int BATCH = 500;
    private static final int LIVE_EVENTS = 50_000;
    /** Reactions, edits and deletions hit one of the newest this many messages. */
    private static final int RECENT = 5_000;
    private static final long START_MS = 1_735_689_600_000L;
    private static final String[] SAMPLES = {
        "hello there, does anyone know why my build fails?",
        "try `npm ci` then run it again",
        "see https://docs.example.com/guide/getting-started for the steps",
        "```js\nconst answer = 42;\nconsole.log(answer);\n```\nthis prints 42",
        "thanks! that fixed it 👍",
        "I think the issue is in your tsconfig: the [paths](https://www.typescriptlang.org/tsconfig#paths) option",
        "lol",
        "```python\nfor i in range(10):\n    print(i)\n```",
    };

    private final PrintStream out;

    RecordingBenchmark(PrintStream out) {
        this.out = out;
    }

    void run(Path dir) throws Exception {
        Path file = dir.resolve("recording.db");
        for (String suffix : List.of("", "-wal", "-shm")) {
            Files.deleteIfExists(Path.of(file + suffix));
        }
        SplittableRandom random = new SplittableRandom(7);
        MessageMetricsCalculator calculator = new MessageMetricsCalculator();
        List<String> texts = new ArrayList<>(MESSAGES);
        for (int i = 0; i < MESSAGES; i++) {
            texts.add(SAMPLES[random.nextInt(SAMPLES.length)] + " #" + random.nextInt(1000));
        }
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        var system = (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        AtomicLong writerThreadId = new AtomicLong(-1);
        try (Store store = Store.open(file)) {
            store.write(tx -> {
                writerThreadId.set(Thread.currentThread().getId());
                return null;
            }).get();
            long writerCpuBefore = threads.getThreadCpuTime(writerThreadId.get());
            long processCpuBefore = system.getProcessCpuTime();
            long started = System.nanoTime();
            CompletableFuture<?> last = CompletableFuture.completedFuture(null);
            List<MessageStat> batch = new ArrayList<>(BATCH);
            for (int i = 0; i < MESSAGES; i++) {
                long sentAt = START_MS + i * 40L;
                String channel = "c" + random.nextInt(40);
                batch.add(calculator.measure(texts.get(i)).toMessageStat(Long.toString(100_000_000_000L + i), "g", channel,
                        "category-" + channel.hashCode() % 5, "a" + random.nextInt(3000), null, sentAt, random.nextInt(3)));
                if (batch.size() == BATCH) {
                    List<MessageStat> rows = batch;
                    last = store.write(tx -> {
                        tx.dao(MessageStatsDao.class).upsertAll(rows);
                        return null;
                    });
                    batch = new ArrayList<>(BATCH);
                }
            }
            last.get();
            double seconds = (System.nanoTime() - started) / 1e9;
            double writerCpu = (threads.getThreadCpuTime(writerThreadId.get()) - writerCpuBefore) / 1e9;
            double processCpu = (system.getProcessCpuTime() - processCpuBefore) / 1e9;
            out.printf(Locale.ROOT, "Recording through the single writer (metrics + batches of %d, rollups kept): "
                    + "%,d messages in %.1f s = %,.0f messages/s (bar: >= 10,000)%n", BATCH, MESSAGES, seconds, MESSAGES / seconds);
            out.printf(Locale.ROOT, "  CPU: writer thread %.1f s = %.1f µs/message (%,.0f messages per writer CPU second); "
                    + "whole process %.1f s%n", writerCpu, writerCpu * 1e6 / MESSAGES, MESSAGES / writerCpu, processCpu);
            liveMix(store, calculator, random, threads, writerThreadId.get());
        }
    }

    /**
     * Live traffic as the recorder meets it: new messages interleaved with reactions, edits and
     * deletions of recent ones. Each of those ends the run of new messages before it, which goes
     * to the store as one batch; every event is one call of the DAO.
     */
    private void liveMix(Store store, MessageMetricsCalculator calculator, SplittableRandom random, ThreadMXBean threads,
                         long writerThreadId) throws Exception {
        long writerCpuBefore = threads.getThreadCpuTime(writerThreadId);
        long started = System.nanoTime();
        CompletableFuture<?> last = CompletableFuture.completedFuture(null);
        long nextId = 100_000_000_000L + MESSAGES;
        for (int transaction = 0; transaction < LIVE_EVENTS / BATCH; transaction++) {
            List<Consumer<MessageStatsDao>> events = new ArrayList<>(BATCH);
            List<MessageStat> waiting = new ArrayList<>();
            for (int i = 0; i < BATCH; i++) {
                int kind = random.nextInt(100);
                String recent = Long.toString(nextId - 1 - random.nextInt(RECENT));
                if (kind < 55) {
                    long id = nextId++;
                    String channel = "c" + random.nextInt(40);
                    waiting.add(calculator.measure(SAMPLES[random.nextInt(SAMPLES.length)]).toMessageStat(Long.toString(id), "g",
                            channel, "category-" + Math.floorMod(channel.hashCode(), 5), "a" + random.nextInt(3000), null,
                            START_MS + (id - 100_000_000_000L) * 40L, 0));
                    continue;
                }
                if (!waiting.isEmpty()) {
                    List<MessageStat> rows = List.copyOf(waiting);
                    events.add(dao -> dao.upsertAll(rows));
                    waiting.clear();
                }
                if (kind < 85) {
                    int delta = kind < 75 ? 1 : -1;
                    events.add(dao -> dao.addReactions(recent, delta));
                } else if (kind < 95) {
                    MessageMetrics edited = calculator.measure(SAMPLES[random.nextInt(SAMPLES.length)] + " (edited)");
                    events.add(dao -> dao.updateContent(recent, edited.wordCount(), edited.charCount(), edited.codeStatsJson(),
                            edited.linkStatsJson()));
                } else {
                    events.add(dao -> dao.delete(recent));
                }
            }
            if (!waiting.isEmpty()) {
                List<MessageStat> rows = List.copyOf(waiting);
                events.add(dao -> dao.upsertAll(rows));
            }
            last = store.write(tx -> {
                MessageStatsDao dao = tx.dao(MessageStatsDao.class);
                events.forEach(event -> event.accept(dao));
                return null;
            });
        }
        last.get();
        double seconds = (System.nanoTime() - started) / 1e9;
        double writerCpu = (threads.getThreadCpuTime(writerThreadId) - writerCpuBefore) / 1e9;
        out.printf(Locale.ROOT, "Live mix (55%% new messages, 30%% reactions, 10%% edits, 5%% deletions; one DAO call per event, "
                + "runs of new messages batched): %,d events in %.1f s = %,.0f events/s%n", LIVE_EVENTS, seconds, LIVE_EVENTS / seconds);
        out.printf(Locale.ROOT, "  CPU: writer thread %.1f s = %.1f µs/event%n%n", writerCpu, writerCpu * 1e6 / LIVE_EVENTS);
    }
}
