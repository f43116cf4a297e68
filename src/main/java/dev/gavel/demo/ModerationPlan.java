package dev.gavel.demo;

import dev.gavel.core.metrics.MessageMetricsCalculator;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.LongSupplier;

import dev.gavel.core.model.ChannelInfo;
import dev.gavel.core.model.ChannelKind;
import dev.gavel.core.model.ModAction;
import dev.gavel.core.model.ModActionType;
import dev.gavel.core.model.ReportReason;
import dev.gavel.core.model.ReportedMessage;
import dev.gavel.core.model.UserThread;
import dev.gavel.demo.MessageShapes.Shape;

/**
 * The demo's tracked members: a handful of people who got into trouble, each with a story
 * (warned and timed out; escalated to a ban; a spammer kicked; banned and unbanned on appeal; a
 * long timeout lifted early; reported by others without action). What they wrote is planned as
 * messages just before each incident, filed into their moderation thread by a moderator (Track)
 * or anonymously (Report); the actions follow, and they cannot post while timed out, kicked or
 * banned. Incidents happen only while the recorder runs: the bot is what files them.
 */
final class ModerationPlan {

    enum Story { WARNED, ESCALATED, SPAM_KICK, APPEAL, TIMEOUT_LIFTED, REPORTED_ONLY }

    /** A filing into a member's thread. */
    static final class Report {
        final Draft message;
        final QuotedText quote;
        final long at;
        final ReportReason reason;
        final DemoMember staff;
        final String attachments;

        Report(Draft message, QuotedText quote, long at, ReportReason reason, DemoMember staff, String attachments) {
            this.message = message;
            this.quote = quote;
            this.at = at;
            this.reason = reason;
            this.staff = staff;
            this.attachments = attachments;
        }
    }

    record Action(long at, ModActionType type, DemoMember executor, String reason, Duration duration) {
    }

    /** One tracked member's case. */
    static final class Case {
        final DemoMember member;
        final Story story;
        final List<Report> reports = new ArrayList<>();
        final List<Action> actions = new ArrayList<>();

        Case(DemoMember member, Story story) {
            this.member = member;
            this.story = story;
        }

        long firstFiling() {
            long first = Long.MAX_VALUE;
            for (Report report : reports) {
                first = Math.min(first, report.at);
            }
            for (Action action : actions) {
                first = Math.min(first, action.at());
            }
            return first;
        }

        long lastFiling() {
            long last = Long.MIN_VALUE;
            for (Report report : reports) {
                last = Math.max(last, report.at);
            }
            for (Action action : actions) {
                last = Math.max(last, action.at());
            }
            return last;
        }
    }

    private static final long BEFORE = 4 * Timeline.HOUR;
    private static final long AFTER = Timeline.HOUR;
    private static final int MIN_WINDOW_DAYS = 14;
    private static final int ATTEMPTS = 40;

    final List<Case> cases = new ArrayList<>();
    final List<Draft> messages = new ArrayList<>();
    private final Timeline timeline;
    private final Coverage coverage;
    private final GuildLayout layout;
    private final Cast cast;
    private final DemoRandom random;
    private final LongSupplier order;
    private final MessageMetricsCalculator metrics;
    private final Map<Case, String> threadIds = new IdentityHashMap<>();

    ModerationPlan(long seed, Timeline timeline, Coverage coverage, GuildLayout layout, Cast cast, LongSupplier order,
                   MessageMetricsCalculator metrics) {
        this.timeline = timeline;
        this.coverage = coverage;
        this.layout = layout;
        this.cast = cast;
        this.random = DemoRandom.of(seed, "moderation");
        this.order = order;
        this.metrics = metrics;
        List<DemoMember> candidates = new ArrayList<>();
        for (DemoMember member : cast.people) {
            boolean lurker = member.weight < 0.5 * cast.weightOf(member.rank);
            if (member.staff == DemoMember.Staff.NONE && !lurker && member.rank >= 3
                    && windowEnd(member) - windowStart(member) >= MIN_WINDOW_DAYS * Timeline.DAY) {
                candidates.add(member);
            }
        }
        int wanted = (int) Math.min(candidates.size(), Math.max(3, Math.min(60, Math.round(cast.people.size() * 0.02))));
        Story[] stories = Story.values();
        for (int i = 0; i < wanted && !cast.moderators.isEmpty(); i++) {
            DemoMember member = candidates.remove(random.nextInt(candidates.size()));
            Case plan = new Case(member, stories[(i + random.nextInt(2)) % stories.length]);
            if (tell(plan)) {
                cases.add(plan);
            }
        }
    }

