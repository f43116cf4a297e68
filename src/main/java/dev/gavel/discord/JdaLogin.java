package dev.gavel.discord;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import net.dv8tion.jda.api.JDA;

/** A JDA client whose token Discord accepted, on its way to a ready gateway session. */
public final class JdaLogin {

    private final JDA jda;
    private final LoginReadiness readiness;
    private final String gatewayHost;

    JdaLogin(JDA jda, LoginReadiness readiness, String gatewayHost) {
        this.jda = jda;
        this.readiness = readiness;
        this.gatewayHost = gatewayHost;
    }

    public JDA jda() {
        return jda;
    }

    /**
     * Completes with the client once READY and every guild have arrived; completes exceptionally
     * with a {@link LoginFailure} when the gateway refuses the session (close codes 4004, 4014, ...).
     */
    public CompletableFuture<JDA> ready() {
        return readiness.ready().copy();
    }

    /**
     * Waits at most {@code timeout} for {@link #ready()}. Never call it on a JDA thread. On failure
     * the client is shut down.
     *
     * @throws LoginFailure when the gateway refused the session or did not answer in time
     */
    public JDA awaitReady(Duration timeout) throws InterruptedException {
        try {
            return readiness.ready().get(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            jda.shutdownNow();
            throw LoginFailure.unreachable(gatewayHost,
                    "the login did not finish within " + timeout.toSeconds() + " seconds", e);
        } catch (ExecutionException e) {
            jda.shutdownNow();
            if (e.getCause() instanceof LoginFailure) {
                throw (LoginFailure) e.getCause();
            }
            throw new IllegalStateException("JDA failed while logging in", e.getCause());
        }
    }
}
