package dev.gavel.demo;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CancellationException;
import java.util.function.BooleanSupplier;

import dev.gavel.core.model.ChannelInfo;
import dev.gavel.core.model.MessageStat;

/**
 * Generates the demo's messages in time order, one hour at a time, and hands them on: memory
 * stays bounded by one hour's messages whatever the total.
 *
 * <p>The total is spread over the days by a daily weight (growth over the timeline, quieter
 * weekends and holidays, busy days now and then, and how much of the day the recorder covered),
 * then over each day's hours by who is around: members are present on a day by chance (the keen
 * ones most days), live in time zones, and are most active in their local afternoon and evening.
 * In each hour, conversations start at random covered moments: a first author picks one of
 * their favourite channels (a post of the forum, sometimes a thread), others join in and reply.
 */
final class MessageStream {

    /** Where the generated rows go. */
    interface Sink {
        void message(MessageStat row);

        void channels(List<ChannelInfo> threads);
    }

    /** Activity by local hour of day, 0 to 23: asleep at night, busiest in the evening. */
    private static final double[] LOCAL_HOURS = {0.35, 0.2, 0.1, 0.06, 0.04, 0.04, 0.06, 0.12, 0.25, 0.42, 0.55, 0.65,
            0.7, 0.72, 0.75, 0.8, 0.86, 0.92, 0.98, 1.0, 1.0, 0.93, 0.78, 0.55};
    private static final int GROUPS = Cast.ZONE_OFFSETS_MINUTES.length;
    private static final String STEP = "Generating messages";

    private final long seed;
    private final Timeline timeline;
    private final Coverage coverage;
    private final GuildLayout layout;
    private final Cast cast;
    private final List<Draft> scheduled;
    private final long regularMessages;
    private final Sink sink;
    private final DemoProgress progress;
    private final BooleanSupplier cancelled;
    private final long totalMessages;
    private final ThreadBook threads;
    private final List<ChannelSpec> publicChannels;
    private final double[] publicCumulative;

    final long[] sessionMessages;
    final long[] sessionReactions;
    /** Per channel or thread, the newest message: where a backfill would resume. */
    final Map<String, Long> newestMessage = new LinkedHashMap<>();
    final BitSet authors = new BitSet();
    long recorded;

    private DayPresence presence;
    private long draftOrder;

    MessageStream(long seed, long totalMessages, Timeline timeline, Coverage coverage, GuildLayout layout, Cast cast,
                  Snowflakes ids, List<Draft> scheduled, Sink sink, DemoProgress progress, BooleanSupplier cancelled) {
        this.seed = seed;
        this.timeline = timeline;
        this.coverage = coverage;
        this.layout = layout;
        this.cast = cast;
        this.scheduled = new ArrayList<>(scheduled);
        this.scheduled.sort(Draft.IN_ORDER);
        long recordedScheduled = scheduled.stream().filter(d -> d.recorded).count();
        this.regularMessages = totalMessages - recordedScheduled;
        if (regularMessages < 0) {
            throw new IllegalArgumentException("More planned messages than messages: " + recordedScheduled + " > " + totalMessages);
        }
        this.totalMessages = totalMessages;
        this.sink = sink;
        this.progress = progress;
        this.cancelled = cancelled;
        this.threads = new ThreadBook(layout.guildId, ids);
        this.publicChannels = layout.conversational().stream().filter(c -> !c.staffOnly).toList();
        this.publicCumulative = Cast.cumulative(publicChannels.stream().map(c -> c.popularity).toList());
        this.sessionMessages = new long[coverage.sessions.size()];
        this.sessionReactions = new long[coverage.sessions.size()];
    }

    int threadsMade() {
        return threads.made();
    }

    void run() {
        long[] perDay = allocate(regularMessages, dayWeights());
        int next = 0;
        for (int day = 0; day < timeline.days; day++) {
            DemoRandom random = DemoRandom.of(seed, "day", day);
            presence = new DayPresence(day, random);
            long[] perHour = allocate(perDay[day], presence.hourWeights(random));
            for (int hour = 0; hour < 24; hour++) {
                if (cancelled.getAsBoolean()) {
                    throw new CancellationException("The demo was cancelled.");
                }
                long hourStart = timeline.dayStart(day) + hour * Timeline.HOUR;
                long hourEnd = hourStart + Timeline.HOUR;
                List<Draft> drafts = new ArrayList<>();
                while (next < scheduled.size() && scheduled.get(next).time < hourEnd) {
                    drafts.add(scheduled.get(next++));
                }
                conversations(drafts, hour, hourStart, hourEnd, (int) perHour[hour], random);
                threads.endHour();
                emit(drafts);
            }
            threads.endDay(day + 1);
            List<ChannelInfo> made = threads.takeUnsaved();
            if (!made.isEmpty()) {
                sink.channels(made);
            }
            progress.update(STEP, recorded, totalMessages);
        }
    }

