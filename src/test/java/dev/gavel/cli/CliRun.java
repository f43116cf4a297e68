package dev.gavel.cli;

import java.io.ByteArrayInputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;

import dev.gavel.core.AppPaths;
import dev.gavel.discord.TokenVault;

/** Runs {@code gavel} in-process as the command line would, capturing its output. */
record CliRun(int exitCode, String out, String err) {

    static CliRun of(Path home, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        AppPaths paths = new AppPaths(home, home, home.resolve("logs"));
        int code = GavelCommand.run(paths, new PrintWriter(out, true), new PrintWriter(err, true), args);
        return new CliRun(code, out.toString(), err.toString());
    }

    /**
     * Runs {@code gavel} with this environment instead of the process's, no keychain, and
     * {@code stdin} as standard input.
     */
    static CliRun withEnvironment(Path home, Map<String, String> environment, String stdin, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        AppPaths paths = new AppPaths(home, home, home.resolve("logs"));
        CommandFactory factory = new CommandFactory(paths, new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)),
                environment, () -> new TokenVault(null, environment));
        int code = GavelCommand.run(factory, new PrintWriter(out, true), new PrintWriter(err, true), args);
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
