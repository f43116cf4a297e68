package dev.gavel.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;

import dev.gavel.core.AppPaths;

/** Runs {@code gavel} in-process as the command line would, capturing its output. */
record CliRun(int exitCode, String out, String err) {

    static CliRun of(Path home, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        AppPaths paths = new AppPaths(home, home, home.resolve("logs"));
        int code = GavelCommand.run(paths, new PrintWriter(out, true), new PrintWriter(err, true), args);
        return new CliRun(code, out.toString(), err.toString());
    }

    /** The one line on stderr a failure prints. */
    String errLine() {
        if (err.lines().count() != 1) {
            throw new AssertionError("expected one line on stderr, got:\n" + err);
        }
        return err.strip();
    }
}