    /** Plans one story; false when no quiet, covered moment for it was found. */
    private boolean tell(Case plan) {
        DemoMember member = plan.member;
        long first = incidentTime(member, windowStart(member), windowEnd(member) - 12 * Timeline.DAY);
        if (first < 0) {
            return false;
        }
        switch (plan.story) {
            case WARNED -> {
                file(plan, first, random.chance(0.5) ? Vocabulary.RUDE : Vocabulary.HOMEWORK, 1 + random.nextInt(2),
                        ReportReason.TRACK, true);
                Duration length = random.chance(0.5) ? Duration.ofHours(1) : Duration.ofMinutes(10);
                act(plan, first, ModActionType.TIMEOUT, moderator(), random.pick(Vocabulary.TIMEOUT_REASONS), length);
                member.silence(first, first + length.toMillis());
            }
            case ESCALATED -> {
                file(plan, first, Vocabulary.RUDE, 1, ReportReason.TRACK, true);
                act(plan, first, ModActionType.TIMEOUT, moderator(), random.pick(Vocabulary.TIMEOUT_REASONS), Duration.ofHours(24));
                member.silence(first, first + Duration.ofHours(24).toMillis());
                long second = incidentTime(member, first + 10 * Timeline.DAY, windowEnd(member));
                if (second > 0) {
                    Report report = file(plan, second, Vocabulary.RUDE, 1, ReportReason.ANON_REPORT, true).get(0);
                    plan.reports.add(new Report(report.message, report.quote, report.at + random.nextLong(Timeline.MINUTE,
                            10 * Timeline.MINUTE), ReportReason.TRACK, moderator(), "[]"));
                    act(plan, second, ModActionType.BAN, moderator(), random.pick(Vocabulary.BAN_REASONS), null);
                    member.silence(second, Long.MAX_VALUE);
                }
            }
            case SPAM_KICK -> {
                file(plan, first, Vocabulary.SPAM, 2, ReportReason.ANON_REPORT, false);
                act(plan, first, ModActionType.KICK, moderator(), random.pick(Vocabulary.KICK_REASONS), null);
                long back = random.chance(0.5) ? first + random.nextLong(3, 21) * Timeline.DAY : Long.MAX_VALUE;
                member.silence(first, back);
            }
            case APPEAL -> {
                file(plan, first, random.chance(0.5) ? Vocabulary.RUDE : Vocabulary.PROMO, 1, ReportReason.TRACK, true);
                act(plan, first, ModActionType.BAN, moderator(), random.pick(Vocabulary.BAN_REASONS), null);
                long unban = coverage.nextCovered(first + random.nextLong(14, 31) * Timeline.DAY);
                if (unban > 0 && unban < timeline.endMs) {
                    act(plan, unban, ModActionType.UNBAN, cast.admins.get(0), random.pick(Vocabulary.UNBAN_REASONS), null);
                    member.silence(first, unban);
                } else {
                    member.silence(first, Long.MAX_VALUE);
                }
            }
            case TIMEOUT_LIFTED -> {
                file(plan, first, Vocabulary.RUDE, 1, ReportReason.TRACK, true);
                Duration week = Duration.ofDays(7);
                act(plan, first, ModActionType.TIMEOUT, moderator(), random.pick(Vocabulary.TIMEOUT_REASONS), week);
                long lifted = coverage.nextCovered(first + random.nextLong(Timeline.DAY, 2 * Timeline.DAY));
                if (lifted > 0 && lifted < first + week.toMillis()) {
                    act(plan, lifted, ModActionType.TIMEOUT_REMOVED, moderator(),
                            random.pick(Vocabulary.TIMEOUT_REMOVED_REASONS), null);
                    member.silence(first, lifted);
                } else {
                    member.silence(first, first + week.toMillis());
                }
            }
            case REPORTED_ONLY -> {
                file(plan, first, random.chance(0.5) ? Vocabulary.PROMO : Vocabulary.RUDE, 1 + random.nextInt(2),
                        ReportReason.ANON_REPORT, true);
            }
            default -> throw new IllegalStateException(plan.story.name());
        }
        return true;
    }

