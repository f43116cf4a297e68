package dev.gavel.cli;

import java.io.InputStream;
import java.time.Clock;

import dev.gavel.core.AppPaths;
import dev.gavel.core.metrics.MessageMetricsCalculator;
import picocli.CommandLine;

/**
 * Builds each subcommand with what it needs, by constructor: the composition root of the command
 * line. Classes it does not know are left to picocli's default factory.
 */
final class CommandFactory implements CommandLine.IFactory {

    private final AppPaths paths;
    private final InputStream in;
    private final Clock clock = Clock.systemUTC();
    private final CommandLine.IFactory fallback = CommandLine.defaultFactory();

    CommandFactory(AppPaths paths, InputStream in) {
        this.paths = paths;
        this.in = in;
    }

    @Override
    public <K> K create(Class<K> type) throws Exception {
        if (type == MetricsCommand.class) {
            return type.cast(new MetricsCommand(in, new MessageMetricsCalculator()));
        }
        if (type == StatsCommand.class) {
            return type.cast(new StatsCommand(clock));
        }
        return fallback.create(type);
    }

    AppPaths paths() {
        return paths;
    }
}
