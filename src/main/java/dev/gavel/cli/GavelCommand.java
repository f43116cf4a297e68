package dev.gavel.cli;

import java.io.InputStream;
import java.io.PrintWriter;

import dev.gavel.core.AppPaths;
import dev.gavel.core.Version;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code gavel}: the console with no arguments, else one of the subcommands. */
@Command(name = "gavel",
        mixinStandardHelpOptions = true,
        versionProvider = GavelCommand.VersionProvider.class,
        description = "A desktop console for the moderators of Discord communities.",
        subcommands = {CommandLine.HelpCommand.class, DemoCommand.class, StatsCommand.class, MetricsCommand.class,
                ImportCommand.class, CheckCommand.class, BackupCommand.class, BotCommand.class})
public final class GavelCommand implements Runnable {

    @Spec
    private CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /** Parses and runs {@code args}; returns the exit code (0 success, 1 failure, 2 bad usage). */
    public static int run(AppPaths paths, String... args) {
        return run(paths, new PrintWriter(System.out, true), new PrintWriter(System.err, true), args);
    }

    public static int run(AppPaths paths, PrintWriter out, PrintWriter err, String... args) {
        return run(paths, System.in, out, err, args);
    }

    /** As {@link #run(AppPaths, PrintWriter, PrintWriter, String...)}, reading standard input from {@code in}. */
    public static int run(AppPaths paths, InputStream in, PrintWriter out, PrintWriter err, String... args) {
        return run(new CommandFactory(paths, in), out, err, args);
    }

    static int run(CommandFactory factory, PrintWriter out, PrintWriter err, String... args) {
        CommandLine commandLine = new CommandLine(new GavelCommand(), factory);
        commandLine.setOut(out);
        commandLine.setErr(err);
        commandLine.setParameterExceptionHandler(CliErrors::onBadUsage);
        commandLine.setExecutionExceptionHandler(CliErrors::onFailure);
        return commandLine.execute(args);
    }

    /** Supplies {@code --version}. */
    public static final class VersionProvider implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            return new String[] {"Gavel " + Version.current()};
        }
    }
}
