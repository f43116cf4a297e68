package dev.gavel.discord;

import net.dv8tion.jda.api.utils.SessionControllerAdapter;

/**
 * JDA's default session controller with another gateway URL. A single (unsharded) JDA takes its
 * gateway URL from {@code SessionController.getGateway()} when it connects (Discord's fixed
 * {@code wss://gateway.discord.gg/}, not {@code GET /gateway/bot}), so overriding that one method
 * is the whole override; reconnects use the {@code resume_gateway_url} the gateway sent in READY.
 */
final class FixedGatewaySessionController extends SessionControllerAdapter {

    private final String gatewayUrl;

    FixedGatewaySessionController(String gatewayUrl) {
        this.gatewayUrl = gatewayUrl;
    }

    @Override
    public String getGateway() {
        return gatewayUrl;
    }
}
