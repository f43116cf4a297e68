package dev.gavel.recording;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gavel.core.Snowflakes;
import dev.gavel.core.metrics.MessageMetricsCalculator;
import dev.gavel.core.model.BackfillCursor;
import dev.gavel.core.model.MessageStat;
import dev.gavel.core.model.RecorderSession;
import dev.gavel.recording.RecordingEvent.BackfillPage;
import dev.gavel.recording.RecordingEvent.BackfillPlanned;
import dev.gavel.recording.RecordingEvent.GatewayInterrupted;
import dev.gavel.recording.RecordingEvent.GatewayResumed;
import dev.gavel.recording.RecordingEvent.MessageDeleted;
import dev.gavel.recording.RecordingEvent.MessagePosted;
import dev.gavel.recording.RecordingEvent.ReactionAdded;
import dev.gavel.recording.RecordingEvent.SessionStarted;
import dev.gavel.store.BackfillCursorDao;
import dev.gavel.store.MessageStatsDao;
import dev.gavel.store.SessionDao;
import dev.gavel.store.Store;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Where backfill and live events meet: the recorder keeps rows and cursors true whatever the order. */
class RecorderTest {

    private static final long GUILD = 100;
    private static final long CHANNEL = 200;

    @TempDir
    Path dir;

    private Store store;
    private Recorder recorder;
    private long nextId = Snowflakes.firstIdAt(Instant.now().minusSeconds(3600));

    @BeforeEach
    void open() {
        store = Store.open(dir.resolve("gavel.db"));
        recorder = new Recorder(store, new MessageMetricsCalculator(), new Recorder.Settings(Duration.ofMillis(50), 1000),
                Clock.systemUTC(), new Recorder.Listener() {
                    @Override
                    public void committed(long eventsRecorded) {
                    }

                    @Override
                    public void writeFailed(String reason) {
                        throw new AssertionError(reason);
                    }
                });
        recorder.start();
    }

    @AfterEach
    void close() {
        recorder.close(Duration.ofSeconds(10));
        store.close();
    }

    private SeenMessage message(String content, int reactions) {
        nextId += 1 << 22;
        return new SeenMessage(nextId, GUILD, CHANNEL, "Community", 7, content, Snowflakes.epochMillis(nextId), reactions,
                null, null);
    }

    private List<BackfillStart> plan() throws Exception {
        CompletableFuture<List<BackfillStart>> starts = new CompletableFuture<>();
        recorder.submit(new BackfillPlanned(List.of(new BackfillStart(GUILD, CHANNEL, 0)), 42, starts));
        return starts.get(10, TimeUnit.SECONDS);
    }

    private void page(List<SeenMessage> messages, long requestSequence, boolean last) throws Exception {
        CompletableFuture<Void> committed = new CompletableFuture<>();
        long newest = messages.stream().mapToLong(SeenMessage::messageId).max().orElse(0);
        recorder.submit(new BackfillPage(GUILD, CHANNEL, messages, newest, requestSequence, last, committed));
        committed.get(10, TimeUnit.SECONDS);
    }

    private Optional<MessageStat> row(SeenMessage message) {
        return store.read(MessageStatsDao.class, dao -> dao.find(Long.toString(message.messageId())));
    }

    private String cursor() {
        Optional<BackfillCursor> cursor = store.read(BackfillCursorDao.class, dao -> dao.find(Long.toString(CHANNEL)));
        return cursor.map(BackfillCursor::lastMessageId).orElse(null);
    }

