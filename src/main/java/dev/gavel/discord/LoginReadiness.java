package dev.gavel.discord;

import java.util.concurrent.CompletableFuture;
import net.dv8tion.jda.api.JDA;
import net.dv8tion.jda.api.events.GenericEvent;
import net.dv8tion.jda.api.events.session.ReadyEvent;
import net.dv8tion.jda.api.events.session.ShutdownEvent;
import net.dv8tion.jda.api.hooks.EventListener;
import net.dv8tion.jda.api.requests.CloseCode;

/**
 * Completes when the first gateway session is ready, or fails with the {@link LoginFailure} that the
 * gateway's close code means when JDA gives up before that (JDA only logs such a close and lets
 * {@code awaitReady()} throw a bare IllegalStateException).
 */
final class LoginReadiness implements EventListener {

    private final CompletableFuture<JDA> ready = new CompletableFuture<>();

    @Override
    public void onEvent(GenericEvent event) {
        if (event instanceof ReadyEvent) {
            ready.complete(event.getJDA());
        } else if (event instanceof ShutdownEvent) {
            ready.completeExceptionally(failureFor((ShutdownEvent) event));
        }
    }

    CompletableFuture<JDA> ready() {
        return ready;
    }

    static LoginFailure failureFor(ShutdownEvent shutdown) {
        int code = shutdown.getCode();
        if (code == CloseCode.AUTHENTICATION_FAILED.getCode()) {
            return LoginFailure.invalidToken(null);
        }
        if (code == CloseCode.DISALLOWED_INTENTS.getCode()) {
            return LoginFailure.privilegedIntentsDisabled();
        }
        CloseCode closeCode = shutdown.getCloseCode();
        String meaning = closeCode == null ? "" : ", " + closeCode.getMeaning();
        return LoginFailure.refused("the gateway closed the connection with code " + code + meaning, null);
    }
}
