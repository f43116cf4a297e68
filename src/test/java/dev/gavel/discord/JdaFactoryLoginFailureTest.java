package dev.gavel.discord;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.gavel.discord.fake.FakeDiscord;
import dev.gavel.discord.fake.FakeDiscordExtension;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.time.Duration;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Each way a login fails comes back as its own kind, with a sentence that says what to do. */
@ExtendWith(FakeDiscordExtension.class)
class JdaFactoryLoginFailureTest {

    private static final Duration READY_WAIT = Duration.ofSeconds(15);

    private static LoginFailure loginAndAwait(JdaFactory factory, String token, FakeDiscord fake) {
        return catchThrowableOfType(LoginFailure.class, () -> {
            JdaLogin login = factory.login(token);
            fake.shutDownOnClose(login.jda());
            login.awaitReady(READY_WAIT);
        });
    }

    @Test
    @DisplayName("a token Discord rejects on login (HTTP 401) is an invalid token, and the message never shows it")
    void rejectedToken(FakeDiscord fake) {
        fake.addGuild("Reactiflux");
        String wrongToken = "not-" + fake.token();

        LoginFailure failure = loginAndAwait(new JdaFactory(fake.endpoints()), wrongToken, fake);

        assertThat(failure.kind()).isEqualTo(LoginFailure.Kind.INVALID_TOKEN);
        assertThat(failure.getMessage()).contains("developer portal").doesNotContain(wrongToken);
        assertThat(fake.rest().calls("GET", "/users/@me")).extracting(call -> call.status()).containsExactly(401);
        assertThat(fake.gateway().connectionsOpened()).isZero();
    }

    @Test
    @DisplayName("a gateway that closes with 4004 is an invalid token too")
    void gatewayRejectsToken(FakeDiscord fake) {
        fake.addGuild("Reactiflux");
        fake.gateway().closeNextIdentify(4004, "Authentication failed.");
        fake.jdaLogs().expect("cannot be recovered due to identification issues");

        LoginFailure failure = loginAndAwait(new JdaFactory(fake.endpoints()), fake.token(), fake);

        assertThat(failure.kind()).isEqualTo(LoginFailure.Kind.INVALID_TOKEN);
        assertThat(fake.gateway().closeCodes()).isNotEmpty();
    }

    @Test
    @DisplayName("close code 4014 means the privileged intents are off, and the sentence names both to turn on")
    void privilegedIntentsDisabled(FakeDiscord fake) {
        fake.addGuild("Reactiflux");
        fake.gateway().rejectPrivilegedIntents(true);
        fake.jdaLogs().expect("cannot be recovered due to identification issues");

        LoginFailure failure = loginAndAwait(new JdaFactory(fake.endpoints()), fake.token(), fake);

        assertThat(failure.kind()).isEqualTo(LoginFailure.Kind.PRIVILEGED_INTENTS_DISABLED);
        assertThat(failure.getMessage()).contains("Message Content Intent").contains("Server Members Intent")
                .contains("developer portal");
        assertThat(fake.gateway().identifies()).isZero();
    }

    @Test
    @DisplayName("another fatal close code is a refusal that names the code and its meaning")
    void otherFatalClose(FakeDiscord fake) {
        fake.addGuild("Reactiflux");
        fake.gateway().closeNextIdentify(4013, "Invalid intent(s).");
        fake.jdaLogs().expect("cannot be recovered due to identification issues");

        LoginFailure failure = loginAndAwait(new JdaFactory(fake.endpoints()), fake.token(), fake);

        assertThat(failure.kind()).isEqualTo(LoginFailure.Kind.REFUSED);
        assertThat(failure.getMessage()).contains("4013").contains("Invalid intents");
    }

    @Test
    @DisplayName("nothing listening at the address is Discord unreachable")
    void unreachable(FakeDiscord fake) throws IOException {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            closedPort = socket.getLocalPort();
        }
        DiscordEndpoints nowhere = new DiscordEndpoints(URI.create("http://127.0.0.1:" + closedPort + "/api/v10/"),
                URI.create("ws://127.0.0.1:" + closedPort + "/gateway"));
        fake.jdaLogs().expect("There was an I/O error while executing a REST request");

        LoginFailure failure = loginAndAwait(new JdaFactory(nowhere), fake.token(), fake);

        assertThat(failure.kind()).isEqualTo(LoginFailure.Kind.DISCORD_UNREACHABLE);
        assertThat(failure.getMessage()).contains("127.0.0.1").contains("connection was refused");
    }

    @Test
    @DisplayName("server errors that outlast JDA's retries are Discord unavailable")
    void unavailable(FakeDiscord fake) {
        fake.rest().failNext("GET", "/users/@me", 4, 503, 0, "Service Unavailable");

        LoginFailure failure = loginAndAwait(new JdaFactory(fake.endpoints()), fake.token(), fake);

        assertThat(failure.kind()).isEqualTo(LoginFailure.Kind.DISCORD_UNAVAILABLE);
        assertThat(failure.getMessage()).contains("HTTP 503").contains("discordstatus.com");
    }

    @Test
    @DisplayName("a token with spaces is refused before anything is sent, without echoing it")
    void tokenWithSpaces(FakeDiscord fake) {
        LoginFailure failure = loginAndAwait(new JdaFactory(fake.endpoints()), "Bot secret-value", fake);

        assertThat(failure.kind()).isEqualTo(LoginFailure.Kind.INVALID_TOKEN);
        assertThat(failure.getMessage()).doesNotContain("secret-value");
        assertThat(fake.rest().calls()).isEmpty();
    }
}
