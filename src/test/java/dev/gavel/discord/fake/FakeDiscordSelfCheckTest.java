package dev.gavel.discord.fake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.io.IOException;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import net.dv8tion.jda.api.JDA;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The fake's end-of-test checks fail when they should. Without the extension: JDA's log is one per
 * JVM, so a second fake would see these deliberate problems too.
 */
class FakeDiscordSelfCheckTest {

    private static final Duration WAIT = Duration.ofSeconds(10);

    @Test
    @DisplayName("a payload JDA cannot parse is only logged by JDA, and the fake turns that log into a failure")
    void unparsablePayloadFailsTheTest() throws IOException {
        try (FakeDiscord fake = FakeDiscord.start()) {
            FakeGuild guild = fake.addGuild("Reactiflux");
            FakeChannel general = guild.addTextChannel("general");
            fake.startClient();

            fake.gateway().dispatch("MESSAGE_CREATE", Json.object().put("id", "1")
                    .put("channel_id", Long.toString(general.id())).put("guild_id", Long.toString(guild.id())));
            awaitJdaProblem(fake);

            assertThatThrownBy(fake::verifyNoSurprises).isInstanceOf(AssertionError.class)
                    .hasMessageContaining("JDA logged").hasMessageContaining("MESSAGE_CREATE");
            fake.jdaLogs().expect("MESSAGE_CREATE");
            fake.verifyNoSurprises();
        }
    }

    @Test
    @DisplayName("a REST call no route answers gets 404 and is reported at the end of the test")
    void unhandledRouteIsReported() throws Exception {
        try (FakeDiscord fake = FakeDiscord.start()) {
            FakeGuild guild = fake.addGuild("Reactiflux");
            FakeChannel general = guild.addTextChannel("general");
            JDA jda = fake.startClient();

            Throwable failed = catchThrowable(() ->
                    jda.getTextChannelById(general.id()).retrievePinnedMessages().submit().get(10, TimeUnit.SECONDS));

            assertThat(failed).hasMessageContaining("404");
            assertThat(fake.rest().unhandledCalls()).extracting(RestCall::path)
                    .containsExactly("/channels/" + general.id() + "/messages/pins");
            assertThatThrownBy(fake::verifyNoSurprises).hasMessageContaining("No fake route answers GET /channels/");
        }
    }

    private static void awaitJdaProblem(FakeDiscord fake) {
        long deadline = System.nanoTime() + WAIT.toNanos();
        while (fake.jdaLogs().all().isEmpty()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("JDA logged nothing about the broken payload");
            }
            Thread.onSpinWait();
        }
    }
}
