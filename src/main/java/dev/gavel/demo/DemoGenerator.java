package dev.gavel.demo;

import dev.gavel.core.metrics.MessageMetricsCalculator;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.BooleanSupplier;
import java.util.function.LongSupplier;

import dev.gavel.core.model.BackfillCursor;
import dev.gavel.core.model.ChannelInfo;
import dev.gavel.core.model.ChannelKind;
import dev.gavel.core.model.GuildProfile;
import dev.gavel.core.model.GuildSettingsJson;
import dev.gavel.core.model.Member;
import dev.gavel.core.model.MessageStat;
import dev.gavel.core.model.ModAction;
import dev.gavel.core.model.PanelStatus;
import dev.gavel.core.model.RecorderSession;
import dev.gavel.core.model.ReportedMessage;
import dev.gavel.core.model.Ticket;
import dev.gavel.store.BulkLoader;
import dev.gavel.store.DatedRowsDao;
import dev.gavel.store.GuildDao;
import dev.gavel.store.ModActionDao;
import dev.gavel.store.ReportDao;
import dev.gavel.store.SessionDao;
import dev.gavel.store.TicketDao;

/** Plans the whole demo guild from the options and writes it, in time order, into a bulk load. */
final class DemoGenerator {

    private static final int ROWS_PER_WRITE = 5_000;
    /** Planned messages (tickets, announcements, incidents) are recorded only while they are a small part of the whole. */
    private static final long PLANNED_SHARE_DIVISOR = 10;

    private final DemoOptions options;
    private final DemoProgress progress;
    private final BooleanSupplier cancelled;

    DemoGenerator(DemoOptions options, DemoProgress progress, BooleanSupplier cancelled) {
        this.options = options;
        this.progress = progress;
        this.cancelled = cancelled;
    }

    DemoSummary writeTo(BulkLoader loader, Path file) {
        long seed = options.seed();
        progress.update("Planning the guild", 0, 0);
        Timeline timeline = new Timeline(options);
        Snowflakes ids = new Snowflakes(DemoRandom.of(seed, "ids"));
        GuildLayout layout = new GuildLayout(seed, timeline, ids);
        Cast cast = new Cast(seed, options, timeline, layout, ids);
        Coverage coverage = Coverage.plan(timeline, seed);
        AtomicLong nextOrder = new AtomicLong(Long.MIN_VALUE / 2);
        LongSupplier order = nextOrder::getAndIncrement;
        ModerationPlan moderation = new ModerationPlan(seed, timeline, coverage, layout, cast, order, new MessageMetricsCalculator());
        TicketPlan tickets = new TicketPlan(seed, options, timeline, coverage, layout, cast, ids, order);
        List<Draft> planned = new ArrayList<>(moderation.messages);
        planned.addAll(tickets.messages);
        planned.addAll(announcements(seed, timeline, coverage, layout, cast, order));
        long plannedRecorded = planned.stream().filter(d -> d.recorded).count();
        if (plannedRecorded > options.messages() / PLANNED_SHARE_DIVISOR) {
            planned.forEach(d -> d.recorded = false);
        }
        checkCancelled();

        String guildId = layout.guildId;
        Instant start = Instant.ofEpochMilli(timeline.startMs);
        Instant end = Instant.ofEpochMilli(timeline.endMs);
        writeGuild(loader, timeline, layout, cast, start, end);

        MessageStream stream = new MessageStream(seed, options.messages(), timeline, coverage, layout, cast, ids, planned,
                new MessageStream.Sink() {
                    @Override
                    public void message(MessageStat row) {
                        loader.addMessage(row);
                    }

                    @Override
                    public void channels(List<ChannelInfo> threads) {
                        loader.write(tx -> {
                            tx.dao(DatedRowsDao.class).upsertChannels(threads, end);
                            return null;
                        });
                    }
                }, progress, cancelled);
        stream.run();
        checkCancelled();

        List<RecorderSession> sessions = new ArrayList<>();
        DemoMember bot = cast.gavelBot();
        for (int i = 0; i < coverage.sessions.size(); i++) {
            Coverage.Session session = coverage.sessions.get(i);
            sessions.add(new RecorderSession(session.id(), bot.id, bot.displayName, Instant.ofEpochMilli(session.start()),
                    Instant.ofEpochMilli(session.end()), stream.sessionMessages[i] + stream.sessionReactions[i],
                    session.resumes(), Instant.ofEpochMilli(session.end())));
        }
        List<BackfillCursor> cursors = new ArrayList<>();
        List<Instant> cursorTimes = new ArrayList<>();
        stream.newestMessage.forEach((channel, id) -> {
            cursors.add(new BackfillCursor(channel, guildId, Long.toString(id)));
            cursorTimes.add(Instant.ofEpochMilli(Snowflakes.timeOf(id)));
        });
        List<ReportedMessage> reports = moderation.reports(guildId, ids);
        List<ModAction> actions = moderation.actions(guildId, ids);
        List<ChannelInfo> caseThreads = moderation.threadChannels(guildId, ids);
        loader.write(tx -> {
            sessions.forEach(tx.dao(SessionDao.class)::open);
            tickets.panels.forEach(tx.dao(TicketDao.class)::insertPanel);
            tickets.tickets.forEach(tx.dao(TicketDao.class)::insertTicket);
            tx.dao(DatedRowsDao.class).upsertChannels(tickets.threads, end);
            tx.dao(DatedRowsDao.class).upsertChannels(caseThreads, end);
            tx.dao(DatedRowsDao.class).upsertUserThreads(moderation.threads(guildId, ids));
            reports.forEach(tx.dao(ReportDao.class)::insert);
            actions.forEach(tx.dao(ModActionDao.class)::insert);
            tx.dao(DatedRowsDao.class).advanceCursors(cursors, cursorTimes);
            return null;
        });

        int channels = (int) layout.channels.stream().filter(c -> c.kind != ChannelKind.CATEGORY).count();
        int threads = stream.threadsMade() + tickets.threads.size() + caseThreads.size();
        int openTickets = (int) tickets.tickets.stream().filter(Ticket::isOpen).count();
        List<DemoSummary.Outage> outages = coverage.outages.stream()
                .map(o -> new DemoSummary.Outage(Instant.ofEpochMilli(o.start()), Instant.ofEpochMilli(o.end()))).toList();
        int activePanels = (int) tickets.panels.stream().filter(p -> p.status() == PanelStatus.ACTIVE).count();
        return new DemoSummary(file, guildId, layout.guildName, timeline.firstDay, timeline.lastDay, cast.people.size(),
                cast.bots.size(), channels, threads, stream.recorded, stream.authors.cardinality(), sessions.size(), outages,
                activePanels, tickets.tickets.size(), openTickets, moderation.cases.size(), reports.size(), actions.size());
    }

