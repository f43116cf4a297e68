package dev.gavel.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import dev.gavel.core.UserFacingException;
import dev.gavel.demo.DemoOptions;
import dev.gavel.demo.DemoProgress;
import dev.gavel.demo.DemoStore;
import dev.gavel.demo.DemoSummary;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code gavel demo}: makes a store holding a generated, realistic guild. */
@Command(name = "demo",
        mixinStandardHelpOptions = true,
        header = "Makes a store holding a generated, realistic guild, the same for the same seed.",
        description = {
            "The guild is a programming community with months of messages, channels, threads and forum posts, "
                    + "tickets, tracked members with reports and moderation actions, and recorder sessions with "
                    + "outages (a nine-hour one, and a two-day one on timelines of three weeks or more).",
            "",
            "The same options always make the same rows, on any machine and at any time: the timeline ends on a "
                    + "fixed day (" + DemoOptions.DEFAULT_LAST_DAY_TEXT + ", UTC) unless --end says otherwise; --end today ties it to the day "
                    + "you run it, and then the rows depend on that day.",
            "",
            "An existing file is never overwritten unless --force is given; even then it is replaced only once "
                    + "the new store is complete."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:the store was made", "1:it could not be made (the file exists, cannot be written, ...)",
            "2:bad usage"})
public final class DemoCommand implements Callable<Integer> {

    private static final long PROGRESS_EVERY_MS = 1_000;
    private static final long CLEAN_UP_SECONDS = 10;

    @Spec
    private CommandSpec spec;

    @Option(names = "--db", required = true, paramLabel = "FILE", description = "The new store file.")
    private Path db;

    @Option(names = "--seed", paramLabel = "N", description = "Chooses everything random (default: ${DEFAULT-VALUE}).",
            defaultValue = "" + DemoOptions.DEFAULT_SEED)
    private long seed;

    @Option(names = "--days", paramLabel = "N", defaultValue = "" + DemoOptions.DEFAULT_DAYS,
            description = "Length of the timeline, " + DemoOptions.MIN_DAYS + " to " + DemoOptions.MAX_DAYS
                    + " days (default: ${DEFAULT-VALUE}).")
    private int days;

    @Option(names = "--members", paramLabel = "N",
            description = "People in the guild, " + DemoOptions.MIN_MEMBERS + " to " + DemoOptions.MAX_MEMBERS + " (default: "
                    + DemoOptions.DEFAULT_MEMBERS + ", or one per " + DemoOptions.MESSAGES_PER_DEFAULT_MEMBER
                    + " messages when that is more).")
    private Integer members;

    @Option(names = "--messages", paramLabel = "N", defaultValue = "" + DemoOptions.DEFAULT_MESSAGES,
            description = "Messages recorded over the timeline, 0 to " + DemoOptions.MAX_MESSAGES + " (default: ${DEFAULT-VALUE}).")
    private long messages;

    @Option(names = "--end", paramLabel = "DATE",
            description = "The last day of the timeline (YYYY-MM-DD, UTC), or 'today' (default: " + DemoOptions.DEFAULT_LAST_DAY_TEXT + ").")
    private String end;

    @Option(names = "--force", description = "Replace the file if it exists, once the new store is complete.")
    private boolean force;

    @Override
    public Integer call() {
        DemoOptions options = options();
        if (!force && Files.exists(db)) {
            throw new UserFacingException(db + " already exists; gavel demo never overwrites a file (it was left untouched). "
                    + "Choose another file, or add --force to replace it.");
        }
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        // Ctrl-C stops the making and lets it delete its unfinished file before the program ends.
        AtomicBoolean interrupted = new AtomicBoolean();
        CountDownLatch stopped = new CountDownLatch(1);
        Thread onInterrupt = new Thread(() -> {
            interrupted.set(true);
            try {
                stopped.await(CLEAN_UP_SECONDS, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }, "gavel-demo-interrupt");
        Runtime.getRuntime().addShutdownHook(onInterrupt);
        DemoSummary summary;
        try (ProgressPrinter printer = new ProgressPrinter(err)) {
            summary = DemoStore.create(db, options, force, printer, interrupted::get);
        } catch (CancellationException e) {
            throw new UserFacingException("The demo was interrupted; nothing was written to " + db + ".");
        } finally {
            stopped.countDown();
            if (!interrupted.get()) {
                Runtime.getRuntime().removeShutdownHook(onInterrupt);
            }
        }
        print(out, summary);
        return 0;
    }

    private DemoOptions options() {
        LocalDate lastDay = DemoOptions.DEFAULT_LAST_DAY;
        if (end != null) {
            try {
                lastDay = "today".equalsIgnoreCase(end) ? LocalDate.now(ZoneOffset.UTC) : LocalDate.parse(end);
            } catch (DateTimeParseException e) {
                throw new ParameterException(spec.commandLine(), "--end must be a date like 2025-06-30 or 'today', not '"
                        + end + "'.");
            }
        }
        int people = members != null ? members : DemoOptions.defaultMembers(messages);
        try {
            return new DemoOptions(seed, days, people, messages, lastDay);
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), e.getMessage());
        }
    }

