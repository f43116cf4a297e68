package dev.gavel.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gavel.discord.DiscordEndpoints;
import dev.gavel.discord.TokenVault;
import dev.gavel.discord.fake.FakeDiscord;
import dev.gavel.discord.fake.FakeDiscordExtension;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/** {@code gavel bot} fails with one clear line, exit 1, when it cannot connect. */
@ExtendWith(FakeDiscordExtension.class)
class BotCommandTest {

    @TempDir
    Path home;

    private static Map<String, String> environment(FakeDiscord fake, String token) {
        return Map.of(TokenVault.ENVIRONMENT_VARIABLE, token, DiscordEndpoints.API_VARIABLE, fake.restBaseUrl(),
                DiscordEndpoints.GATEWAY_VARIABLE, fake.gatewayUrl());
    }

    @Test
    @DisplayName("a token Discord rejects: exit 1 and one line saying so, without the token")
    void badToken(FakeDiscord fake) {
        fake.addGuild("Reactiflux");
        String wrong = "wrong-" + fake.token();

        CliRun run = CliRun.withEnvironment(home, environment(fake, wrong), "", "bot", "--db", home.resolve("gavel.db").toString());

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.errLine()).startsWith("gavel bot: Discord rejected the bot token").doesNotContain(wrong);
        assertThat(run.out()).doesNotContain(wrong);
    }

    @Test
    @DisplayName("close code 4014: exit 1 and one line naming the intents to turn on in the developer portal")
    void privilegedIntents(FakeDiscord fake) {
        fake.addGuild("Reactiflux");
        fake.gateway().rejectPrivilegedIntents(true);
        fake.jdaLogs().expect("cannot be recovered due to identification issues");

        CliRun run = CliRun.withEnvironment(home, environment(fake, fake.token()), "", "bot", "--db",
                home.resolve("gavel.db").toString());

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.errLine()).contains("Message Content Intent").contains("Server Members Intent")
                .contains("developer portal");
    }

    @Test
    @DisplayName("Discord unreachable: exit 1 and one line saying so")
    void unreachable(FakeDiscord fake) throws IOException {
        fake.jdaLogs().expect("Failed to connect to");
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            closedPort = socket.getLocalPort();
        }
        Map<String, String> environment = Map.of(TokenVault.ENVIRONMENT_VARIABLE, fake.token(),
                DiscordEndpoints.API_VARIABLE, "http://127.0.0.1:" + closedPort + "/api/v10/",
                DiscordEndpoints.GATEWAY_VARIABLE, "ws://127.0.0.1:" + closedPort + "/gateway");

        CliRun run = CliRun.withEnvironment(home, environment, "", "bot", "--db", home.resolve("gavel.db").toString());

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.errLine()).startsWith("gavel bot: Could not reach Discord at 127.0.0.1");
    }

    @Test
    @DisplayName("no token anywhere: exit 1 and one line saying where to put it")
    void noToken() {
        CliRun run = CliRun.withEnvironment(home, Map.of(), "", "bot", "--db", home.resolve("gavel.db").toString());

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.errLine()).contains("No bot token").contains("GAVEL_TOKEN").contains("--save-token");
    }

    @Test
    @DisplayName("--save-token without a keychain: exit 1, the token is written nowhere")
    void saveTokenWithoutKeychain() {
        CliRun run = CliRun.withEnvironment(home, Map.of(), "secret-token-typed-in\n", "bot", "--save-token");

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.errLine()).contains("No keychain is available").doesNotContain("secret-token-typed-in");
        assertThat(home.toFile().list()).isNullOrEmpty();
    }

    @Test
    @DisplayName("--help says where the token comes from and how to keep it in the keychain")
    void help() {
        CliRun run = CliRun.withEnvironment(home, Map.of(), "", "bot", "--help");

        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).contains("GAVEL_TOKEN").contains("--save-token").contains("SIGTERM").contains("--db");
    }

    @Test
    @DisplayName("without --db: a usage error, exit 2")
    void missingDb() {
        CliRun run = CliRun.withEnvironment(home, Map.of(TokenVault.ENVIRONMENT_VARIABLE, "x"), "", "bot");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.errLine()).contains("--db");
    }
}
