package dev.gavel.discord;

import static dev.gavel.discord.RuntimeHarness.assertMeasured;
import static org.assertj.core.api.Assertions.assertThat;

import dev.gavel.core.model.BackfillCursor;
import dev.gavel.core.model.MessageStat;
import dev.gavel.core.model.RecorderSession;
import dev.gavel.discord.fake.Emoji;
import dev.gavel.discord.fake.FakeChannel;
import dev.gavel.discord.fake.FakeDiscord;
import dev.gavel.discord.fake.FakeDiscordExtension;
import dev.gavel.discord.fake.FakeGuild;
import dev.gavel.discord.fake.FakeMessage;
import dev.gavel.discord.fake.FakeUser;
import dev.gavel.discord.fake.RestCall;
import dev.gavel.store.BackfillCursorDao;
import dev.gavel.store.SessionDao;
import dev.gavel.store.StoreCheck;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/** Backfill, reconnects and recorder sessions, end to end through the fake Discord. */
@ExtendWith(FakeDiscordExtension.class)
class BotRuntimeBackfillTest {

    private static final String HISTORY = "/channels/{channel_id}/messages";

    @TempDir
    Path dir;

    private FakeGuild guild;
    private FakeChannel general;
    private FakeChannel random;
    private FakeUser alice;
    private FakeUser bob;

    private void script(FakeDiscord fake) {
        guild = fake.addGuild("Reactiflux");
        FakeChannel community = guild.addCategory("Community");
        general = guild.addTextChannel("general", community);
        random = guild.addTextChannel("random", community);
        alice = fake.addUser("alice");
        bob = fake.addUser("bob");
        guild.addMember(alice);
        guild.addMember(bob);
    }

    private static Set<String> ids(List<FakeMessage> messages) {
        return messages.stream().map(message -> Long.toString(message.id())).collect(Collectors.toSet());
    }

    @Test
    @DisplayName("first contact fills each channel back to the horizon and not further, 100 messages a request")
    void firstContact(FakeDiscord fake) {
        script(fake);
        Instant now = Instant.now();
        FakeMessage tooOld = general.addMessage(alice, "before the horizon", now.minus(Duration.ofDays(40)));
        List<FakeMessage> expected = new ArrayList<>();
        expected.add(general.addMessage(alice, "three weeks ago", now.minus(Duration.ofDays(20))));
        for (int i = 0; i < 250; i++) {
            expected.add(random.addMessage(i % 2 == 0 ? alice : bob, "message " + i + " with `code`",
                    now.minus(Duration.ofMinutes(300 - i))));
        }
        FakeMessage replied = expected.get(5);
        FakeMessage reply = random.addMessage(bob, "a reply", now.minusSeconds(30)).replyTo(replied);
        reply.addReaction(alice, Emoji.unicode("👍")).addReaction(bob, Emoji.unicode("🎉"));
        expected.add(reply);
        FakeMessage byBot = random.addMessage(fake.bot(), "a bot's message", now.minusSeconds(20));

        try (RuntimeHarness harness = new RuntimeHarness(fake, dir.resolve("gavel.db"))) {
            harness.start(RuntimeHarness.FAST.withBackfillHorizon(Duration.ofDays(30)));
            harness.awaitRowCount(guild.id(), expected.size());
            harness.awaitIdle();

            Map<String, MessageStat> rows = harness.rowsById(guild.id());
            assertThat(rows.keySet()).isEqualTo(ids(expected));
            assertThat(rows).doesNotContainKeys(Long.toString(tooOld.id()), Long.toString(byBot.id()));
            for (FakeMessage message : expected) {
                MessageStat row = rows.get(Long.toString(message.id()));
                assertMeasured(row, message.content());
                assertThat(row.channelCategory()).isEqualTo("Community");
                assertThat(row.sentAt()).isEqualTo(message.createdAt().toEpochMilli());
            }
            MessageStat replyRow = rows.get(Long.toString(reply.id()));
            assertThat(replyRow.recipientId()).isEqualTo(Long.toString(replied.author().id()));
            assertThat(replyRow.reactCount()).isEqualTo(2);
            List<RestCall> randomPages = fake.rest().calls("GET", HISTORY).stream()
                    .filter(call -> call.path().contains(Long.toString(random.id()))).toList();
            assertThat(randomPages).hasSize(3).allSatisfy(call -> assertThat(call.query("limit")).isEqualTo("100"));
            Optional<BackfillCursor> cursor = harness.store.read(BackfillCursorDao.class,
                    dao -> dao.find(Long.toString(random.id())));
            assertThat(cursor).get().extracting(BackfillCursor::lastMessageId).isEqualTo(Long.toString(byBot.id()));
            BackfillProgress progress = harness.runtime().status().backfill();
            assertThat(progress.channelsDone()).isEqualTo(progress.channelsTotal()).isEqualTo(2);
            assertThat(progress.messagesFetched()).isEqualTo(expected.size() + 1);
        }
    }

