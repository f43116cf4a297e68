package dev.gavel.discord;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gavel.discord.fake.FakeChannel;
import dev.gavel.discord.fake.FakeDiscord;
import dev.gavel.discord.fake.FakeDiscordExtension;
import dev.gavel.discord.fake.FakeGuild;
import dev.gavel.discord.fake.FakeMessage;
import dev.gavel.discord.fake.FakeUser;
import dev.gavel.discord.fake.JdaEventRecorder;
import dev.gavel.discord.fake.RestCall;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import net.dv8tion.jda.api.JDA;
import net.dv8tion.jda.api.entities.Message;
import net.dv8tion.jda.api.entities.channel.concrete.TextChannel;
import net.dv8tion.jda.api.events.message.MessageReceivedEvent;
import net.dv8tion.jda.api.events.session.SessionRecreateEvent;
import net.dv8tion.jda.api.events.session.SessionResumeEvent;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The client built by JdaFactory survives what Discord's gateway and REST API do to it. */
@ExtendWith(FakeDiscordExtension.class)
class JdaGatewayResilienceTest {

    private static final Duration WAIT = Duration.ofSeconds(15);

    private FakeChannel general;
    private FakeUser alice;
    private JdaEventRecorder events;

    private JDA connect(FakeDiscord fake) {
        FakeGuild guild = fake.addGuild("Reactiflux");
        general = guild.addTextChannel("general");
        alice = fake.addUser("alice");
        guild.addMember(alice);
        events = new JdaEventRecorder(fake);
        return fake.startClient(events);
    }

    private void assertArrives(FakeMessage message) {
        MessageReceivedEvent received = events.await(MessageReceivedEvent.class,
                event -> event.getMessageIdLong() == message.id(), WAIT);
        assertThat(received.getMessage().getContentRaw()).isEqualTo(message.content());
    }

    @Test
    @DisplayName("op 7 RECONNECT: the client resumes and gets the events pushed while it was away")
    void reconnectRequest(FakeDiscord fake) {
        connect(fake);
        fake.gateway().holdNewConnections();

        fake.gateway().requestReconnect();
        fake.gateway().awaitClosedConnections(1, WAIT);
        FakeMessage duringOutage = fake.pushMessage(general, alice, "sent while reconnecting");
        fake.gateway().releaseNewConnections();

        fake.gateway().awaitResumes(1, WAIT);
        assertArrives(duringOutage);
        events.await(SessionResumeEvent.class, WAIT);
        assertThat(fake.gateway().identifies()).isEqualTo(1);
        assertThat(fake.gateway().replayedDispatches()).isGreaterThanOrEqualTo(1);
    }

    @Test
    @DisplayName("a dropped TCP connection: the client reconnects, RESUMEs and gets the missed events in order")
    void droppedConnection(FakeDiscord fake) {
        connect(fake);
        fake.gateway().holdNewConnections();

        fake.gateway().dropConnections();
        fake.gateway().awaitClosedConnections(1, WAIT);
        List<FakeMessage> missed = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            missed.add(fake.pushMessage(general, alice, "missed " + i));
        }
        fake.gateway().releaseNewConnections();

        fake.gateway().awaitResumes(1, WAIT);
        List<MessageReceivedEvent> received = events.awaitAll(MessageReceivedEvent.class, event -> true, 5, WAIT);
        assertThat(received).extracting(MessageReceivedEvent::getMessageIdLong)
                .containsExactlyElementsOf(missed.stream().map(FakeMessage::id).toList());
        assertThat(fake.gateway().replayedDispatches()).isEqualTo(5);
        assertThat(fake.gateway().identifies()).isEqualTo(1);
        assertThat(fake.gateway().closeCodes()).contains(1006);
    }

    @Test
    @DisplayName("heartbeats left unanswered: the client sees a zombie connection and resumes on a new one")
    void zombieConnection(FakeDiscord fake) {
        fake.gateway().heartbeatInterval(Duration.ofMillis(250));
        connect(fake);

        fake.gateway().acknowledgeHeartbeats(false);
        fake.gateway().awaitConnectionsOpened(2, WAIT);
        fake.gateway().acknowledgeHeartbeats(true);
        fake.gateway().awaitResumes(1, WAIT);
        FakeMessage afterwards = fake.pushMessage(general, alice, "still recorded");

        assertArrives(afterwards);
        assertThat(fake.gateway().identifies()).isEqualTo(1);
        assertThat(fake.gateway().closeCodes()).first().isNotEqualTo(1000);
    }

    @Test
    @DisplayName("close code 4000: the client resumes")
    void unknownErrorClose(FakeDiscord fake) {
        connect(fake);
        fake.jdaLogs().expect("WebSocket connection closed due to server error");

        fake.gateway().close(4000, "Unknown error.");
        fake.gateway().awaitResumes(1, WAIT);
        FakeMessage afterwards = fake.pushMessage(general, alice, "after 4000");

        assertArrives(afterwards);
        assertThat(fake.gateway().identifies()).isEqualTo(1);
    }

    @Test
    @DisplayName("op 9 INVALID_SESSION, resumable: the client resumes")
    void resumableInvalidSession(FakeDiscord fake) {
        connect(fake);

        fake.gateway().invalidateSessions(true);
        fake.gateway().awaitResumes(1, WAIT);
        FakeMessage afterwards = fake.pushMessage(general, alice, "after op 9 true");

        assertArrives(afterwards);
        assertThat(fake.gateway().identifies()).isEqualTo(1);
    }

    @Test
    @DisplayName("op 9 INVALID_SESSION, not resumable: the client identifies again and sees the guild anew")
    void invalidSession(FakeDiscord fake) {
        connect(fake);

        fake.gateway().invalidateSessions(false);
        fake.gateway().awaitIdentifies(2, Duration.ofSeconds(20));
        events.await(SessionRecreateEvent.class, WAIT);
        FakeMessage afterwards = fake.pushMessage(general, alice, "after a new session");

        assertArrives(afterwards);
        assertThat(fake.gateway().resumes()).isZero();
    }

    @Test
    @DisplayName("a 429 storm on a route: the client waits out Retry-After and every call succeeds, in order")
    void rateLimitStorm(FakeDiscord fake) throws Exception {
        JDA jda = connect(fake);
        TextChannel channel = jda.getTextChannelById(general.id());
        fake.rest().rateLimitNext("POST", "/channels/{channel_id}/messages", 2, 1);

        List<CompletableFuture<Message>> sends = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            sends.add(channel.sendMessage("queued " + i).submit());
        }
        List<String> sent = new ArrayList<>();
        for (CompletableFuture<Message> send : sends) {
            sent.add(send.get(WAIT.toMillis(), TimeUnit.MILLISECONDS).getContentRaw());
        }

        assertThat(sent).containsExactly("queued 0", "queued 1", "queued 2");
        List<RestCall> calls = fake.rest().calls("POST", "/channels/{channel_id}/messages");
        assertThat(calls).extracting(RestCall::status).containsExactly(429, 429, 200, 200, 200);
        assertThat(calls.stream().filter(call -> call.status() == 200).map(call -> call.json().get("content").asText()))
                .containsExactly("queued 0", "queued 1", "queued 2");
        assertThat(Duration.between(calls.get(0).receivedAt(), calls.get(2).receivedAt()))
                .isGreaterThanOrEqualTo(Duration.ofMillis(1900));
    }
}
