package dev.gavel.discord;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.gavel.core.UserFacingException;
import java.net.URI;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class DiscordEndpointsTest {

    @Test
    @DisplayName("without the variables, Discord's own endpoints are used untouched")
    void defaultsToDiscord() {
        DiscordEndpoints endpoints = DiscordEndpoints.fromEnvironment(Map.of("PATH", "/usr/bin"));

        assertThat(endpoints.isDiscord()).isTrue();
        assertThat(endpoints.restBaseUrl()).isEqualTo(URI.create("https://discord.com/api/v10/"));
        assertThat(endpoints.gatewayUrl()).isEqualTo(URI.create("wss://gateway.discord.gg/"));
    }

    @Test
    @DisplayName("both variables point the client elsewhere; a missing trailing slash is added")
    void readsOverrides() {
        DiscordEndpoints endpoints = DiscordEndpoints.fromEnvironment(Map.of(
                "GAVEL_DISCORD_API", "http://127.0.0.1:4567/api/v10",
                "GAVEL_DISCORD_GATEWAY", "ws://127.0.0.1:4567/gateway"));

        assertThat(endpoints.isDiscord()).isFalse();
        assertThat(endpoints.restBaseUrl()).isEqualTo(URI.create("http://127.0.0.1:4567/api/v10/"));
        assertThat(endpoints.gatewayUrl()).isEqualTo(URI.create("ws://127.0.0.1:4567/gateway"));
    }

    @Test
    @DisplayName("only one of the two variables is refused with a sentence naming both")
    void refusesHalfAnOverride() {
        assertThatThrownBy(() -> DiscordEndpoints.fromEnvironment(Map.of("GAVEL_DISCORD_API",
                "http://127.0.0.1:4567/api/v10/")))
                .isInstanceOf(UserFacingException.class)
                .hasMessageContaining("GAVEL_DISCORD_API").hasMessageContaining("GAVEL_DISCORD_GATEWAY");
    }

    @Test
    @DisplayName("a malformed URL is refused with a sentence naming the variable, the value and an example")
    void refusesBadUrls() {
        assertThatThrownBy(() -> DiscordEndpoints.fromEnvironment(Map.of(
                "GAVEL_DISCORD_API", "http://127.0.0.1:4567/v9/",
                "GAVEL_DISCORD_GATEWAY", "ws://127.0.0.1:4567/gateway")))
                .isInstanceOf(UserFacingException.class)
                .hasMessageContaining("GAVEL_DISCORD_API").hasMessageContaining("/v9/").hasMessageContaining("/api/v10/");
        assertThatThrownBy(() -> DiscordEndpoints.fromEnvironment(Map.of(
                "GAVEL_DISCORD_API", "http://127.0.0.1:4567/api/v10/",
                "GAVEL_DISCORD_GATEWAY", "http://127.0.0.1:4567/gateway")))
                .isInstanceOf(UserFacingException.class)
                .hasMessageContaining("GAVEL_DISCORD_GATEWAY").hasMessageContaining("ws://");
    }
}
