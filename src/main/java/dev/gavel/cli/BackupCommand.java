package dev.gavel.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;

import dev.gavel.store.StoreBackup;
import dev.gavel.store.StoreKind;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code gavel backup}: a consistent copy of a store, also while the bot is writing it. */
@Command(name = "backup", mixinStandardHelpOptions = true,
        description = {"Copies a store (or a database of the original bot) to a new file, consistent as of one moment, "
                + "also while a bot is writing it. The store itself is never changed.",
                "Exit code 0 on success, 1 on failure, 2 on bad usage."})
final class BackupCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Option(names = "--db", required = true, paramLabel = "FILE", description = "The store to copy.")
    private Path db;

    @Option(names = "--to", required = true, paramLabel = "FILE", description = "The backup file to write.")
    private Path to;

    @Option(names = "--force", description = "Replace the backup file if it exists (only once the new copy is complete).")
    private boolean force;

    @Override
    public Integer call() {
        StoreBackup.Result result = StoreBackup.copy(db, to, force);
        PrintWriter out = spec.commandLine().getOut();
        out.printf("Backed up %s to %s (%s, %,d bytes, %.1f s).%n", result.source(), result.target(),
                result.kind() == StoreKind.ORIGINAL ? "a database of the original bot" : "a Gavel store",
                result.bytes(), result.took().toMillis() / 1000.0);
        out.flush();
        return 0;
    }
}
