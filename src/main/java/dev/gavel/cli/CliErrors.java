package dev.gavel.cli;

import java.io.PrintWriter;

import dev.gavel.core.UserFacingException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.UnmatchedArgumentException;

/** One line on stderr for every failure: exit 2 for bad usage, 1 for a failure. */
final class CliErrors {

    private static final Logger log = LoggerFactory.getLogger(CliErrors.class);

    private CliErrors() {
    }

    static int onBadUsage(ParameterException e, String[] args) {
        CommandLine commandLine = e.getCommandLine();
        PrintWriter err = commandLine.getErr();
        StringBuilder line = new StringBuilder(commandLine.getCommandSpec().qualifiedName()).append(": ")
                .append(e.getMessage().strip());
        if (e instanceof UnmatchedArgumentException unmatched && !unmatched.getSuggestions().isEmpty()) {
            line.append(" Did you mean ").append(String.join(" or ", unmatched.getSuggestions())).append('?');
        }
        line.append(" (see '").append(commandLine.getCommandSpec().qualifiedName()).append(" --help')");
        err.println(line);
        err.flush();
        return CommandLine.ExitCode.USAGE;
    }

    static int onFailure(Exception e, CommandLine commandLine, CommandLine.ParseResult parseResult) {
        PrintWriter err = commandLine.getErr();
        String name = commandLine.getCommandSpec().qualifiedName();
        if (e instanceof UserFacingException) {
            log.info("{} failed: {}", name, e.getMessage(), e);
            err.println(name + ": " + e.getMessage());
        } else {
            log.error("{} failed unexpectedly", name, e);
            err.println(name + ": unexpected failure (" + e + "); the log has the details.");
        }
        err.flush();
        return CommandLine.ExitCode.SOFTWARE;
    }
}