    /** How much of the total each day gets. */
    private double[] dayWeights() {
        double[] base = new double[24];
        for (int hour = 0; hour < 24; hour++) {
            for (int group = 0; group < GROUPS; group++) {
                base[hour] += localActivity(group, hour);
            }
        }
        double baseSum = 0;
        for (double value : base) {
            baseSum += value;
        }
        DemoRandom random = DemoRandom.of(seed, "days");
        double[] weights = new double[timeline.days];
        double afterSpike = 1;
        for (int day = 0; day < timeline.days; day++) {
            double t = timeline.days == 1 ? 1 : (double) day / (timeline.days - 1);
            double trend = (0.55 + 0.9 * StrictMath.pow(t, 1.2)) * (1 + 0.08 * StrictMath.sin(2 * StrictMath.PI * day / 97.0));
            double spike = afterSpike;
            afterSpike = 1;
            if (random.chance(1 / 40.0)) {
                spike = random.uniform(1.5, 2.3);
                afterSpike = 1.2;
            }
            double covered = 0;
            for (int hour = 0; hour < 24; hour++) {
                long from = timeline.dayStart(day) + hour * Timeline.HOUR;
                covered += base[hour] * coverage.fraction(from, from + Timeline.HOUR);
            }
            weights[day] = trend * weekday(timeline.dayOfWeek(day)) * holiday(timeline.date(day)) * spike
                    * random.logNormal(1, 0.12) * covered / baseSum;
        }
        return weights;
    }

    private static double weekday(DayOfWeek day) {
        return switch (day) {
            case SATURDAY -> 0.66;
            case SUNDAY -> 0.6;
            case FRIDAY -> 0.92;
            case MONDAY -> 1.02;
            default -> 1.0;
        };
    }

    /** Quiet over the winter holidays, busy with puzzle-solving in the first weeks of December. */
    private static double holiday(LocalDate date) {
        int day = date.getDayOfMonth();
        if ((date.getMonth() == Month.DECEMBER && (day >= 24 && day <= 26 || day == 31))
                || (date.getMonth() == Month.JANUARY && day == 1)) {
            return 0.55;
        }
        return date.getMonth() == Month.DECEMBER && day <= 23 ? 1.12 : 1.0;
    }

    static double localActivity(int group, int utcHour) {
        int minutes = Math.floorMod(utcHour * 60 + 30 + Cast.ZONE_OFFSETS_MINUTES[group], 24 * 60);
        return LOCAL_HOURS[minutes / 60];
    }

    private void conversations(List<Draft> drafts, int hour, long hourStart, long hourEnd, int count, DemoRandom random) {
        if (count == 0) {
            return;
        }
        long[] pieces = new long[16];
        int pieceCount = coverage.pieces(hourStart, hourEnd, pieces);
        if (pieceCount == 0) {
            throw new IllegalStateException("Messages were given to an hour without coverage at " + hourStart);
        }
        double[] pieceCumulative = new double[pieceCount];
        double sum = 0;
        for (int i = 0; i < pieceCount; i++) {
            sum += pieces[2 * i + 1] - pieces[2 * i];
            pieceCumulative[i] = sum;
        }
        int remaining = count;
        while (remaining > 0) {
            int size = (int) Math.min(remaining, 1 + StrictMath.floor(random.logNormal(3, 0.9)));
            int piece = random.weighted(pieceCumulative);
            long from = pieces[2 * piece];
            long to = pieces[2 * piece + 1];
            long start = random.nextLong(from, to);
            conversation(drafts, hour, start, to, size, random);
            remaining -= size;
        }
    }

