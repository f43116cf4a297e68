package dev.gavel.bench;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

import dev.gavel.core.model.GuildSettings;
import dev.gavel.core.stats.DateRange;
import dev.gavel.core.stats.Statistics;
import dev.gavel.core.stats.StatsRequest;
import dev.gavel.demo.DemoOptions;
import dev.gavel.demo.DemoStore;
import dev.gavel.demo.DemoSummary;
import dev.gavel.store.SqlActivityQueries;
import dev.gavel.store.Store;

/**
 * The project's benchmark (PRODUCT.md, quality bars): builds demo stores of the given sizes (once;
 * they are kept under {@code bench.dir}) and prints, for each statistics report, Gavel's time
 * beside the time of the equivalent plain SQL on the raw {@code message_stats} rows as the
 * original bot queries it, then the recording rates. Run it with {@code ./mvnw -B -Pbench verify}
 * (see the README); {@code -Dbench.sizes=1000000} picks the sizes.
 */
public final class Benchmark {

    private static final int WARMUP_RUNS = 2;
    private static final int MEASURED_RUNS = 7;
    private static final int TIMELINE_DAYS = 400;
    private static final ZoneId NEW_YORK = ZoneId.of("America/New_York");

    private final PrintStream out;

    private Benchmark(PrintStream out) {
        this.out = out;
    }

    public static void main(String[] args) throws Exception {
        Path dir = Path.of(System.getProperty("bench.dir", "target/bench"));
        long[] sizes = Arrays.stream(System.getProperty("bench.sizes", "1000000,10000000").split(","))
                .map(String::strip).mapToLong(Long::parseLong).toArray();
        Files.createDirectories(dir);
        Benchmark benchmark = new Benchmark(System.out);
        benchmark.header();
        for (long size : sizes) {
            benchmark.statistics(demoStore(dir, size, benchmark.out));
        }
        new RecordingBenchmark(System.out).run(dir);
        for (BenchmarkPart part : extraParts()) {
            part.run(dir, System.out);
        }
    }

    /** Further parts (end-to-end recording, the console) register here as they are built. */
    private static List<BenchmarkPart> extraParts() {
        return List.of(new EndToEndRecordingBenchmark());
    }

    private void header() {
        out.printf(Locale.ROOT, "Gavel benchmark on %d cores, Java %s, max heap %d MB%n", Runtime.getRuntime().availableProcessors(),
                System.getProperty("java.version"), Runtime.getRuntime().maxMemory() / (1024 * 1024));
        out.printf(Locale.ROOT, "Times are the median of %d runs after %d warm-up runs (min in brackets).%n%n",
                MEASURED_RUNS, WARMUP_RUNS);
    }

    static Path demoStore(Path dir, long messages, PrintStream out) {
        Path file = dir.resolve("demo-" + messages + ".db");
        if (Files.exists(file)) {
            // kept from an earlier run, maybe of an older build: bring its schema up to date
            Store.open(file).close();
            return file;
        }
        out.printf(Locale.ROOT, "Building a demo store of %,d messages over %d days in %s …%n", messages, TIMELINE_DAYS, file);
        long started = System.nanoTime();
        DemoOptions options = new DemoOptions(DemoOptions.DEFAULT_SEED, TIMELINE_DAYS, DemoOptions.defaultMembers(messages),
                messages, DemoOptions.DEFAULT_LAST_DAY);
        DemoSummary summary = DemoStore.create(file, options);
        out.printf(Locale.ROOT, "  built in %.1f s (%,d authors)%n%n", (System.nanoTime() - started) / 1e9, summary.authors());
        return file;
    }

