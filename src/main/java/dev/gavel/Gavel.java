package dev.gavel;

import dev.gavel.cli.GavelCommand;
import dev.gavel.core.AppPaths;

/**
 * The program's entry point. It does not extend {@code javafx.application.Application}: started
 * from the class path, JavaFX refuses such a main class ("runtime components are missing").
 */
public final class Gavel {

    private Gavel() {
    }

    public static void main(String[] args) {
        AppPaths paths = AppPaths.forCurrentUser();
        // Before the first logger exists: logback.xml reads it.
        System.setProperty("gavel.log.dir", paths.logDir().toString());
        System.exit(GavelCommand.run(paths, args));
    }
}