    private void conversation(List<Draft> drafts, int hour, long start, long end, int size, DemoRandom random) {
        DemoMember first = presence.author(hour, start, random);
        ChannelSpec channel = target(first, start, random);
        long[] times = times(start, end, size, channel, random);
        List<DemoMember> people = new ArrayList<>();
        people.add(first);
        List<Draft> said = new ArrayList<>();
        DemoMember last = null;
        for (int i = 0; i < size; i++) {
            long at = times[i];
            DemoMember author = i == 0 ? first : nextAuthor(people, last, hour, at, channel, random);
            String recipient = null;
            if (i > 0 && random.chance(channel.profile.reply)) {
                Draft repliedTo = said.get(random.nextInt(Math.max(0, said.size() - 5), said.size()));
                if (repliedTo.author != author) {
                    recipient = repliedTo.author.id;
                }
            }
            Draft draft = new Draft(at, draftOrder++, author, channel, recipient, MessageShapes.next(channel, author, random));
            drafts.add(draft);
            said.add(draft);
            last = author;
        }
    }

    /** Where a conversation happens: mostly a favourite channel of its first author; forum talk is in posts. */
    private ChannelSpec target(DemoMember author, long at, DemoRandom random) {
        ChannelSpec channel;
        if (author.favourites.length > 0 && random.chance(0.8)) {
            channel = author.favourites[random.weighted(author.favouriteCumulative)];
        } else {
            channel = publicChannels.get(random.weighted(publicCumulative));
        }
        if (channel.isForum() || (channel.threadsAllowed && random.chance(0.05))) {
            return threads.threadFor(channel, at, timeline.dayOf(at), random);
        }
        return channel;
    }

    /** Message times: a burst with gaps of seconds to minutes, squeezed to stay inside the covered piece. */
    private static long[] times(long start, long end, int size, ChannelSpec channel, DemoRandom random) {
        double meanGap = channel.profile == ChannelSpec.Profile.CHAT ? 45_000 : 90_000;
        double[] gaps = new double[size];
        double total = 0;
        for (int i = 1; i < size; i++) {
            gaps[i] = 4_000 + random.exponential(meanGap);
            total += gaps[i];
        }
        double room = end - 1 - start;
        double scale = total > room ? room / total : 1;
        long[] times = new long[size];
        double at = start;
        for (int i = 0; i < size; i++) {
            at += gaps[i] * scale;
            times[i] = Math.min(end - 1, (long) at);
        }
        return times;
    }

    private DemoMember nextAuthor(List<DemoMember> people, DemoMember last, int hour, long at, ChannelSpec channel,
                                  DemoRandom random) {
        if (channel.staffOnly) {
            return staffAt(at, random);
        }
        double roll = random.nextDouble();
        if (roll < 0.25 && last.canPostAt(at)) {
            return last;
        }
        if (roll < 0.75 && people.size() >= 2) {
            DemoMember other = people.get(random.nextInt(people.size()));
            if (other != last && other.canPostAt(at)) {
                return other;
            }
        }
        DemoMember joining = presence.author(hour, at, random);
        if (!people.contains(joining)) {
            people.add(joining);
        }
        return joining;
    }

    private DemoMember staffAt(long at, DemoRandom random) {
        for (int attempt = 0; attempt < 10; attempt++) {
            DemoMember member = random.pick(cast.moderators);
            if (member.canPostAt(at)) {
                return member;
            }
        }
        return cast.admins.get(0);
    }

    /** Puts an hour's messages in order, gives them ids (increments count within a millisecond) and hands them on. */
    private void emit(List<Draft> drafts) {
        drafts.sort(Draft.IN_ORDER);
        long previous = Long.MIN_VALUE;
        int increment = 0;
        for (Draft draft : drafts) {
            if (draft.time == previous) {
                increment++;
                if (increment > Snowflakes.MAX_INCREMENT) {
                    throw new IllegalStateException("More than 4096 messages in the millisecond " + draft.time);
                }
            } else {
                previous = draft.time;
                increment = 0;
            }
            draft.id = Snowflakes.message(draft.time, increment);
            if (!draft.recorded) {
                continue;
            }
            int session = coverage.sessionAt(draft.time);
            if (session < 0) {
                throw new IllegalStateException("A message was planned while no recorder ran, at " + draft.time);
            }
            sink.message(draft.row(layout.guildId));
            recorded++;
            sessionMessages[session]++;
            sessionReactions[session] += draft.shape.reactions();
            newestMessage.put(draft.channel.id, draft.id);
            authors.set(draft.author.index);
        }
    }