    private void statistics(Path file) throws Exception {
        try (Store store = Store.openReadOnly(file); RawBaseline baseline = RawBaseline.open(file)) {
            Statistics statistics = new Statistics(SqlActivityQueries.of(store), Clock.systemUTC());
            String guild = statistics.guildIds().get(0);
            GuildSettings settings = statistics.settings(guild);
            long messages = baseline.count(guild);
            LocalDate last = DemoOptions.DEFAULT_LAST_DAY;
            StatsRequest days90 = utc(guild, last.minusDays(89), last, settings);
            StatsRequest year = utc(guild, last.minusDays(364), last, settings);
            String topAuthor = statistics.topParticipants(year).participants().get(0).authorId();

            out.printf(Locale.ROOT, "Store %s: %,d messages%n", file.getFileName(), messages);
            out.printf(Locale.ROOT, "  %-44s %16s %16s %8s%n", "report", "Gavel", "plain SQL", "speed-up");
            List<Row> rows = new ArrayList<>();
            rows.add(compare("overview, 90 days (bar: < 200 ms at 10M)", () -> statistics.overview(days90),
                    () -> baseline.overview(guild, days90.range())));
            rows.add(compare("top participants, 1 year (bar: < 500 ms at 10M)", () -> statistics.topParticipants(year),
                    () -> baseline.top(guild, year)));
            rows.add(compare("daily, 1 year", () -> statistics.daily(year), () -> baseline.daily(guild, year.range())));
            rows.add(compare("member (the top author), 1 year", () -> statistics.member(year, topAuthor),
                    () -> baseline.member(guild, year.range(), topAuthor)));
            rows.add(compare("channels, 90 days", () -> statistics.channels(days90), () -> baseline.channels(guild, days90.range())));
            rows.add(compare("heatmap, 1 year", () -> statistics.heatmap(year), () -> baseline.heatmap(guild, year.range())));
            rows.add(compare("cohort, 90 days", () -> statistics.cohort(days90, null),
                    () -> baseline.cohort(guild, days90.range(), settings.thresholds().cohortMinMessages())));
            StatsRequest days90NewYork = days90.withRange(new DateRange(days90.range().from(), last, NEW_YORK));
            StatsRequest yearNewYork = year.withRange(new DateRange(year.range().from(), last, NEW_YORK));
            rows.add(gavelOnly("overview, 90 days, America/New_York", () -> statistics.overview(days90NewYork)));
            rows.add(gavelOnly("top participants, 1 year, America/New_York", () -> statistics.topParticipants(yearNewYork)));
            rows.forEach(row -> out.println("  " + row));
            out.println();
        }
    }

    private static StatsRequest utc(String guild, LocalDate from, LocalDate to, GuildSettings settings) {
        return new StatsRequest(guild, new DateRange(from, to, ZoneOffset.UTC), null, settings.thresholds());
    }

    private Row compare(String name, Callable<?> gavel, Callable<?> plain) throws Exception {
        return new Row(name, Timing.of(gavel), Timing.of(plain));
    }

    private Row gavelOnly(String name, Callable<?> gavel) throws Exception {
        return new Row(name, Timing.of(gavel), null);
    }

    /** Median and minimum of repeated runs. */
    record Timing(double medianMs, double minMs) {

        static Timing of(Callable<?> work) throws Exception {
            for (int i = 0; i < WARMUP_RUNS; i++) {
                work.call();
            }
            double[] runs = new double[MEASURED_RUNS];
            for (int i = 0; i < MEASURED_RUNS; i++) {
                long started = System.nanoTime();
                Object result = work.call();
                runs[i] = (System.nanoTime() - started) / 1e6;
                if (result == null) {
                    throw new IllegalStateException("A benchmarked query returned nothing");
                }
            }
            Arrays.sort(runs);
            return new Timing(runs[runs.length / 2], runs[0]);
        }

        @Override
        public String toString() {
            return String.format(Locale.ROOT, "%7.1f ms (%.0f)", medianMs, minMs);
        }
    }

    private record Row(String name, Timing gavel, Timing plain) {
        @Override
        public String toString() {
            if (plain == null) {
                return String.format(Locale.ROOT, "%-44s %16s %16s %8s", name, gavel, "-", "-");
            }
            return String.format(Locale.ROOT, "%-44s %16s %16s %7.1fx", name, gavel, plain, plain.medianMs / gavel.medianMs);
        }
    }

    /** A part of the benchmark beyond the statistics (recording through the fake Discord, the console). */
    interface BenchmarkPart {
        void run(Path dir, PrintStream out) throws Exception;
    }
}