    private static void writeGuild(BulkLoader loader, Timeline timeline, GuildLayout layout, Cast cast, Instant start, Instant end) {
        String guildId = layout.guildId;
        DemoMember admin = cast.admins.get(0);
        String first = GuildSettingsJson.write(layout.firstSettings());
        String last = GuildSettingsJson.write(layout.settings());
        Instant setUp = start.plusSeconds(600);
        Instant changed = Instant.ofEpochMilli(timeline.dayStart(Math.max(1, timeline.days * 2 / 5)) + 15 * Timeline.HOUR);
        loader.write(tx -> {
            tx.dao(DatedRowsDao.class).upsertProfile(new GuildProfile(guildId, layout.guildName, null,
                    cast.people.size() + cast.bots.size(), true), start, end);
            tx.dao(GuildDao.class).saveSettingsJson(guildId, last);
            tx.dao(DatedRowsDao.class).insertSettingsChange(guildId, setUp, admin.id, null, first);
            tx.dao(DatedRowsDao.class).insertSettingsChange(guildId, changed, admin.id, first, last);
            tx.dao(DatedRowsDao.class).upsertRoles(layout.roles, end);
            tx.dao(DatedRowsDao.class).upsertChannels(layout.channels.stream().map(c -> c.info(guildId)).toList(), end);
            return null;
        });
        List<DemoMember> everyone = new ArrayList<>(cast.bots);
        everyone.addAll(cast.people);
        for (int from = 0; from < everyone.size(); from += ROWS_PER_WRITE) {
            List<Member> rows = everyone.subList(from, Math.min(everyone.size(), from + ROWS_PER_WRITE)).stream()
                    .map(m -> m.row(guildId)).toList();
            loader.write(tx -> {
                tx.dao(DatedRowsDao.class).upsertMembers(rows, end);
                return null;
            });
        }
    }

    /** News posts by the staff, a couple of times a week in the afternoon (UTC), while the recorder runs. */
    private static List<Draft> announcements(long seed, Timeline timeline, Coverage coverage, GuildLayout layout, Cast cast,
                                             LongSupplier order) {
        DemoRandom random = DemoRandom.of(seed, "announcements");
        ChannelSpec channel = layout.channel("announcements");
        List<Draft> drafts = new ArrayList<>();
        for (int day = 0; day < timeline.days; day++) {
            boolean weekend = timeline.dayOfWeek(day).getValue() >= 6;
            if (!random.chance(weekend ? 0.05 : 0.28)) {
                continue;
            }
            long at = coverage.nextCovered(timeline.dayStart(day) + random.nextLong(15 * Timeline.HOUR, 18 * Timeline.HOUR));
            if (at < 0 || timeline.dayOf(at) != day) {
                continue;
            }
            DemoMember author = random.pick(cast.moderators);
            if (author.canPostAt(at)) {
                drafts.add(new Draft(at, order.getAsLong(), author, channel, null, MessageShapes.next(channel, author, random)));
            }
        }
        return drafts;
    }

    private void checkCancelled() {
        if (cancelled.getAsBoolean()) {
            throw new CancellationException("The demo was cancelled.");
        }
    }
}