    @Test
    @DisplayName("a restart after downtime fills exactly the messages missed, from each channel's cursor")
    void restartAfterDowntime(FakeDiscord fake) {
        script(fake);
        Path file = dir.resolve("gavel.db");
        List<FakeMessage> live = new ArrayList<>();
        try (RuntimeHarness first = new RuntimeHarness(fake, file)) {
            first.start();
            first.awaitIdle();
            live.add(fake.pushMessage(general, alice, "before the downtime"));
            live.add(fake.pushMessage(random, bob, "me too"));
            first.awaitRowCount(guild.id(), 2);
        }
        List<FakeMessage> missed = new ArrayList<>();
        for (int i = 0; i < 7; i++) {
            missed.add((i % 2 == 0 ? general : random).addMessage(alice, "while the bot was down " + i));
        }
        int callsBefore = fake.rest().calls("GET", HISTORY).size();

        try (RuntimeHarness second = new RuntimeHarness(fake, file)) {
            second.start();
            second.awaitRowCount(guild.id(), 9);
            second.awaitIdle();
            FakeMessage afterwards = fake.pushMessage(general, bob, "back again");
            second.awaitRow(afterwards);

            List<FakeMessage> all = new ArrayList<>(live);
            all.addAll(missed);
            all.add(afterwards);
            assertThat(second.rowsById(guild.id()).keySet()).isEqualTo(ids(all));
            List<RestCall> calls = fake.rest().calls("GET", HISTORY);
            List<RestCall> generalCalls = calls.subList(callsBefore, calls.size()).stream()
                    .filter(call -> call.path().contains(Long.toString(general.id()))).toList();
            assertThat(generalCalls).first().satisfies(call ->
                    assertThat(call.query("after")).isEqualTo(Long.toString(live.get(0).id())));
        }
    }

    @Test
    @DisplayName("a 429 storm on history slows the backfill; live messages, edits and reactions meanwhile are kept once and true")
    void rateLimitStormWithLiveTraffic(FakeDiscord fake) {
        script(fake);
        List<FakeMessage> history = new ArrayList<>();
        for (int i = 0; i < 120; i++) {
            history.add(general.addMessage(alice, "old " + i, Instant.now().minusSeconds(600 - i)));
        }
        FakeMessage reacted = history.get(110);
        reacted.addReaction(bob, Emoji.unicode("👍"));
        fake.rest().rateLimitNext("GET", HISTORY, 3, 1);

        try (RuntimeHarness harness = new RuntimeHarness(fake, dir.resolve("gavel.db"))) {
            harness.start();
            List<FakeMessage> live = new ArrayList<>();
            for (int i = 0; i < 10; i++) {
                live.add(fake.pushMessage(general, bob, "live " + i));
            }
            fake.pushReactionAdd(reacted, alice, Emoji.unicode("🎉"));
            fake.pushMessageUpdate(history.get(115), "edited while filling, now five words");
            fake.pushReactionAdd(live.get(0), alice, Emoji.unicode("🎉"));
            harness.awaitRowCount(guild.id(), 130);
            harness.awaitIdle();

            Map<String, MessageStat> rows = harness.rowsById(guild.id());
            List<FakeMessage> all = new ArrayList<>(history);
            all.addAll(live);
            assertThat(rows.keySet()).isEqualTo(ids(all));
            for (FakeMessage message : all) {
                MessageStat row = rows.get(Long.toString(message.id()));
                assertMeasured(row, message.content());
                assertThat(row.reactCount()).as("reactions of %s", message).isEqualTo(message.reactionCount());
            }
            assertThat(fake.rest().calls("GET", HISTORY)).extracting(RestCall::status).contains(429);
        }
    }