    /** Largest-remainder split of {@code total} in proportion to {@code weights}; ties go to the earlier index. */
    static long[] allocate(long total, double[] weights) {
        long[] shares = new long[weights.length];
        double sum = 0;
        for (double weight : weights) {
            sum += weight;
        }
        if (total == 0) {
            return shares;
        }
        if (sum <= 0) {
            throw new IllegalStateException("Nothing to spread " + total + " messages over");
        }
        long given = 0;
        double[] remainders = new double[weights.length];
        for (int i = 0; i < weights.length; i++) {
            double exact = total * weights[i] / sum;
            shares[i] = (long) StrictMath.floor(exact);
            remainders[i] = weights[i] > 0 ? exact - shares[i] : -1;
            given += shares[i];
        }
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < weights.length; i++) {
            if (weights[i] > 0) {
                order.add(i);
            }
        }
        order.sort(Comparator.comparingDouble((Integer i) -> -remainders[i]).thenComparingInt(i -> i));
        for (int k = 0; given < total; k = (k + 1) % order.size()) {
            shares[order.get(k)]++;
            given++;
        }
        return shares;
    }

    /** Who is around on one day, by time zone, with their weights. */
    private final class DayPresence {
        private final int[][] members = new int[GROUPS][];
        private final double[][] cumulative = new double[GROUPS][];
        private final int[] sizes = new int[GROUPS];
        private final double[] totals = new double[GROUPS];
        private final double[][] groupCumulative = new double[24][GROUPS];
        private final int day;

        DayPresence(int day, DemoRandom random) {
            this.day = day;
            long from = timeline.dayStart(day);
            long to = from + Timeline.DAY;
            boolean weekend = timeline.dayOfWeek(day).getValue() >= 6;
            for (int g = 0; g < GROUPS; g++) {
                members[g] = new int[16];
                cumulative[g] = new double[16];
            }
            for (DemoMember member : cast.people) {
                if (!member.activeOn(day) || member.silencedThroughout(from, to)) {
                    continue;
                }
                if (random.chance(member.presence * (weekend ? 0.85 : 1))) {
                    add(member);
                }
            }
            if (present() == 0) {
                for (DemoMember member : cast.people) {
                    if (member.activeOn(day) && !member.silencedThroughout(from, to)) {
                        add(member);
                    }
                }
            }
            if (present() == 0) {
                add(cast.admins.get(0));
            }
            for (int hour = 0; hour < 24; hour++) {
                double sum = 0;
                for (int g = 0; g < GROUPS; g++) {
                    sum += totals[g] * localActivity(g, hour);
                    groupCumulative[hour][g] = sum;
                }
            }
        }

        private int present() {
            int all = 0;
            for (int size : sizes) {
                all += size;
            }
            return all;
        }

        private void add(DemoMember member) {
            int g = member.timeZoneGroup;
            if (sizes[g] == members[g].length) {
                members[g] = Arrays.copyOf(members[g], sizes[g] * 2);
                cumulative[g] = Arrays.copyOf(cumulative[g], sizes[g] * 2);
            }
            totals[g] += member.weight;
            members[g][sizes[g]] = member.index;
            cumulative[g][sizes[g]] = totals[g];
            sizes[g]++;
        }

        /** How the day's messages spread over its hours: who is awake, and whether the recorder ran. */
        double[] hourWeights(DemoRandom random) {
            double[] weights = new double[24];
            for (int hour = 0; hour < 24; hour++) {
                long from = timeline.dayStart(day) + hour * Timeline.HOUR;
                weights[hour] = groupCumulative[hour][GROUPS - 1] * coverage.fraction(from, from + Timeline.HOUR)
                        * random.logNormal(1, 0.1);
            }
            return weights;
        }

        /** Someone who writes at {@code at}: by time zone and weight, never a member who may not post then. */
        DemoMember author(int hour, long at, DemoRandom random) {
            for (int attempt = 0; attempt < 10; attempt++) {
                int g = random.weighted(groupCumulative[hour]);
                DemoMember member = cast.people.get(members[g][random.weighted(cumulative[g], sizes[g])]);
                if (member.canPostAt(at)) {
                    return member;
                }
            }
            return staffAt(at, random);
        }
    }
}
