package dev.gavel.bench;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;

import dev.gavel.core.metrics.MessageMetricsCalculator;
import dev.gavel.discord.BotRuntime;
import dev.gavel.discord.JdaFactory;
import dev.gavel.discord.RuntimeSettings;
import dev.gavel.discord.fake.FakeChannel;
import dev.gavel.discord.fake.FakeDiscord;
import dev.gavel.discord.fake.FakeGuild;
import dev.gavel.discord.fake.FakeMessage;
import dev.gavel.discord.fake.FakeUser;
import dev.gavel.store.MessageStatsDao;
import dev.gavel.store.Store;

/**
 * Recording end to end (issue 3): messages pushed as gateway frames by the fake Discord on
 * 127.0.0.1, received by the real JDA, recorded by the real runtime into a real store. Prints the
 * throughput when pushed as fast as possible, and the lag from push to committed row at a steady
 * 5,000 messages/s.
 */
final class EndToEndRecordingBenchmark implements Benchmark.BenchmarkPart {

    private static final int FLOOD = 50_000;
    private static final int PACED_RATE = 5_000;
    private static final int PACED_SECONDS = 10;
    private static final int LAG_SAMPLE_EVERY = 250;
    private static final String[] TEXTS = {
        "hello there, does anyone know why my build fails?", "try `npm ci` then run it again",
        "see https://docs.example.com/guide for the steps", "```js\nconst answer = 42;\n```\nthis prints 42", "lol",
    };

    @Override
    public void run(Path dir, PrintStream out) throws Exception {
        Path file = dir.resolve("end-to-end.db");
        for (String suffix : List.of("", "-wal", "-shm")) {
            Files.deleteIfExists(Path.of(file + suffix));
        }
        try (FakeDiscord fake = FakeDiscord.start(); Store store = Store.open(file)) {
            fake.keepPushedMessages(false);
            FakeGuild guild = fake.addGuild("Benchmark");
            FakeChannel category = guild.addCategory("Talk");
            List<FakeChannel> channels = new ArrayList<>();
            for (int i = 0; i < 20; i++) {
                channels.add(guild.addTextChannel("channel-" + i, category));
            }
            List<FakeUser> authors = new ArrayList<>();
            for (int i = 0; i < 300; i++) {
                FakeUser user = fake.addUser("member" + i);
                guild.addMember(user);
                authors.add(user);
            }
            BotRuntime runtime = new BotRuntime(store, new JdaFactory(fake.endpoints()), RuntimeSettings.DEFAULT, List.of(),
                    new MessageMetricsCalculator(), Clock.systemUTC());
            runtime.start(fake.token()).get(60, TimeUnit.SECONDS);
            try {
                String guildId = Long.toString(guild.id());
                long before = count(store, guildId);
                long started = System.nanoTime();
                for (int i = 0; i < FLOOD; i++) {
                    fake.pushMessage(channels.get(i % channels.size()), authors.get(i % authors.size()), TEXTS[i % TEXTS.length]);
                }
                double pushSeconds = (System.nanoTime() - started) / 1e9;
                awaitCount(store, guildId, before + FLOOD);
                double seconds = (System.nanoTime() - started) / 1e9;
                out.printf(Locale.ROOT, "End-to-end recording (fake Discord -> JDA -> runtime -> store), pushed as fast as possible:%n"
                        + "  %,d messages pushed in %.1f s, all committed after %.1f s = %,.0f messages/s (bar: >= 5,000)%n",
                        FLOOD, pushSeconds, seconds, FLOOD / seconds);

                double[] lags = paced(fake, store, channels, authors);
                Arrays.sort(lags);
                out.printf(Locale.ROOT, "  at a steady %,d messages/s for %d s: lag push -> committed row p50 %.0f ms, p95 %.0f ms, "
                        + "max %.0f ms (bar: < 1 s)%n%n", PACED_RATE, PACED_SECONDS, lags[lags.length / 2],
                        lags[(int) (lags.length * 0.95)], lags[lags.length - 1]);
            } finally {
                runtime.stop();
            }
        }
    }

    /** Pushes at a steady rate; every few messages, measures how long until its row is committed. */
    private static double[] paced(FakeDiscord fake, Store store, List<FakeChannel> channels, List<FakeUser> authors) {
        int total = PACED_RATE * PACED_SECONDS;
        long interval = TimeUnit.SECONDS.toNanos(1) / PACED_RATE;
        List<long[]> samples = new ArrayList<>();
        List<FakeMessage> sampled = new ArrayList<>();
        long start = System.nanoTime();
        for (int i = 0; i < total; i++) {
            long due = start + i * interval;
            long wait = due - System.nanoTime();
            if (wait > 0) {
                LockSupport.parkNanos(wait);
            }
            FakeMessage message = fake.pushMessage(channels.get(i % channels.size()), authors.get(i % authors.size()),
                    TEXTS[i % TEXTS.length]);
            if (i % LAG_SAMPLE_EVERY == 0) {
                sampled.add(message);
                samples.add(new long[] {System.nanoTime(), -1});
            }
            if (i % 50 == 0) {
                markCommitted(store, sampled, samples);
            }
        }
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (samples.stream().anyMatch(sample -> sample[1] < 0) && System.nanoTime() < deadline) {
            markCommitted(store, sampled, samples);
            LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(5));
        }
        return samples.stream().mapToDouble(sample -> sample[1] < 0 ? Double.POSITIVE_INFINITY : (sample[1] - sample[0]) / 1e6)
                .toArray();
    }

    private static void markCommitted(Store store, List<FakeMessage> sampled, List<long[]> samples) {
        for (int i = 0; i < sampled.size(); i++) {
            long[] sample = samples.get(i);
            if (sample[1] < 0) {
                String id = Long.toString(sampled.get(i).id());
                boolean present = store.read(MessageStatsDao.class, dao -> dao.find(id)).isPresent();
                if (!present) {
                    return;
                }
                sample[1] = System.nanoTime();
            }
        }
    }

    private static long count(Store store, String guildId) {
        return store.read(MessageStatsDao.class, dao -> dao.count(guildId));
    }

    private static void awaitCount(Store store, String guildId, long expected) {
        long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(5);
        while (count(store, guildId) < expected) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("Only " + count(store, guildId) + " of " + expected + " rows after 5 minutes");
            }
            LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(20));
        }
    }
}