    @Test
    @DisplayName("a dropped connection resumes and nothing pushed during the outage is lost; the resume is counted")
    void droppedConnection(FakeDiscord fake) {
        script(fake);
        try (RuntimeHarness harness = new RuntimeHarness(fake, dir.resolve("gavel.db"))) {
            harness.start();
            FakeMessage before = fake.pushMessage(general, alice, "before");
            harness.awaitRow(before);
            fake.gateway().holdNewConnections();
            fake.gateway().dropConnections();
            fake.gateway().awaitClosedConnections(1, RuntimeHarness.WAIT);
            List<FakeMessage> during = new ArrayList<>();
            for (int i = 0; i < 5; i++) {
                during.add(fake.pushMessage(random, bob, "during the outage " + i));
            }
            fake.pushReactionAdd(before, bob, Emoji.unicode("👍"));
            fake.gateway().releaseNewConnections();
            fake.gateway().awaitResumes(1, RuntimeHarness.WAIT);

            harness.awaitRowCount(guild.id(), 6);
            harness.awaitRow(before, row -> row.reactCount() == 1, "the reaction replayed");
            RuntimeHarness.await(() -> sessions(harness).get(0).resumes() == 1, () -> "the resume counted: " + sessions(harness));
            assertThat(harness.runtime().status().connection()).isEqualTo(ConnectionState.CONNECTED);
            assertThat(fake.gateway().identifies()).isEqualTo(1);
        }
    }

    @Test
    @DisplayName("a RESUME that fails starts a new session, and what was written meanwhile is backfilled")
    void failedResume(FakeDiscord fake) {
        script(fake);
        try (RuntimeHarness harness = new RuntimeHarness(fake, dir.resolve("gavel.db"))) {
            harness.start();
            FakeMessage before = fake.pushMessage(general, alice, "before");
            harness.awaitRow(before);
            fake.gateway().invalidateSessions(false);
            FakeMessage meanwhile = general.addMessage(bob, "written while the session was lost");
            fake.gateway().awaitIdentifies(2, Duration.ofSeconds(20));

            harness.awaitRow(meanwhile);
            assertThat(harness.rowCount(guild.id())).isEqualTo(2);
        }
    }

    @Test
    @DisplayName("the session row is opened, refreshed while connected and closed; the time the bot was down is a coverage gap")
    void sessionsAndCoverage(FakeDiscord fake) throws Exception {
        script(fake);
        Path file = dir.resolve("gavel.db");
        try (RuntimeHarness first = new RuntimeHarness(fake, file)) {
            first.start();
            fake.pushMessage(general, alice, "first run");
            RuntimeHarness.await(() -> !sessions(first).isEmpty(), () -> "a session row");
            RecorderSession opened = sessions(first).get(0);
            assertThat(opened.endedAt()).isNull();
            assertThat(opened.botName()).isEqualTo("Gavel");
            RuntimeHarness.await(() -> sessions(first).get(0).expires().isAfter(opened.expires().plusMillis(250)),
                    () -> "expires refreshed: " + sessions(first));
            first.awaitRowCount(guild.id(), 1);
        }
        List<RecorderSession> afterStop = new ArrayList<>();
        try (var store = dev.gavel.store.Store.openReadOnly(file)) {
            afterStop.addAll(store.read(SessionDao.class, SessionDao::listAll));
        }
        assertThat(afterStop).singleElement().satisfies(session -> {
            assertThat(session.endedAt()).isNotNull();
            assertThat(session.expires()).isEqualTo(session.endedAt());
            assertThat(session.eventsRecorded()).isGreaterThanOrEqualTo(1);
        });
        Thread.sleep(400);
        try (RuntimeHarness second = new RuntimeHarness(fake, file)) {
            second.start();
            fake.pushMessage(general, alice, "second run");
            second.awaitRowCount(guild.id(), 2);
        }
        StoreCheck.Report report = StoreCheck.run(file);
        assertThat(report.coverage().sessions()).isEqualTo(2);
        assertThat(report.coverage().gaps()).as("gaps of %s between %s and %s", sessionsIn(file), report.firstMessage(),
                report.lastMessage()).isEqualTo(1);
        assertThat(report.coverage().covered()).isLessThan(report.coverage().span());
    }

    private static List<RecorderSession> sessionsIn(Path file) {
        try (var store = dev.gavel.store.Store.openReadOnly(file)) {
            return store.read(SessionDao.class, SessionDao::listAll);
        }
    }

    private static List<RecorderSession> sessions(RuntimeHarness harness) {
        return harness.store.read(SessionDao.class, SessionDao::listAll);
    }
}
