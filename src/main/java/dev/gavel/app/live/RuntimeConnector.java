package dev.gavel.app.live;

import java.time.Clock;
import java.util.List;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;

import dev.gavel.app.session.OpenStore;
import dev.gavel.app.task.UiExecutor;
import dev.gavel.core.UserFacingException;
import dev.gavel.core.metrics.MessageMetricsCalculator;
import dev.gavel.discord.BotRuntime;
import dev.gavel.discord.JdaFactory;
import dev.gavel.discord.RuntimeSettings;

/** Connects through the bot runtime, the same one {@code gavel bot} runs. */
public final class RuntimeConnector implements LiveConnector {

    private final JdaFactory jdaFactory;
    private final RuntimeSettings settings;
    private final MessageMetricsCalculator calculator;
    private final Clock clock;
    private final UiExecutor executor;

    public RuntimeConnector(JdaFactory jdaFactory, RuntimeSettings settings, MessageMetricsCalculator calculator, Clock clock,
                            UiExecutor executor) {
        this.jdaFactory = jdaFactory;
        this.settings = settings;
        this.calculator = calculator;
        this.clock = clock;
        this.executor = executor;
    }

    @Override
    public LiveConnection connect(OpenStore store, String token) throws InterruptedException {
        if (store.isReadOnly()) {
            throw new UserFacingException(store.readOnlyWhy() + " A bot records into a Gavel store only.");
        }
        BotRuntime runtime = new BotRuntime(store.store(), jdaFactory, settings, List.of(), calculator, clock);
        try {
            runtime.start(token).get();
        } catch (InterruptedException e) {
            runtime.stop();
            throw e;
        } catch (ExecutionException e) {
            runtime.stop();
            Throwable cause = e.getCause();
            while (cause instanceof CompletionException && cause.getCause() != null) {
                cause = cause.getCause();
            }
            if (cause instanceof RuntimeException failure) {
                throw failure;
            }
            throw new IllegalStateException("The bot could not connect", cause);
        }
        return new RuntimeConnection(runtime, store, executor);
    }
}
