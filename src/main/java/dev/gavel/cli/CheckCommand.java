package dev.gavel.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.Callable;

import dev.gavel.core.IsoTime;
import dev.gavel.core.UserFacingException;
import dev.gavel.core.model.GuildProfile;
import dev.gavel.store.Store;
import dev.gavel.store.StoreCheck;
import dev.gavel.store.StoreKind;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code gavel check}: what a store file is and whether it is healthy, without changing it. */
@Command(name = "check", mixinStandardHelpOptions = true,
        description = {"Shows what a store file is and checks it without changing it: schema version, integrity, "
                + "row counts, guilds, message span and recorder coverage; for a database of the original bot its "
                + "migrations and quirks.",
                "Exit code 0 when healthy, 1 when the integrity check fails, 2 on bad usage."})
final class CheckCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Option(names = "--db", required = true, paramLabel = "FILE", description = "The store file to check.")
    private Path db;

    @Option(names = "--upgrade", description = "Bring a Gavel store of an older schema up to date first (the only change "
            + "check makes; a database of the original bot is never changed).")
    private boolean upgrade;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        if (upgrade) {
            StoreCheck.Report before = StoreCheck.run(db);
            if (before.kind() == StoreKind.ORIGINAL) {
                throw new UserFacingException(db + " was made by the original bot; Gavel never changes it. Copy it into a "
                        + "Gavel store with: gavel import --from " + db + " --db <new store>");
            }
            if (before.needsUpgrade()) {
                StoreCheck.upgrade(db);
                out.println("Upgraded " + db + " from schema " + before.schemaVersion() + " to " + Store.SCHEMA_VERSION + ".");
            }
        }
        StoreCheck.Report report = StoreCheck.run(db);
        print(report, out);
        out.flush();
        if (!report.healthy()) {
            String reason = !report.integrityProblems().isEmpty() ? report.integrityProblems().get(0)
                    : report.foreignKeyProblems().get(0);
            PrintWriter err = spec.commandLine().getErr();
            err.println(spec.qualifiedName() + ": " + db + " failed the integrity check (" + reason
                    + "). Restore it from a backup; Gavel left it untouched.");
            err.flush();
            return 1;
        }
        return 0;
    }

    private static void print(StoreCheck.Report report, PrintWriter out) {
        out.println("File:          " + report.file().toAbsolutePath());
        if (report.kind() == StoreKind.ORIGINAL) {
            out.println("Kind:          made by the original bot (read-only; Gavel never writes it)");
        } else {
            out.println("Kind:          Gavel store, schema " + report.schemaVersion() + (report.needsUpgrade()
                    ? " (older than this Gavel's " + Store.SCHEMA_VERSION + "; bring it up to date with: gavel check --db "
                            + report.file() + " --upgrade)"
                    : " (current)"));
        }
        if (report.snapshotTakenAt() != null) {
            out.println("Read from:     a private copy taken at " + IsoTime.format(report.snapshotTakenAt())
                    + " (the file has a write-ahead log and no -shm file)");
        }
        out.println("Integrity:     " + (report.integrityProblems().isEmpty() ? "ok"
                : report.integrityProblems().size() + " problem(s): " + String.join("; ", report.integrityProblems())));
        out.println("Foreign keys:  " + (report.foreignKeyProblems().isEmpty() ? "ok"
                : report.foreignKeyProblems().size() + " problem(s): " + String.join("; ", report.foreignKeyProblems())));
        if (report.kind() == StoreKind.ORIGINAL) {
            out.println("Migrations:    " + report.originalMigrations().size() + " applied (Kysely)");
            report.originalMigrations().forEach(m -> out.println("  " + m.name() + "  " + m.appliedAt()));
        }
        out.println("Rows:");
        int width = report.rowCounts().keySet().stream().mapToInt(String::length).max().orElse(0);
        for (Map.Entry<String, Long> e : report.rowCounts().entrySet()) {
            out.printf("  %-" + width + "s %,12d%n", e.getKey(), e.getValue());
        }
        out.println("Guilds:        " + report.guilds().size());
        for (GuildProfile guild : report.guilds()) {
            out.println("  " + guild.guildId() + (guild.name().equals(guild.guildId()) ? "  (no name recorded)" : "  " + guild.name()));
        }
        out.println("Messages:      " + (report.firstMessage() == null ? "none"
                : IsoTime.format(report.firstMessage()) + " to " + IsoTime.format(report.lastMessage())));
        if (report.coverage() != null) {
            StoreCheck.Coverage c = report.coverage();
            long spanMs = c.span().toMillis();
            String share = spanMs == 0 ? "" : String.format(" (%.1f%% of the message span)", 100.0 * c.covered().toMillis() / spanMs);
            out.println("Recorder:      " + c.sessions() + " session(s), covering " + human(c.covered()) + share + ", "
                    + c.gaps() + " gap(s)");
        }
        if (report.kind() == StoreKind.ORIGINAL) {
            out.println("Quirks:        " + (report.quirks().isEmpty() ? "none found" : report.quirks().size()));
            report.quirks().forEach(q -> out.println("  " + q));
        }
    }

    private static String human(Duration d) {
        if (d.toDays() > 0) {
            return d.toDays() + " d " + d.toHoursPart() + " h";
        }
        return d.toHours() + " h " + d.toMinutesPart() + " min";
    }
}
