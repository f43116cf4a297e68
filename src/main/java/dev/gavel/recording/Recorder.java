package dev.gavel.recording;

import dev.gavel.core.Snowflakes;
import dev.gavel.core.metrics.MessageMetricsCalculator;
import dev.gavel.core.model.BackfillCursor;
import dev.gavel.core.model.MessageStat;
import dev.gavel.core.model.RecorderSession;
import dev.gavel.recording.RecordingEvent.BackfillAbandoned;
import dev.gavel.recording.RecordingEvent.BackfillPage;
import dev.gavel.recording.RecordingEvent.BackfillPlanned;
import dev.gavel.recording.RecordingEvent.ChannelCreated;
import dev.gavel.recording.RecordingEvent.ChannelDeleted;
import dev.gavel.recording.RecordingEvent.ChannelsSeen;
import dev.gavel.recording.RecordingEvent.GatewayInterrupted;
import dev.gavel.recording.RecordingEvent.GatewayRecreated;
import dev.gavel.recording.RecordingEvent.GatewayResumed;
import dev.gavel.recording.RecordingEvent.GuildLeft;
import dev.gavel.recording.RecordingEvent.GuildProfileSeen;
import dev.gavel.recording.RecordingEvent.GuildSeen;
import dev.gavel.recording.RecordingEvent.MembersSeen;
import dev.gavel.recording.RecordingEvent.MessageDeleted;
import dev.gavel.recording.RecordingEvent.MessageEdited;
import dev.gavel.recording.RecordingEvent.MessagePosted;
import dev.gavel.recording.RecordingEvent.MessagesDeleted;
import dev.gavel.recording.RecordingEvent.ReactionAdded;
import dev.gavel.recording.RecordingEvent.ReactionRemoved;
import dev.gavel.recording.RecordingEvent.ReactionsCleared;
import dev.gavel.recording.RecordingEvent.ReactionsCounted;
import dev.gavel.recording.RecordingEvent.RoleDeleted;
import dev.gavel.recording.RecordingEvent.RolesSeen;
import dev.gavel.recording.RecordingEvent.SessionStarted;
import dev.gavel.store.BackfillCursorDao;
import dev.gavel.store.ChannelDao;
import dev.gavel.store.GuildDao;
import dev.gavel.store.MemberDao;
import dev.gavel.store.MessageStatsDao;
import dev.gavel.store.RoleDao;
import dev.gavel.store.SessionDao;
import dev.gavel.store.Store;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Writes what happens on Discord into the store: takes {@link RecordingEvent}s from any thread
 * without blocking, and on its own thread measures messages and writes them in batches, one
 * transaction per batch through the store's single writer. A batch is whatever arrived while the
 * previous one was written (at most {@link Settings#maxBatch()} events), so a quiet recorder writes
 * each event at once and a busy one writes thousands per transaction; no event waits longer than one
 * write.
 *
 * <p>It also keeps the recorder session row ({@code sessions}): opened on {@link SessionStarted},
 * its {@code expires} refreshed every {@link Settings#sessionRefresh()} while the gateway is
 * connected, closed by {@link #close(Duration)}. A crash leaves {@code expires} at the last refresh.
 *
 * <p>Backfill and live events meet here, which is what keeps rows true when both touch a message:
 * a page fetched before a live event changed a message does not overwrite what the live event did,
 * and a channel's cursor follows live messages only once its backfill has reached the present.
 */
public final class Recorder {

    /**
     * @param sessionRefresh how often the session's {@code expires} is moved forward (DATA.md: at least every minute)
     * @param maxBatch       the most events written in one transaction
     */
    public record Settings(Duration sessionRefresh, int maxBatch) {
        public static final Settings DEFAULT = new Settings(Duration.ofSeconds(30), 5_000);

        public Settings {
            if (sessionRefresh.isNegative() || sessionRefresh.isZero() || sessionRefresh.compareTo(Duration.ofMinutes(1)) > 0) {
                throw new IllegalArgumentException("the session refresh must be between 0 and 1 minute, not " + sessionRefresh);
            }
            if (maxBatch < 1) {
                throw new IllegalArgumentException("maxBatch must be positive");
            }
        }
    }

    /** Told on the recorder's thread after each batch; must return quickly. */
    public interface Listener {
        void committed(long eventsRecorded);

        void writeFailed(String reason);
    }

    private static final Logger log = LoggerFactory.getLogger(Recorder.class);
    private static final long POLL_MILLIS = 250;

    private record Queued(long sequence, RecordingEvent event) {
    }

    private final Store store;
    private final MessageMetricsCalculator calculator;
    private final Settings settings;
    private final Clock clock;
    private final Listener listener;
    private final LinkedBlockingQueue<Queued> queue = new LinkedBlockingQueue<>();
    private final AtomicLong sequence = new AtomicLong();
    private final AtomicLong recorded = new AtomicLong();
    private final Thread thread;
    private volatile boolean accepting = true;
    private volatile boolean stopping;

    // Only the recorder's thread touches these.
    private final Set<Long> caughtUp = new HashSet<>();
    private final Set<Long> suspended = new HashSet<>();
    private final Set<Long> backfilling = new HashSet<>();
    private final Map<Long, Long> liveTouches = new HashMap<>();
    private String sessionId;
    private Instant lastRefresh;
    private boolean connected;
    private int resumes;

    public Recorder(Store store, MessageMetricsCalculator calculator, Settings settings, Clock clock, Listener listener) {
        this.store = store;
        this.calculator = calculator;
        this.settings = settings;
        this.clock = clock;
        this.listener = listener;
        this.thread = new Thread(this::run, "gavel-recorder");
        this.thread.setDaemon(true);
    }

    public void start() {
        thread.start();
    }

    /**
     * Hands an event over; never blocks. Returns false (and drops the event) once the recorder has
     * stopped accepting: whatever was missed then is backfilled on the next connect.
     */
    public boolean submit(RecordingEvent event) {
        if (!accepting) {
            return false;
        }
        queue.add(new Queued(sequence.incrementAndGet(), event));
        return true;
    }

    /** The sequence number of the newest event handed over. */
    public long lastSequence() {
        return sequence.get();
    }

    /** Events written so far (a message, a reaction, a channel change, a backfilled message ... each count one). */
    public long eventsRecorded() {
        return recorded.get();
    }

    /** Events handed over and not yet written. */
    public int pending() {
        return queue.size();
    }

    /** Drops every event handed over from now on. */
    public void stopAccepting() {
        accepting = false;
    }

    /**
     * Stops accepting, writes what was handed over, closes the session row, and ends the recorder's
     * thread; waits at most {@code timeout}. Returns false when it did not finish in time.
     */
    public boolean close(Duration timeout) {
        stopAccepting();
        stopping = true;
        if (!thread.isAlive()) {
            return true;
        }
        try {
            thread.join(timeout.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        if (thread.isAlive()) {
            log.warn("The recorder did not finish within {} s; {} events are left unwritten (the next connect backfills the messages)",
                    timeout.toSeconds(), queue.size());
            thread.interrupt();
            return false;
        }
        return true;
    }

    private void run() {
        List<Queued> batch = new ArrayList<>();
        while (true) {
            try {
                Queued first = queue.poll(POLL_MILLIS, TimeUnit.MILLISECONDS);
                if (first != null) {
                    batch.add(first);
                    queue.drainTo(batch, settings.maxBatch() - 1);
                }
            } catch (InterruptedException e) {
                break;
            }
            if (!batch.isEmpty() || refreshDue()) {
                write(batch);
                batch.clear();
            }
            if (stopping && queue.isEmpty()) {
                break;
            }
        }
        closeSession();
    }

    private boolean refreshDue() {
        return sessionId != null && connected
                && (lastRefresh == null || !clock.instant().isBefore(lastRefresh.plus(settings.sessionRefresh())));
    }

    private void write(List<Queued> batch) {
        BatchWork work = new BatchWork();
        for (Queued queued : batch) {
            try {
                prepare(queued, work);
            } catch (RuntimeException e) {
                log.error("The recorder could not take in {}", queued.event().getClass().getSimpleName(), e);
            }
        }
        if (refreshDue()) {
            Instant now = clock.instant();
            lastRefresh = now;
            String id = sessionId;
            int resumeCount = resumes;
            long total = recorded.get() + work.count;
            work.ops.add(w -> w.sessions.refresh(id, now, total, resumeCount));
        }
        try {
            store.write(tx -> {
                work.apply(new Writes(tx));
                return null;
            }).get();
            long total = recorded.addAndGet(work.count);
            work.afterCommit.forEach(Runnable::run);
            listener.committed(total);
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            log.error("The store refused a batch of {} events; they are lost (messages are backfilled on the next connect)",
                    batch.size(), cause);
            work.afterFailure.forEach(action -> action.accept(cause));
            listener.writeFailed("The store refused a write: " + cause.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            work.afterFailure.forEach(action -> action.accept(e));
        }
    }

    /** Runs on the recorder's thread: measures, decides, and queues the writes for the batch's transaction. */
    private void prepare(Queued queued, BatchWork work) {
        RecordingEvent event = queued.event();
        work.count += event.recordedCount();
        long seq = queued.sequence();
        if (event instanceof MessagePosted posted) {
            SeenMessage message = posted.message();
            touch(message.channelId(), message.messageId(), seq);
            MessageStat stat = measure(message);
            boolean followsCursor = caughtUp.contains(message.channelId());
            work.ops.add(w -> {
                w.upsert(stat, message);
                if (followsCursor) {
                    w.advanceCursor(message.guildId(), message.channelId(), message.messageId());
                }
            });
        } else if (event instanceof MessageEdited edited) {
            SeenMessage message = edited.message();
            touch(message.channelId(), message.messageId(), seq);
            MessageStat stat = measure(message);
            work.ops.add(w -> w.upsert(stat, message));
        } else if (event instanceof MessageDeleted deleted) {
            touch(deleted.channelId(), deleted.messageId(), seq);
            work.ops.add(w -> w.messageOp(dao -> dao.delete(Long.toString(deleted.messageId()))));
        } else if (event instanceof MessagesDeleted deleted) {
            deleted.messageIds().forEach(id -> touch(deleted.channelId(), id, seq));
            List<String> ids = deleted.messageIds().stream().map(String::valueOf).toList();
            work.ops.add(w -> w.messageOp(dao -> dao.deleteAll(ids)));
        } else if (event instanceof ReactionAdded added) {
            touch(added.channelId(), added.messageId(), seq);
            work.ops.add(w -> w.messageOp(dao -> dao.addReactions(Long.toString(added.messageId()), 1)));
        } else if (event instanceof ReactionRemoved removed) {
            touch(removed.channelId(), removed.messageId(), seq);
            work.ops.add(w -> w.messageOp(dao -> dao.addReactions(Long.toString(removed.messageId()), -1)));
        } else if (event instanceof ReactionsCleared cleared) {
            touch(cleared.channelId(), cleared.messageId(), seq);
            work.ops.add(w -> w.messageOp(dao -> dao.setReactions(Long.toString(cleared.messageId()), 0)));
        } else if (event instanceof ReactionsCounted counted) {
            touch(counted.channelId(), counted.messageId(), seq);
            work.ops.add(w -> w.messageOp(dao -> dao.setReactions(Long.toString(counted.messageId()), counted.total())));
        } else if (event instanceof GuildSeen guild) {
            work.ops.add(w -> {
                w.guilds.upsertProfile(guild.profile());
                w.guilds.ensure(guild.profile().guildId());
                w.channels.upsertAll(guild.channels());
                w.roles.upsertAll(guild.roles());
                w.members.upsertAll(guild.members());
            });
        } else if (event instanceof GuildProfileSeen profile) {
            work.ops.add(w -> w.guilds.upsertProfile(profile.profile()));
        } else if (event instanceof GuildLeft left) {
            work.ops.add(w -> w.guilds.markLeft(Long.toString(left.guildId())));
        } else if (event instanceof ChannelsSeen channels) {
            work.ops.add(w -> w.channels.upsertAll(channels.channels()));
        } else if (event instanceof ChannelCreated created) {
            long channelId = Long.parseLong(created.channel().id());
            long guildId = Long.parseLong(created.channel().guildId());
            caughtUp.add(channelId);
            backfilling.remove(channelId);
            work.ops.add(w -> {
                w.channels.upsert(created.channel());
                w.advanceCursor(guildId, channelId, channelId);
            });
        } else if (event instanceof ChannelDeleted deleted) {
            forgetChannel(deleted.channelId());
            work.ops.add(w -> w.channels.markDeleted(Long.toString(deleted.channelId())));
        } else if (event instanceof RolesSeen roles) {
            work.ops.add(w -> w.roles.upsertAll(roles.roles()));
        } else if (event instanceof RoleDeleted role) {
            work.ops.add(w -> w.roles.markDeleted(Long.toString(role.guildId()), Long.toString(role.roleId())));
        } else if (event instanceof MembersSeen members) {
            work.ops.add(w -> w.members.upsertAll(members.members()));
        } else if (event instanceof BackfillPlanned plan) {
            preparePlan(plan, work);
        } else if (event instanceof BackfillPage page) {
            preparePage(page, work);
        } else if (event instanceof BackfillAbandoned abandoned) {
            backfilling.remove(abandoned.channelId());
            forgetTouchesWhenIdle();
        } else if (event instanceof SessionStarted started) {
            prepareSession(started, work);
        } else if (event instanceof GatewayInterrupted) {
            connected = false;
            suspended.addAll(caughtUp);
            caughtUp.clear();
        } else if (event instanceof GatewayResumed) {
            connected = true;
            resumes++;
            caughtUp.addAll(suspended);
            suspended.clear();
            lastRefresh = null;
        } else if (event instanceof GatewayRecreated) {
            connected = true;
            suspended.clear();
            lastRefresh = null;
        }
    }

    private void preparePlan(BackfillPlanned plan, BatchWork work) {
        for (BackfillStart channel : plan.channels()) {
            caughtUp.remove(channel.channelId());
            suspended.remove(channel.channelId());
            backfilling.add(channel.channelId());
        }
        List<BackfillStart> starts = new ArrayList<>();
        work.ops.add(w -> {
            for (BackfillStart channel : plan.channels()) {
                starts.add(w.startOf(channel, plan.horizonId()));
            }
        });
        work.afterCommit.add(() -> plan.starts().complete(List.copyOf(starts)));
        work.afterFailure.add(plan.starts()::completeExceptionally);
    }

    private void preparePage(BackfillPage page, BatchWork work) {
        List<MessageStat> stats = new ArrayList<>();
        List<SeenMessage> kept = new ArrayList<>();
        for (SeenMessage message : page.messages()) {
            Long touchedAt = liveTouches.get(message.messageId());
            if (touchedAt == null || touchedAt <= page.requestSequence()) {
                kept.add(message);
                stats.add(measure(message));
            }
        }
        if (page.last()) {
            backfilling.remove(page.channelId());
            caughtUp.add(page.channelId());
            forgetTouchesWhenIdle();
        }
        work.ops.add(w -> {
            for (int i = 0; i < kept.size(); i++) {
                w.upsert(stats.get(i), kept.get(i));
            }
            if (page.consumedUpTo() > 0) {
                w.advanceCursor(page.guildId(), page.channelId(), page.consumedUpTo());
            }
        });
        work.afterCommit.add(() -> page.committed().complete(null));
        work.afterFailure.add(page.committed()::completeExceptionally);
    }

    private void prepareSession(SessionStarted started, BatchWork work) {
        sessionId = UUID.randomUUID().toString();
        connected = true;
        Instant connectedAt = started.connectedAt();
        lastRefresh = clock.instant();
        RecorderSession session = new RecorderSession(sessionId, started.botId(), started.botName(), connectedAt, null, 0, 0,
                lastRefresh);
        work.ops.add(w -> w.sessions.open(session));
    }

    private void closeSession() {
        if (sessionId == null) {
            return;
        }
        Instant now = clock.instant();
        String id = sessionId;
        long total = recorded.get();
        int resumeCount = resumes;
        try {
            store.write(tx -> tx.dao(SessionDao.class).close(id, now, total, resumeCount)).get(10, TimeUnit.SECONDS);
            log.info("Recorder session closed: {} events recorded, {} resumes", total, resumeCount);
        } catch (Exception e) {
            log.error("The recorder session could not be closed; it ends at its last refresh", e);
        }
        sessionId = null;
    }

    private MessageStat measure(SeenMessage message) {
        return calculator.measure(message.content()).toMessageStat(Long.toString(message.messageId()),
                Long.toString(message.guildId()), Long.toString(message.channelId()), message.channelCategory(),
                Long.toString(message.authorId()),
                message.referencedAuthorId() == null ? null : Long.toString(message.referencedAuthorId()),
                message.sentAtMillis(), message.reactCount());
    }

    private void touch(long channelId, long messageId, long seq) {
        if (backfilling.contains(channelId)) {
            liveTouches.put(messageId, seq);
        }
    }

    private void forgetChannel(long channelId) {
        caughtUp.remove(channelId);
        suspended.remove(channelId);
        backfilling.remove(channelId);
        forgetTouchesWhenIdle();
    }

    private void forgetTouchesWhenIdle() {
        if (backfilling.isEmpty()) {
            liveTouches.clear();
        }
    }

    /** The writes of one batch, in the order the events came, plus what to do once they are committed. */
    private static final class BatchWork {
        final List<Consumer<Writes>> ops = new ArrayList<>();
        final List<Runnable> afterCommit = new ArrayList<>();
        final List<Consumer<Throwable>> afterFailure = new ArrayList<>();
        int count;

        void apply(Writes writes) {
            ops.forEach(op -> op.accept(writes));
            writes.finish();
        }
    }

    /**
     * One transaction's writes. Message rows are upserted in JDBC batches; any other change to
     * {@code message_stats} first writes the rows waiting, so the order of events is kept.
     */
    private static final class Writes {
        final MessageStatsDao messages;
        final ChannelDao channels;
        final GuildDao guilds;
        final RoleDao roles;
        final MemberDao members;
        final SessionDao sessions;
        final BackfillCursorDao cursors;
        private final List<MessageStat> waiting = new ArrayList<>();
        private final Map<Long, long[]> cursorMoves = new HashMap<>();

        Writes(dev.gavel.store.Tx tx) {
            messages = tx.dao(MessageStatsDao.class);
            channels = tx.dao(ChannelDao.class);
            guilds = tx.dao(GuildDao.class);
            roles = tx.dao(RoleDao.class);
            members = tx.dao(MemberDao.class);
            sessions = tx.dao(SessionDao.class);
            cursors = tx.dao(BackfillCursorDao.class);
        }

        void upsert(MessageStat stat, SeenMessage message) {
            if (message.referencedMessageId() != null && stat.recipientId() == null) {
                writeWaiting();
                String recipient = messages.find(Long.toString(message.referencedMessageId()))
                        .map(MessageStat::authorId).orElse(null);
                stat = withRecipient(stat, recipient);
            }
            waiting.add(stat);
        }

        void messageOp(Consumer<MessageStatsDao> op) {
            writeWaiting();
            op.accept(messages);
        }

        void advanceCursor(long guildId, long channelId, long messageId) {
            long[] move = cursorMoves.computeIfAbsent(channelId, id -> new long[] {guildId, 0});
            move[1] = Math.max(move[1], messageId);
        }

        /** Where a channel's backfill starts, written as its cursor (see {@link BackfillPlanned}). */
        BackfillStart startOf(BackfillStart channel, long horizonId) {
            String channelId = Long.toString(channel.channelId());
            String guildId = Long.toString(channel.guildId());
            long after = cursors.find(channelId).map(cursor -> Long.parseLong(cursor.lastMessageId()))
                    .orElseGet(() -> messages.newestInChannel(guildId, channelId)
                            .map(Long::parseLong).map(newest -> Math.max(newest, horizonId)).orElse(horizonId));
            cursors.advance(new BackfillCursor(channelId, guildId, Long.toString(after)));
            return new BackfillStart(channel.guildId(), channel.channelId(), after);
        }

        void finish() {
            writeWaiting();
            cursorMoves.forEach((channelId, move) -> cursors.advance(new BackfillCursor(Long.toString(channelId),
                    Long.toString(move[0]), Long.toString(move[1]))));
        }

        private void writeWaiting() {
            if (!waiting.isEmpty()) {
                messages.upsertAll(waiting);
                waiting.clear();
            }
        }

        private static MessageStat withRecipient(MessageStat stat, String recipientId) {
            return new MessageStat(stat.messageId(), stat.guildId(), stat.channelId(), stat.channelCategory(),
                    stat.authorId(), recipientId, stat.sentAt(), stat.wordCount(), stat.charCount(), stat.reactCount(),
                    stat.codeStats(), stat.linkStats());
        }
    }

    /** The id of the oldest message a first backfill goes back to: the first id made {@code horizon} ago. */
    public static long horizonId(Clock clock, Duration horizon) {
        return Snowflakes.firstIdAt(clock.instant().minus(horizon));
    }
}