    private static void await(BooleanSupplier condition, String what) {
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("Timed out waiting for " + what);
            }
            try {
                Thread.sleep(10);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    @Test
    @DisplayName("a channel never seen starts at the horizon; one with rows after its newest; the start becomes its cursor")
    void plannedStarts() throws Exception {
        assertThat(plan()).containsExactly(new BackfillStart(GUILD, CHANNEL, 42));
        assertThat(cursor()).isEqualTo("42");

        long other = 300;
        nextId += 1 << 22;
        SeenMessage imported = new SeenMessage(nextId, GUILD, other, null, 7, "recorded before any cursor",
                Snowflakes.epochMillis(nextId), 0, null, null);
        recorder.submit(new MessagePosted(imported));
        CompletableFuture<List<BackfillStart>> starts = new CompletableFuture<>();
        recorder.submit(new BackfillPlanned(List.of(new BackfillStart(GUILD, CHANNEL, 0), new BackfillStart(GUILD, other, 0)),
                43, starts));
        assertThat(starts.get(10, TimeUnit.SECONDS)).containsExactly(new BackfillStart(GUILD, CHANNEL, 42),
                new BackfillStart(GUILD, other, imported.messageId()));
    }

    @Test
    @DisplayName("a page fetched before a live delete or reaction does not undo them; one fetched after takes the page's truth")
    void pagesDoNotUndoLiveEvents() throws Exception {
        plan();
        SeenMessage deletedLive = message("deleted while the page was in flight", 0);
        SeenMessage reactedLive = message("reacted while the page was in flight", 0);
        SeenMessage untouched = message("only in history", 3);
        recorder.submit(new MessagePosted(reactedLive));
        long requested = recorder.lastSequence();
        recorder.submit(new MessageDeleted(CHANNEL, deletedLive.messageId()));
        recorder.submit(new ReactionAdded(CHANNEL, reactedLive.messageId()));

        page(List.of(deletedLive, reactedLive, untouched), requested, false);

        assertThat(row(deletedLive)).isEmpty();
        assertThat(row(reactedLive)).get().extracting(MessageStat::reactCount).isEqualTo(1);
        assertThat(row(untouched)).get().extracting(MessageStat::reactCount).isEqualTo(3);
        SeenMessage refreshed = new SeenMessage(reactedLive.messageId(), GUILD, CHANNEL, "Community", 7, "now edited", reactedLive.sentAtMillis(),
                5, null, null);
        page(List.of(refreshed), recorder.lastSequence(), true);
        assertThat(row(reactedLive)).get().extracting(MessageStat::reactCount, MessageStat::wordCount).containsExactly(5, 2);
    }

    @Test
    @DisplayName("live messages move the cursor only once the backfill reached the present, and not while the gateway is away")
    void cursorFollowsLiveMessagesOnceCaughtUp() throws Exception {
        plan();
        SeenMessage early = message("live before the backfill caught up", 0);
        recorder.submit(new MessagePosted(early));
        await(() -> row(early).isPresent(), "the early message");
        assertThat(cursor()).isEqualTo("42");

        page(List.of(early), recorder.lastSequence(), true);
        SeenMessage caughtUp = message("live after", 0);
        recorder.submit(new MessagePosted(caughtUp));
        await(() -> Long.toString(caughtUp.messageId()).equals(cursor()), "the cursor to follow");

        recorder.submit(new GatewayInterrupted());
        SeenMessage replayed = message("replayed on resume", 0);
        recorder.submit(new MessagePosted(replayed));
        await(() -> row(replayed).isPresent(), "the replayed message");
        assertThat(cursor()).isEqualTo(Long.toString(caughtUp.messageId()));
        recorder.submit(new GatewayResumed());
        SeenMessage afterResume = message("after the resume", 0);
        recorder.submit(new MessagePosted(afterResume));
        await(() -> Long.toString(afterResume.messageId()).equals(cursor()), "the cursor to follow again");
    }

    @Test
    @DisplayName("a reply's recipient is looked up among the recorded messages when Discord did not send the original")
    void recipientFromTheStore() {
        SeenMessage original = message("question", 0);
        recorder.submit(new MessagePosted(original));
        nextId += 1 << 22;
        SeenMessage reply = new SeenMessage(nextId, GUILD, CHANNEL, null, 8, "answer", Snowflakes.epochMillis(nextId), 0,
                original.messageId(), null);
        recorder.submit(new MessagePosted(reply));
        await(() -> row(reply).isPresent(), "the reply");
        assertThat(row(reply)).get().extracting(MessageStat::recipientId).isEqualTo("7");
    }

    @Test
    @DisplayName("the session row is opened, refreshed and closed with the events recorded and the resumes")
    void sessionRow() {
        Instant connected = Instant.now();
        recorder.submit(new SessionStarted("1", "Gavel", connected));
        recorder.submit(new MessagePosted(message("hello", 0)));
        await(() -> sessions().size() == 1 && sessions().get(0).eventsRecorded() >= 1, "a refreshed session");
        recorder.submit(new GatewayInterrupted());
        recorder.submit(new GatewayResumed());
        await(() -> sessions().get(0).resumes() == 1, "the resume");

        recorder.close(Duration.ofSeconds(10));

        RecorderSession session = sessions().get(0);
        assertThat(session.startedAt()).isEqualTo(connected.truncatedTo(java.time.temporal.ChronoUnit.MILLIS));
        assertThat(session.endedAt()).isNotNull().isEqualTo(session.expires());
        assertThat(session.eventsRecorded()).isEqualTo(1);
        assertThat(recorder.submit(new MessagePosted(message("too late", 0)))).isFalse();
    }

    private List<RecorderSession> sessions() {
        return store.read(SessionDao.class, SessionDao::listAll);
    }
}