    /**
     * Plans {@code count} messages by the member shortly before {@code incident} and files each
     * one; {@code recorded} is false for spam, which moderators delete (the row goes, the filing stays).
     */
    private List<Report> file(Case plan, long incident, List<String> texts, int count, ReportReason reason, boolean recorded) {
        List<Report> filed = new ArrayList<>();
        ChannelSpec channel = publicFavourite(plan.member);
        long[] written = new long[count];
        written[count - 1] = incident - random.nextLong(3 * Timeline.MINUTE, BEFORE - Timeline.HOUR);
        for (int i = count - 2; i >= 0; i--) {
            written[i] = written[i + 1] - random.nextLong(20_000, 10 * Timeline.MINUTE);
        }
        for (int i = 0; i < count; i++) {
            QuotedText quote = QuotedText.of(random.pick(texts), metrics);
            Shape shape = new Shape(quote.words(), quote.chars(), MessageShapes.EMPTY, MessageShapes.stringArray(quote.urls()), 0);
            Draft message = new Draft(written[i], order.getAsLong(), plan.member, channel, null, shape);
            message.recorded = recorded;
            messages.add(message);
            long at = Math.min(incident - 30_000, written[i] + random.nextLong(Timeline.MINUTE, 20 * Timeline.MINUTE));
            String attachments = texts == Vocabulary.SPAM && random.chance(0.5)
                    ? "[{\"name\":\"image.png\",\"url\":\"https://cdn.discordapp.com/attachments/" + channel.id + "/"
                    + Snowflakes.message(written[i], 1) + "/image.png\"}]"
                    : "[]";
            Report report = new Report(message, quote, at, reason, reason == ReportReason.TRACK ? moderator() : null, attachments);
            plan.reports.add(report);
            filed.add(report);
        }
        return filed;
    }

    private void act(Case plan, long at, ModActionType type, DemoMember executor, String reason, Duration duration) {
        plan.actions.add(new Action(at + random.nextLong(1_000, 30_000), type, executor, reason, duration));
    }

    /** A moment in [from, to) with the recorder running from four hours before to an hour after; -1 if none. */
    private long incidentTime(DemoMember member, long from, long to) {
        if (to - from < Timeline.DAY) {
            return -1;
        }
        for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
            long at = random.nextLong(from, to);
            if (coverage.coversAll(at - BEFORE, at + AFTER) && member.canPostAt(at - BEFORE) && member.canPostAt(at)) {
                return at;
            }
        }
        return -1;
    }

    private long windowStart(DemoMember member) {
        return timeline.dayStart(Math.max(2, member.joinDay + 1));
    }

    private long windowEnd(DemoMember member) {
        int last = Math.min(timeline.days - 1, member.quietDay == DemoMember.NEVER ? timeline.days - 1 : member.quietDay);
        return timeline.dayStart(last);
    }

    private ChannelSpec publicFavourite(DemoMember member) {
        for (ChannelSpec channel : member.favourites) {
            if (!channel.isForum() && !channel.staffOnly) {
                return channel;
            }
        }
        return layout.channel("general");
    }

    private DemoMember moderator() {
        return random.pick(cast.moderators);
    }

    List<UserThread> threads(String guildId, Snowflakes ids) {
        List<UserThread> threads = new ArrayList<>();
        for (Case plan : cases) {
            threads.add(new UserThread(plan.member.id, guildId, threadId(plan, ids), Instant.ofEpochMilli(plan.firstFiling()),
                    Instant.ofEpochMilli(plan.lastFiling())));
        }
        return threads;
    }

    private String threadId(Case plan, Snowflakes ids) {
        return threadIds.computeIfAbsent(plan, p -> ids.nextText(p.firstFiling()));
    }

    /** The members' moderation threads, in the mod-log channel. */
    List<ChannelInfo> threadChannels(String guildId, Snowflakes ids) {
        ChannelSpec modLog = layout.channel("mod-log");
        List<ChannelInfo> channels = new ArrayList<>();
        for (Case plan : cases) {
            channels.add(new ChannelInfo(threadId(plan, ids), guildId, plan.member.username + " logs", modLog.name,
                    ChannelKind.PUBLIC_THREAD, modLog.id, null));
        }
        return channels;
    }

    List<ReportedMessage> reports(String guildId, Snowflakes ids) {
        List<ReportedMessage> rows = new ArrayList<>();
        for (Case plan : cases) {
            String thread = threadId(plan, ids);
            for (Report report : plan.reports) {
                UUID id = new UUID(random.nextLong() & ~0xF000L | 0x4000L, random.nextLong() & 0x3FFFFFFFFFFFFFFFL | 0x8000000000000000L);
                rows.add(new ReportedMessage(id.toString(), report.message.idText(), report.message.channel.id, plan.member.id,
                        guildId, ids.nextText(report.at), thread, report.reason,
                        report.staff == null ? null : report.staff.id, report.staff == null ? null : report.staff.username,
                        null, Instant.ofEpochMilli(report.at), null, report.quote.text(), report.attachments));
            }
        }
        return rows;
    }

    List<ModAction> actions(String guildId, Snowflakes ids) {
        List<ModAction> rows = new ArrayList<>();
        for (Case plan : cases) {
            for (Action action : plan.actions) {
                rows.add(new ModAction(ids.nextText(action.at()), plan.member.id, guildId, action.type(), action.executor().id,
                        action.executor().username, action.reason(),
                        action.duration() == null ? null : action.duration().toString(), Instant.ofEpochMilli(action.at())));
            }
        }
        return rows;
    }
}
