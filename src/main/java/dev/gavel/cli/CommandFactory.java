package dev.gavel.cli;

import java.io.InputStream;
import java.time.Clock;
import java.util.Map;
import java.util.function.Supplier;

import dev.gavel.core.AppPaths;
import dev.gavel.core.metrics.MessageMetricsCalculator;
import dev.gavel.discord.TokenVault;
import picocli.CommandLine;

/**
 * Builds each subcommand with what it needs, by constructor: the composition root of the command
 * line. Classes it does not know are left to picocli's default factory.
 */
final class CommandFactory implements CommandLine.IFactory {

    private final AppPaths paths;
    private final InputStream in;
    private final Clock clock = Clock.systemUTC();
    private final Map<String, String> environment;
    private final Supplier<TokenVault> tokenVault;
    private final CommandLine.IFactory fallback = CommandLine.defaultFactory();

    CommandFactory(AppPaths paths, InputStream in) {
        this(paths, in, System.getenv(), () -> TokenVault.withSystemKeychain(System.getenv()));
    }

    /** With another environment and token vault (tests: no keychain, a fake Discord's endpoints). */
    CommandFactory(AppPaths paths, InputStream in, Map<String, String> environment, Supplier<TokenVault> tokenVault) {
        this.paths = paths;
        this.in = in;
        this.environment = Map.copyOf(environment);
        this.tokenVault = tokenVault;
    }

    @Override
    public <K> K create(Class<K> type) throws Exception {
        if (type == MetricsCommand.class) {
            return type.cast(new MetricsCommand(in, new MessageMetricsCalculator()));
        }
        if (type == StatsCommand.class) {
            return type.cast(new StatsCommand(clock));
        }
        if (type == BotCommand.class) {
            return type.cast(new BotCommand(in, environment, tokenVault));
        }
        return fallback.create(type);
    }

    AppPaths paths() {
        return paths;
    }
}
