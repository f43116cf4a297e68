package dev.gavel.cli;

import java.io.BufferedReader;
import java.io.Console;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.function.Supplier;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.PatternLayout;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.AppenderBase;
import dev.gavel.core.UserFacingException;
import dev.gavel.core.metrics.MessageMetricsCalculator;
import dev.gavel.discord.BotRuntime;
import dev.gavel.discord.DiscordEndpoints;
import dev.gavel.discord.JdaFactory;
import dev.gavel.discord.RuntimeSettings;
import dev.gavel.discord.TokenVault;
import dev.gavel.store.Store;
import org.slf4j.LoggerFactory;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code gavel bot}: the bot without a window. Records into a store until SIGTERM or Ctrl-C, then
 * writes what it recorded, closes its session and exits 0.
 */
@Command(name = "bot", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Runs the bot without a window: connects to Discord, records every guild's activity into the store "
                + "(backfilling what was missed while it was offline), and logs its progress here and to the log file.",
                "",
                "The token comes from the " + TokenVault.ENVIRONMENT_VARIABLE + " environment variable, else from the "
                        + "operating system's keychain. To keep it in the keychain, run 'gavel bot --save-token' and paste "
                        + "it (it is not shown). On a server without a keychain, put " + TokenVault.ENVIRONMENT_VARIABLE
                        + "=<token> in a file only the bot's user can read (mode 600) and load it as the service's "
                        + "environment (systemd: EnvironmentFile=).",
                "",
                "Stops cleanly on SIGTERM or Ctrl-C. Exit code 0 on a clean stop, 1 on failure (bad token, privileged "
                        + "intents not enabled, Discord unreachable, a store it cannot open), 2 on bad usage."})
final class BotCommand implements Callable<Integer> {

    private static final Duration START_TIMEOUT = Duration.ofSeconds(90);

    @Spec
    private CommandSpec spec;

    @Option(names = "--db", paramLabel = "FILE", description = "The store to record into (created if missing).")
    private Path db;

    @Option(names = "--backfill-days", paramLabel = "DAYS", defaultValue = "30",
            description = "How far back to fill the history of a channel seen for the first time (default: ${DEFAULT-VALUE}).")
    private int backfillDays;

    @Option(names = "--save-token", description = "Read the bot token from standard input (not shown) and keep it in the keychain, then exit.")
    private boolean saveToken;

    @Option(names = "--forget-token", description = "Remove the bot token from the keychain, then exit.")
    private boolean forgetToken;

    private final InputStream in;
    private final Map<String, String> environment;
    private final Supplier<TokenVault> tokenVault;

