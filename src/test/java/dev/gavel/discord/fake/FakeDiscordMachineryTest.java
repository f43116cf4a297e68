package dev.gavel.discord.fake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import net.dv8tion.jda.api.JDA;
import net.dv8tion.jda.api.JDABuilder;
import net.dv8tion.jda.api.entities.Guild;
import net.dv8tion.jda.api.entities.Member;
import net.dv8tion.jda.api.events.message.MessageReceivedEvent;
import net.dv8tion.jda.api.events.session.ReadyEvent;
import net.dv8tion.jda.api.events.session.SessionRecreateEvent;
import net.dv8tion.jda.api.hooks.EventListener;
import net.dv8tion.jda.api.requests.GatewayIntent;
import net.dv8tion.jda.api.requests.RestConfig;
import net.dv8tion.jda.api.utils.Compression;
import net.dv8tion.jda.api.utils.SessionControllerAdapter;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The fake's own guarantees: bounded waits, surprises reported, Discord's edge cases reproduced. */
@ExtendWith(FakeDiscordExtension.class)
class FakeDiscordMachineryTest {

    private static final Duration WAIT = Duration.ofSeconds(10);

    @Test
    @DisplayName("a wait that times out fails with what it waited for, what it saw and what went wrong")
    void timeoutsExplainThemselves(FakeDiscord fake) {
        assertThatThrownBy(() -> fake.rest().awaitCall("POST", "/channels/{channel_id}/messages",
                Duration.ofMillis(100)))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("Timed out after 100 ms waiting for 1 call(s) POST /channels/{channel_id}/messages");
        assertThatThrownBy(() -> fake.gateway().awaitIdentifies(1, Duration.ofMillis(100)))
                .isInstanceOf(AssertionError.class).hasMessageContaining("1 IDENTIFY, saw 0");
    }

    @Test
    @DisplayName("pushing before any client identified is refused with a sentence")
    void pushWithoutClient(FakeDiscord fake) {
        FakeGuild guild = fake.addGuild("Reactiflux");
        FakeChannel general = guild.addTextChannel("general");
        FakeUser alice = fake.addUser("alice");

        assertThatThrownBy(() -> fake.pushMessage(general, alice, "hello"))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("log a client in");
    }

    @Test
    @DisplayName("a guild above the large threshold comes without members, and a member request gets them all in chunks")
    void largeGuildIsChunked(FakeDiscord fake) throws Exception {
        FakeGuild guild = fake.addGuild("Big server");
        for (int i = 0; i < 1200; i++) {
            guild.addMember(fake.addUser("member" + i)).nick(i % 2 == 0 ? "Nick " + i : null);
        }

        JDA jda = fake.startClient();
        Guild seen = jda.getGuildById(guild.id());
        int cachedAtReady = seen.getMembers().size();
        List<Member> loaded = seen.loadMembers().setTimeout(WAIT).get();

        assertThat(cachedAtReady).isEqualTo(1);
        assertThat(loaded).hasSize(1202);
        FakeMember hundredth = guild.members().get(100);
        assertThat(seen.getMemberById(hundredth.id()).getUser().getName()).isEqualTo(hundredth.user().username());
        assertThat(seen.getMemberById(hundredth.id()).getNickname()).isEqualTo(hundredth.nick());
        assertThat(fake.gateway().received(8)).isEqualTo(1);
    }

    @Test
    @DisplayName("a RESUME older than what the session kept gets INVALID_SESSION and the client starts a new session")
    void resumeTooOld(FakeDiscord fake) {
        FakeGuild guild = fake.addGuild("Reactiflux");
        FakeChannel general = guild.addTextChannel("general");
        FakeUser alice = fake.addUser("alice");
        guild.addMember(alice);
        fake.gateway().replayCapacity(2);
        JdaEventRecorder events = new JdaEventRecorder(fake);
        fake.startClient(events);

        fake.gateway().holdNewConnections();
        fake.gateway().dropConnections();
        fake.gateway().awaitClosedConnections(1, WAIT);
        for (int i = 0; i < 5; i++) {
            fake.pushMessage(general, alice, "lost " + i);
        }
        fake.gateway().releaseNewConnections();

        fake.gateway().awaitIdentifies(2, Duration.ofSeconds(20));
        events.await(SessionRecreateEvent.class, WAIT);
        assertThat(fake.gateway().resumes()).isZero();
        assertThat(events.events(MessageReceivedEvent.class)).isEmpty();
        assertThat(general.messages()).hasSize(5);
    }

