package dev.gavel.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;

import dev.gavel.app.ConsoleLauncher;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code gavel ui}: opens the console (also what {@code gavel} with no arguments does). */
@Command(name = "ui", mixinStandardHelpOptions = true,
        description = {"Opens the console: a window for the guild settings and statistics of a store, live while the bot "
                + "is connected.",
            "Without --db it opens the default store in the per-user data folder if there is one, else the start screen "
                    + "(connect with a token, open a store, open the demo).",
            "Exit code 0 when the window was closed, 1 when it could not open (no display, ...), 2 on bad usage."})
final class UiCommand implements Callable<Integer> {

    private final ConsoleLauncher launcher;

    @Option(names = "--db", paramLabel = "FILE",
            description = "The store to open: a Gavel store, or a database of the original bot (opened read-only).")
    private Path db;

    UiCommand(ConsoleLauncher launcher) {
        this.launcher = launcher;
    }

    @Override
    public Integer call() {
        launcher.launch(db);
        return 0;
    }
}
