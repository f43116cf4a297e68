package dev.gavel.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.Callable;

import dev.gavel.store.OriginalImport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code gavel import}: copies a database of the original bot into a Gavel store. */
@Command(name = "import", mixinStandardHelpOptions = true,
        description = {"Copies a database made by the original bot into a Gavel store (created if missing, brought up to "
                + "date if older), normalising ids and times. Running it again adds nothing. The source is never changed.",
                "Exit code 0 on success, 1 on failure, 2 on bad usage."})
final class ImportCommand implements Callable<Integer> {

    private static final long PROGRESS_INTERVAL_NANOS = 1_000_000_000L;

    @Spec
    private CommandSpec spec;

    @Option(names = "--from", required = true, paramLabel = "FILE", description = "The original bot's database (read only).")
    private Path from;

    @Option(names = "--db", required = true, paramLabel = "FILE", description = "The Gavel store to import into.")
    private Path db;

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        long started = System.nanoTime();
        long[] lastPrinted = {started};
        OriginalImport.Report report = OriginalImport.run(from, db, (table, done, total) -> {
            long now = System.nanoTime();
            if (now - lastPrinted[0] >= PROGRESS_INTERVAL_NANOS) {
                lastPrinted[0] = now;
                err.printf("import: %s %,d of %,d rows (%d%%)%n", table, done, total, total == 0 ? 100 : done * 100 / total);
                err.flush();
            }
        });
        print(report, spec.commandLine().getOut());
        return 0;
    }

    private static void print(OriginalImport.Report report, PrintWriter out) {
        out.println("Imported " + report.source() + " (made by the original bot; left unchanged) into " + report.target() + ":");
        out.printf("  %-20s %12s %12s %16s %14s%n", "table", "read", "imported", "already present", "not converted");
        for (OriginalImport.TableReport t : report.tables()) {
            out.printf("  %-20s %,12d %,12d %,16d %,14d%n", t.table(), t.read(), t.imported(), t.alreadyPresent(),
                    t.notConvertedCount());
        }
        for (OriginalImport.TableReport t : report.tables()) {
            for (Map.Entry<String, Long> reason : t.notConverted().entrySet()) {
                out.printf("  %s: %,d not converted: %s%n", t.table(), reason.getValue(), reason.getKey());
            }
            for (String note : t.notes()) {
                out.println("  " + t.table() + ": " + note);
            }
        }
        out.printf("Total: %,d new, %,d already present, %,d not converted.%n", report.imported(), report.alreadyPresent(),
                report.notConverted());
        out.flush();
    }
}
