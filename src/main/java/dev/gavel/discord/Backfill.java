package dev.gavel.discord;

import dev.gavel.recording.BackfillStart;
import dev.gavel.recording.Recorder;
import dev.gavel.recording.RecordingEvent.BackfillAbandoned;
import dev.gavel.recording.RecordingEvent.BackfillPage;
import dev.gavel.recording.RecordingEvent.BackfillPlanned;
import dev.gavel.recording.SeenMessage;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import net.dv8tion.jda.api.JDA;
import net.dv8tion.jda.api.entities.Message;
import net.dv8tion.jda.api.entities.MessageHistory;
import net.dv8tion.jda.api.entities.channel.middleman.GuildMessageChannel;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Fills what the store misses of channels' histories: for each channel, pages forward from where
 * the recorder says it starts, 100 messages a request, and hands each page to the recorder; the next
 * page is asked for once the recorder has committed the previous one (so the cursor only moves over
 * what is stored, and memory holds one page per channel). Requests go through JDA's {@code queue()},
 * which paces them by Discord's rate limits; nothing here blocks a thread.
 */
final class Backfill {

    static final int PAGE_SIZE = 100;
    private static final Logger log = LoggerFactory.getLogger(Backfill.class);

    private final Recorder recorder;
    private final Duration horizon;
    private final int parallelism;
    private final Clock clock;
    private final Runnable progressChanged;
    private final Object lock = new Object();
    private final Deque<BackfillStart> waiting = new ArrayDeque<>();
    private JDA jda;
    private int active;
    private int plansOutstanding;
    private int channelsDone;
    private int channelsTotal;
    private long messagesFetched;
    private boolean cancelled;
    private long roundStartedNanos;

    Backfill(Recorder recorder, Duration horizon, int parallelism, Clock clock, Runnable progressChanged) {
        this.recorder = recorder;
        this.horizon = horizon;
        this.parallelism = parallelism;
        this.clock = clock;
        this.progressChanged = progressChanged;
    }

    /** Fills these channels (readable guild channels and threads); callable from a JDA thread. */
    void fill(JDA client, List<GuildMessageChannel> channels) {
        if (channels.isEmpty()) {
            return;
        }
        List<BackfillStart> targets = channels.stream()
                .map(channel -> new BackfillStart(channel.getGuild().getIdLong(), channel.getIdLong(), 0)).toList();
        CompletableFuture<List<BackfillStart>> starts = new CompletableFuture<>();
        synchronized (lock) {
            this.jda = client;
            if (!isRunning()) {
                channelsDone = 0;
                channelsTotal = 0;
                messagesFetched = 0;
                cancelled = false;
                roundStartedNanos = System.nanoTime();
            }
            channelsTotal += targets.size();
            plansOutstanding++;
        }
        if (!recorder.submit(new BackfillPlanned(targets, Recorder.horizonId(clock, horizon), starts))) {
            planSettled(List.of());
            return;
        }
        starts.whenComplete((list, failure) -> {
            if (failure != null) {
                log.error("The backfill of {} channels could not start: the store refused its plan", targets.size(), failure);
                planSettled(List.of());
                synchronized (lock) {
                    channelsDone += targets.size();
                }
            } else {
                planSettled(list);
            }
            pump();
        });
        progressChanged.run();
    }

    /** Stops after the pages in flight; the cursors keep what was filled, so the next connect goes on from there. */
    void cancel() {
        List<BackfillStart> dropped;
        synchronized (lock) {
            if (!isRunning() || cancelled) {
                return;
            }
            cancelled = true;
            dropped = new ArrayList<>(waiting);
            waiting.clear();
            channelsDone += dropped.size();
        }
        dropped.forEach(start -> recorder.submit(new BackfillAbandoned(start.channelId())));
        log.info("Backfill cancelled; the next connect goes on where it stopped");
        progressChanged.run();
    }

    BackfillProgress progress() {
        synchronized (lock) {
            return new BackfillProgress(channelsDone, channelsTotal, messagesFetched, isRunning(), cancelled);
        }
    }

    private boolean isRunning() {
        return active > 0 || plansOutstanding > 0 || !waiting.isEmpty();
    }

    private void planSettled(List<BackfillStart> starts) {
        synchronized (lock) {
            plansOutstanding--;
            if (cancelled) {
                channelsDone += starts.size();
                starts.forEach(start -> recorder.submit(new BackfillAbandoned(start.channelId())));
            } else {
                waiting.addAll(starts);
            }
        }
    }

    private void pump() {
        List<BackfillStart> starting = new ArrayList<>();
        synchronized (lock) {
            while (active < parallelism && !waiting.isEmpty() && !cancelled) {
                starting.add(waiting.poll());
                active++;
            }
        }
        starting.forEach(start -> fetch(start.guildId(), start.channelId(), start.afterId()));
    }

    private void fetch(long guildId, long channelId, long afterId) {
        JDA client;
        synchronized (lock) {
            client = jda;
            if (cancelled) {
                finish(channelId, false);
                return;
            }
        }
        GuildMessageChannel channel = client.getChannelById(GuildMessageChannel.class, channelId);
        if (channel == null) {
            finish(channelId, false);
            return;
        }
        long requestSequence = recorder.lastSequence();
        try {
            MessageHistory.getHistoryAfter(channel, Long.toUnsignedString(afterId)).limit(PAGE_SIZE).queue(
                    history -> onPage(guildId, channelId, afterId, history.getRetrievedHistory(), requestSequence),
                    failure -> {
                        log.warn("Backfill of channel {} stopped: {}", channelId, failure.toString());
                        finish(channelId, false);
                    });
        } catch (RuntimeException e) {
            log.warn("Backfill of channel {} stopped before it began: {}", channelId, e.toString());
            finish(channelId, false);
        }
    }

    private void onPage(long guildId, long channelId, long afterId, List<Message> page, long requestSequence) {
        long newest = afterId;
        List<SeenMessage> recordable = new ArrayList<>(page.size());
        for (Message message : page) {
            newest = Math.max(newest, message.getIdLong());
            Snapshots.recordable(message).ifPresent(recordable::add);
        }
        boolean last = page.size() < PAGE_SIZE;
        synchronized (lock) {
            messagesFetched += page.size();
        }
        CompletableFuture<Void> committed = new CompletableFuture<>();
        if (!recorder.submit(new BackfillPage(guildId, channelId, recordable, newest, requestSequence, last, committed))) {
            finish(channelId, false);
            return;
        }
        long next = newest;
        committed.whenComplete((ok, failure) -> {
            if (failure != null) {
                finish(channelId, false);
            } else if (last) {
                finish(channelId, true);
            } else {
                fetch(guildId, channelId, next);
            }
        });
        progressChanged.run();
    }

    private void finish(long channelId, boolean reachedPresent) {
        if (!reachedPresent) {
            recorder.submit(new BackfillAbandoned(channelId));
        }
        boolean roundOver;
        String summary;
        synchronized (lock) {
            active--;
            channelsDone++;
            roundOver = !isRunning();
            summary = String.format("%d/%d channels, %,d messages fetched", channelsDone, channelsTotal, messagesFetched);
        }
        if (roundOver) {
            log.info("Backfill {}: {} in {} s", cancelled() ? "cancelled" : "finished", summary,
                    Duration.ofNanos(System.nanoTime() - roundStartedNanos).toSeconds());
        }
        pump();
        progressChanged.run();
    }

    private boolean cancelled() {
        synchronized (lock) {
            return cancelled;
        }
    }
}