    BotCommand(InputStream in, Map<String, String> environment, Supplier<TokenVault> tokenVault) {
        this.in = in;
        this.environment = environment;
        this.tokenVault = tokenVault;
    }

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        TokenVault vault = tokenVault.get();
        if (saveToken) {
            vault.remember(readToken());
            out.println("The bot token is kept in the keychain; 'gavel bot --db FILE' uses it.");
            out.flush();
            return 0;
        }
        if (forgetToken) {
            vault.forget();
            out.println("The bot token is no longer kept in the keychain.");
            out.flush();
            return 0;
        }
        if (db == null) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(), "Missing required option: '--db=FILE'");
        }
        if (backfillDays < 0) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(), "--backfill-days must be 0 or more");
        }
        String token = vault.find().orElseThrow(() -> new UserFacingException("No bot token: set "
                + TokenVault.ENVIRONMENT_VARIABLE + ", or keep it in the keychain with 'gavel bot --save-token'."));
        DiscordEndpoints endpoints = DiscordEndpoints.fromEnvironment(environment);
        try (LogToOutput logging = LogToOutput.attach(out)) {
            return run(token, endpoints);
        }
    }

    private int run(String token, DiscordEndpoints endpoints) throws InterruptedException {
        Store store = Store.open(db);
        BotRuntime runtime = new BotRuntime(store, new JdaFactory(endpoints),
                RuntimeSettings.DEFAULT.withBackfillHorizon(Duration.ofDays(backfillDays)), List.of(),
                new MessageMetricsCalculator(), Clock.systemUTC());
        Thread shutdown = new Thread(() -> {
            runtime.stop();
            store.close();
            spec.commandLine().getOut().flush();
            // SIGTERM and Ctrl-C end the JVM with 143 / 130 unless a hook says otherwise: this stop is a clean one.
            Runtime.getRuntime().halt(0);
        }, "gavel-bot-shutdown");
        Runtime.getRuntime().addShutdownHook(shutdown);
        try {
            runtime.start(token).get(START_TIMEOUT.toSeconds(), java.util.concurrent.TimeUnit.SECONDS);
        } catch (ExecutionException | java.util.concurrent.TimeoutException e) {
            stopWithoutHook(shutdown, runtime, store);
            throw userFacing(e);
        }
        try {
            runtime.terminated().get();
            return 0;
        } catch (ExecutionException e) {
            stopWithoutHook(shutdown, runtime, store);
            throw userFacing(e);
        }
    }

    /** Stops and closes here instead of in the hook; if the JVM is already shutting down, the hook does it. */
    private static void stopWithoutHook(Thread shutdown, BotRuntime runtime, Store store) throws InterruptedException {
        try {
            Runtime.getRuntime().removeShutdownHook(shutdown);
        } catch (IllegalStateException shuttingDown) {
            shutdown.join();
            return;
        }
        runtime.stop();
        store.close();
    }

    private static RuntimeException userFacing(Exception e) {
        Throwable cause = e;
        while ((cause instanceof ExecutionException || cause instanceof CompletionException) && cause.getCause() != null) {
            cause = cause.getCause();
        }
        if (cause instanceof RuntimeException runtimeException) {
            return runtimeException;
        }
        if (cause instanceof java.util.concurrent.TimeoutException) {
            return new UserFacingException("Discord did not answer within " + START_TIMEOUT.toSeconds()
                    + " seconds. Check the network connection and try again.");
        }
        return new IllegalStateException(cause);
    }

    private String readToken() throws IOException {
        Console console = System.console();
        if (console != null) {
            char[] typed = console.readPassword("Bot token (not shown): ");
            return typed == null ? "" : new String(typed);
        }
        BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
        String line = reader.readLine();
        return line == null ? "" : line;
    }

    /**
     * Shows Gavel's log (INFO and above; other libraries' warnings) on the command's output for as
     * long as the bot runs, beside the log file; the other commands stay quiet.
     */
    private static final class LogToOutput extends AppenderBase<ILoggingEvent> implements AutoCloseable {

        private final PrintWriter out;
        private final PatternLayout layout = new PatternLayout();
        private Logger root;

        private LogToOutput(PrintWriter out) {
            this.out = out;
        }

        static LogToOutput attach(PrintWriter out) {
            LogToOutput appender = new LogToOutput(out);
            if (LoggerFactory.getILoggerFactory() instanceof LoggerContext context) {
                appender.setContext(context);
                appender.setName("gavel-bot-output");
                appender.layout.setContext(context);
                appender.layout.setPattern("%d{yyyy-MM-dd HH:mm:ss} %-5level %msg%n");
                appender.layout.start();
                appender.start();
                appender.root = context.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
                appender.root.addAppender(appender);
            }
            return appender;
        }

        @Override
        protected void append(ILoggingEvent event) {
            boolean ours = event.getLoggerName().startsWith("dev.gavel");
            if (event.getLevel().isGreaterOrEqual(ours ? Level.INFO : Level.WARN)) {
                synchronized (out) {
                    out.print(layout.doLayout(event));
                    out.flush();
                }
            }
        }

        @Override
        public void close() {
            if (root != null) {
                root.detachAppender(this);
            }
            stop();
        }
    }
}