    private static void print(PrintWriter out, DemoSummary s) {
        out.printf(Locale.ROOT, "Made a demo store: %s%n", s.file().toAbsolutePath());
        out.printf(Locale.ROOT, "Guild: %s (id %s)%n", s.guildName(), s.guildId());
        out.printf(Locale.ROOT, "Timeline: %s to %s (UTC), %,d recorder sessions%n", s.firstDay(), s.lastDay(), s.sessions());
        for (DemoSummary.Outage outage : s.outages()) {
            Duration length = Duration.between(outage.from(), outage.to());
            String days = length.toDays() > 0 ? length.toDays() + (length.toDays() == 1 ? " day " : " days ") : "";
            out.printf(Locale.ROOT, "  no recorder from %s for %s%d h %02d min: nothing was recorded then%n", outage.from(),
                    days, length.toHoursPart(), length.toMinutesPart());
        }
        out.printf(Locale.ROOT, "Members: %,d people and %d bots; %,d channels and %,d threads%n", s.members(), s.bots(),
                s.channels(), s.threads());
        out.printf(Locale.ROOT, "Messages: %,d by %,d authors%n", s.messages(), s.authors());
        out.printf(Locale.ROOT, "Tickets: %,d (%,d open) through %d panels%n", s.tickets(), s.openTickets(), s.ticketPanels());
        out.printf(Locale.ROOT, "Tracked members: %d, with %d reports and %d moderation actions%n", s.trackedMembers(),
                s.reports(), s.modActions());
        LocalDate quarterStart = s.lastDay().minusDays(89).isBefore(s.firstDay()) ? s.firstDay() : s.lastDay().minusDays(89);
        String db = s.file().toString();
        out.println("Look at it:");
        out.printf(Locale.ROOT, "  gavel stats --db %s --guild %s --from %s --to %s --report top%n", db, s.guildId(),
                quarterStart, s.lastDay());
        out.printf(Locale.ROOT, "  gavel stats --db %s --guild %s --from %s --to %s --report overview%n", db, s.guildId(),
                s.firstDay(), s.lastDay());
        out.printf(Locale.ROOT, "  gavel ui --db %s%n", db);
        out.flush();
    }

    /**
     * Writes the newest progress on stderr at most once a second, from a timer, so that a long
     * step shows while it runs and a short run prints nothing.
     */
    private static final class ProgressPrinter implements DemoProgress, AutoCloseable {
        private final PrintWriter err;
        private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "gavel-demo-progress");
            thread.setDaemon(true);
            return thread;
        });
        private volatile String line;
        private String printed;

        ProgressPrinter(PrintWriter err) {
            this.err = err;
            timer.scheduleAtFixedRate(this::print, PROGRESS_EVERY_MS, PROGRESS_EVERY_MS, TimeUnit.MILLISECONDS);
        }

        @Override
        public void update(String step, long done, long total) {
            line = total > 0
                    ? String.format(Locale.ROOT, "demo: %s: %,d of %,d (%d%%)", step, done, total, done * 100 / total)
                    : "demo: " + step + "…";
        }

        private void print() {
            String current = line;
            if (current != null && !current.equals(printed)) {
                err.println(current);
                err.flush();
                printed = current;
            }
        }

        @Override
        public void close() {
            timer.shutdownNow();
            try {
                timer.awaitTermination(5, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
