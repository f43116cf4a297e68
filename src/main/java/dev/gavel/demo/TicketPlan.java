package dev.gavel.demo;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.LongSupplier;

import dev.gavel.core.model.ChannelInfo;
import dev.gavel.core.model.ChannelKind;
import dev.gavel.core.model.Feedback;
import dev.gavel.core.model.PanelStatus;
import dev.gavel.core.model.Ticket;
import dev.gavel.core.model.TicketPanel;

/**
 * The demo's ticket panels and the tickets opened through them: a member opens one (at most one
 * open at a time, the panels' limit) while the bot runs, writes a little in the private thread,
 * a moderator answers, and someone closes it hours or days later, often with feedback. The
 * newest tickets, and a few forgotten ones, are still open.
 */
final class TicketPlan {

    private static final double FORGOTTEN = 0.02;
    private static final long LONGEST_TICKET = 12 * Timeline.DAY;

    final List<TicketPanel> panels = new ArrayList<>();
    final List<Ticket> tickets = new ArrayList<>();
    final List<ChannelInfo> threads = new ArrayList<>();
    final List<Draft> messages = new ArrayList<>();

    TicketPlan(long seed, DemoOptions options, Timeline timeline, Coverage coverage, GuildLayout layout, Cast cast,
               Snowflakes ids, LongSupplier order) {
        DemoRandom random = DemoRandom.of(seed, "tickets");
        String guildId = layout.guildId;
        DemoMember admin = cast.admins.get(0);
        ChannelSpec contact = layout.channel("contact-the-mods");
        ChannelSpec ticketChannel = layout.channel("tickets");
        ChannelSpec applications = layout.channel("helper-applications");
        ChannelSpec welcome = layout.channel("welcome");

        long oldPanelAt = timeline.startMs - random.nextLong(20, 60) * Timeline.DAY;
        panels.add(new TicketPanel(ids.nextText(oldPanelAt), guildId, welcome.id, null, layout.moderatorRoleId, "Need help?",
                1, PanelStatus.BROKEN, admin.id, Instant.ofEpochMilli(oldPanelAt)));
        long mainAt = coverage.nextCovered(timeline.startMs + random.nextLong(Timeline.HOUR, 2 * Timeline.DAY));
        TicketPanel main = new TicketPanel(ids.nextText(mainAt), guildId, contact.id, ticketChannel.id, layout.moderatorRoleId,
                "Open ticket", 1, PanelStatus.ACTIVE, admin.id, Instant.ofEpochMilli(mainAt));
        panels.add(main);
        long applyAt = coverage.nextCovered(timeline.startMs + random.nextLong(3, Math.max(4, timeline.days / 4)) * Timeline.DAY);
        TicketPanel apply = new TicketPanel(ids.nextText(applyAt), guildId, contact.id, applications.id, layout.adminRoleId,
                "Apply for Helper", 1, PanelStatus.ACTIVE, admin.id, Instant.ofEpochMilli(applyAt));
        panels.add(apply);

        Map<DemoMember, Long> openUntil = new IdentityHashMap<>();
        double perDay = Math.max(0.15, Math.min(5, options.members() / 300.0));
        for (int day = 0; day < timeline.days; day++) {
            boolean weekend = timeline.dayOfWeek(day).getValue() >= 6;
            int count = random.poisson(perDay * (weekend ? 0.7 : 1.0));
            for (int i = 0; i < count; i++) {
                long opened = coverage.nextCovered(timeline.dayStart(day) + random.nextLong(0, Timeline.DAY));
                if (opened < 0 || opened < mainAt || timeline.dayOf(opened) != day) {
                    continue;
                }
                DemoMember opener = opener(random, cast, day, opened, openUntil);
                if (opener == null) {
                    continue;
                }
                boolean applying = opened > applyAt && random.chance(0.12);
                TicketPanel panel = applying ? apply : main;
                ChannelSpec parent = applying ? applications : ticketChannel;
                String concern = random.pick(applying ? Vocabulary.APPLICATIONS : Vocabulary.CONCERNS);

                long closed = -1;
                if (!random.chance(FORGOTTEN)) {
                    long after = (long) Math.min(LONGEST_TICKET, Math.max(5 * Timeline.MINUTE,
                            random.logNormal(5 * Timeline.HOUR, 1.2)));
                    closed = coverage.nextCovered(opened + after);
                    if (closed >= timeline.endMs) {
                        closed = -1;
                    }
                }
                DemoMember closer = closed < 0 ? null : random.chance(0.2) ? opener : random.pick(applying ? cast.admins : cast.moderators);
                Feedback feedback = null;
                if (closed >= 0) {
                    double f = random.nextDouble();
                    feedback = f < 0.55 ? Feedback.UP : f < 0.65 ? Feedback.DOWN : null;
                }
                openUntil.put(opener, closed < 0 ? Long.MAX_VALUE : closed);

                String threadId = ids.nextText(opened);
                String name = opener.username + " – " + Instant.ofEpochMilli(opened).atZone(ZoneOffset.UTC).toLocalDate();
                ChannelSpec thread = parent.thread(threadId, name, ChannelKind.PRIVATE_THREAD, parent.topic);
                threads.add(thread.info(guildId));
                tickets.add(new Ticket(threadId, guildId, panel.messageId(), parent.id, opener.id, opener.username, concern,
                        Instant.ofEpochMilli(opened), closed < 0 ? null : Instant.ofEpochMilli(closed),
                        closer == null ? null : closer.id, feedback));
                conversation(random, coverage, cast, thread, opener, closer, opened, closed < 0 ? timeline.endMs : closed, order);
            }
        }
    }

    /** The opener explains, a moderator answers, and so on for a message or two more. */
    private void conversation(DemoRandom random, Coverage coverage, Cast cast, ChannelSpec thread, DemoMember opener,
                              DemoMember closer, long opened, long closed, LongSupplier order) {
        DemoMember staff = closer != null && closer != opener ? closer : random.pick(cast.moderators);
        long at = opened + random.nextLong(20_000, 3 * Timeline.MINUTE);
        int turns = 2 + random.nextInt(3);
        for (int turn = 0; turn < turns; turn++) {
            DemoMember author = turn % 2 == 0 ? opener : staff;
            if (at >= closed || !coverage.covered(at) || !author.canPostAt(at)) {
                return;
            }
            messages.add(new Draft(at, order.getAsLong(), author, thread, turn == 0 ? null : (turn % 2 == 0 ? staff.id : opener.id),
                    MessageShapes.next(thread, author, random)));
            at += random.nextLong(2 * Timeline.MINUTE, 45 * Timeline.MINUTE);
        }
    }

    /** Someone around that day who may post and has no ticket open; null if nobody was found. */
    private static DemoMember opener(DemoRandom random, Cast cast, int day, long at, Map<DemoMember, Long> openUntil) {
        for (int attempt = 0; attempt < 30; attempt++) {
            DemoMember member = random.pick(cast.people);
            if (member.activeOn(day) && !member.isStaff() && member.canPostAt(at) && openUntil.getOrDefault(member, 0L) <= at) {
                return member;
            }
        }
        return null;
    }
}