    @Test
    @DisplayName("thousands of pushed messages arrive complete and in order")
    void volume(FakeDiscord fake) {
        FakeGuild guild = fake.addGuild("Reactiflux");
        FakeChannel general = guild.addTextChannel("general");
        FakeUser alice = fake.addUser("alice");
        guild.addMember(alice);
        fake.keepPushedMessages(false);
        AtomicInteger outOfOrder = new AtomicInteger();
        AtomicInteger received = new AtomicInteger();
        long[] last = {0};
        EventListener counter = event -> {
            if (event instanceof MessageReceivedEvent message) {
                if (message.getMessageIdLong() <= last[0]) {
                    outOfOrder.incrementAndGet();
                }
                last[0] = message.getMessageIdLong();
                received.incrementAndGet();
            }
        };
        fake.startClient(counter);
        int count = 3000;
        Instant start = Instant.parse("2024-01-01T00:00:00Z");

        for (int i = 0; i < count; i++) {
            fake.pushMessage(general, alice, "message " + i, start.plusMillis(i));
        }

        long deadline = System.nanoTime() + WAIT.toNanos();
        while (received.get() < count && System.nanoTime() < deadline) {
            Thread.onSpinWait();
        }
        assertThat(received.get()).isEqualTo(count);
        assertThat(outOfOrder.get()).isZero();
        assertThat(general.messages()).isEmpty();
    }

    @Test
    @DisplayName("a client without the Message Content intent gets messages without content, unless they mention it")
    void messageContentIntent(FakeDiscord fake) {
        FakeGuild guild = fake.addGuild("Reactiflux");
        FakeChannel general = guild.addTextChannel("general");
        FakeUser alice = fake.addUser("alice");
        guild.addMember(alice);
        JdaEventRecorder events = new JdaEventRecorder(fake);
        JDA jda = JDABuilder.createLight(fake.token(), EnumSet.of(GatewayIntent.GUILD_MESSAGES))
                .setRestConfig(new RestConfig().setBaseUrl(fake.restBaseUrl()))
                .setSessionController(new SessionControllerAdapter() {
                    @Override
                    public String getGateway() {
                        return fake.gatewayUrl();
                    }
                })
                .setCompression(Compression.NONE)
                .addEventListeners(events)
                .build();
        fake.shutDownOnClose(jda);
        events.await(ReadyEvent.class, WAIT);

        fake.pushMessage(general, alice, "private words");
        fake.pushMessage(general, alice, "hey " + fake.bot().mention());

        assertThat(events.await(MessageReceivedEvent.class, WAIT).getMessage().getContentRaw()).isEmpty();
        assertThat(events.await(MessageReceivedEvent.class, WAIT).getMessage().getContentRaw())
                .isEqualTo("hey " + fake.bot().mention());
    }

    @Test
    @DisplayName("snowflakes encode the chosen time and stay unique within a millisecond")
    void snowflakes(FakeDiscord fake) {
        Instant at = Instant.parse("2023-06-15T12:34:56.789Z");

        long first = fake.snowflakes().at(at);
        long second = fake.snowflakes().at(at);

        assertThat(Snowflakes.timeOf(first)).isEqualTo(at);
        assertThat(Snowflakes.timeOf(second)).isEqualTo(at);
        assertThat(second).isGreaterThan(first);
        assertThatThrownBy(() -> fake.snowflakes().at(Instant.parse("2014-12-31T23:59:59Z")))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
