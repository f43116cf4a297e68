package dev.gavel.core.stats;

import java.time.Instant;
import java.time.LocalDate;
import java.time.zone.ZoneOffsetTransition;
import java.time.zone.ZoneRules;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Chooses the cheapest sources that answer a query exactly (PRODUCT.md, performance). The rollups
 * bucket time in UTC, so:
 * <ul>
 * <li>totals over a range are split into whole UTC months, whole UTC days, whole UTC hours and,
 *     at edges that do not fall on a whole hour, raw messages;</li>
 * <li>a daily series reads UTC days when local time is UTC throughout the range, UTC hours when
 *     every offset in the range (DST included) is a whole number of hours and changes on a whole
 *     hour, else raw messages (e.g. Asia/Kolkata, +05:30);</li>
 * <li>an hourly heatmap, and an hourly timeline, read UTC hours under the same whole-hour condition
 *     (then the range starts on a whole UTC hour), else raw messages.</li>
 * </ul>
 * A planner made by {@link #rawOnly()} always reads raw messages: the only source of a database
 * made by the original bot, and the reference the rollup plan is tested against.
 */
public final class SourcePlanner {

    static final long HOUR_MS = 3_600_000L;
    static final long DAY_MS = 86_400_000L;
    private static final long HOURS_PER_DAY = 24;

    private final boolean rollups;

    private SourcePlanner(boolean rollups) {
        this.rollups = rollups;
    }

    public static SourcePlanner withRollups() {
        return new SourcePlanner(true);
    }

    public static SourcePlanner rawOnly() {
        return new SourcePlanner(false);
    }

    public boolean usesRollups() {
        return rollups;
    }

    /**
     * Plans a query over {@code range}.
     *
     * @param available the grains the query's kind of rollup offers ({@link Grain#RAW} is always available)
     */
    public SourcePlan plan(DateRange range, Resolution resolution, Set<Grain> available) {
        long start = range.start().toEpochMilli();
        long end = range.end().toEpochMilli();
        List<OffsetSpan> offsets = offsets(range);
        List<Segment> segments = new ArrayList<>();
        if (!rollups) {
            segments.add(new Segment(Grain.RAW, start, end));
        } else {
            switch (resolution) {
                case TOTAL -> total(start, end, available, segments);
                case LOCAL_DAY -> {
                    if (available.contains(Grain.DAY) && isUtcThroughout(offsets)) {
                        segments.add(new Segment(Grain.DAY, start / DAY_MS, end / DAY_MS));
                    } else {
                        hoursOrRaw(start, end, offsets, available, segments);
                    }
                }
                case LOCAL_HOUR, ELAPSED_HOUR -> hoursOrRaw(start, end, offsets, available, segments);
                default -> throw new IllegalArgumentException(resolution.name());
            }
        }
        return new SourcePlan(segments, offsets);
    }

    /** The zone's offsets over {@code [start, end)}: the one at start, then one span per transition. */
    static List<OffsetSpan> offsets(DateRange range) {
        ZoneRules rules = range.zone().getRules();
        Instant start = range.start();
        Instant end = range.end();
        List<OffsetSpan> spans = new ArrayList<>();
        spans.add(new OffsetSpan(start.toEpochMilli(), rules.getOffset(start).getTotalSeconds() * 1000L));
        ZoneOffsetTransition transition = rules.nextTransition(start);
        while (transition != null && transition.getInstant().isBefore(end)) {
            spans.add(new OffsetSpan(transition.getInstant().toEpochMilli(),
                    transition.getOffsetAfter().getTotalSeconds() * 1000L));
            transition = rules.nextTransition(transition.getInstant());
        }
        return spans;
    }

    static boolean isUtcThroughout(List<OffsetSpan> offsets) {
        return offsets.stream().allMatch(span -> span.offsetMillis() == 0);
    }

    /** True when each UTC hour lies within one local hour, so hourly buckets can be placed on local days and hours. */
    static boolean isWholeHours(List<OffsetSpan> offsets) {
        return offsets.stream().allMatch(span -> span.offsetMillis() % HOUR_MS == 0 && span.fromMillis() % HOUR_MS == 0);
    }

    private static void hoursOrRaw(long start, long end, List<OffsetSpan> offsets, Set<Grain> available, List<Segment> segments) {
        if (available.contains(Grain.HOUR) && isWholeHours(offsets)) {
            segments.add(new Segment(Grain.HOUR, start / HOUR_MS, end / HOUR_MS));
        } else {
            segments.add(new Segment(Grain.RAW, start, end));
        }
    }

    private static void total(long start, long end, Set<Grain> available, List<Segment> segments) {
        long firstHour = Math.floorDiv(start + HOUR_MS - 1, HOUR_MS);
        long endHour = Math.floorDiv(end, HOUR_MS);
        if (!available.contains(Grain.HOUR) || firstHour >= endHour) {
            segments.add(new Segment(Grain.RAW, start, end));
            return;
        }
        addIfNotEmpty(segments, Grain.RAW, start, firstHour * HOUR_MS);
        if (available.contains(Grain.DAY)) {
            long firstDay = Math.floorDiv(firstHour + HOURS_PER_DAY - 1, HOURS_PER_DAY);
            long endDay = Math.floorDiv(endHour, HOURS_PER_DAY);
            if (firstDay < endDay) {
                addIfNotEmpty(segments, Grain.HOUR, firstHour, firstDay * HOURS_PER_DAY);
                days(firstDay, endDay, available, segments);
                addIfNotEmpty(segments, Grain.HOUR, endDay * HOURS_PER_DAY, endHour);
            } else {
                segments.add(new Segment(Grain.HOUR, firstHour, endHour));
            }
        } else {
            segments.add(new Segment(Grain.HOUR, firstHour, endHour));
        }
        addIfNotEmpty(segments, Grain.RAW, endHour * HOUR_MS, end);
    }

    private static void days(long firstDay, long endDay, Set<Grain> available, List<Segment> segments) {
        if (!available.contains(Grain.MONTH)) {
            segments.add(new Segment(Grain.DAY, firstDay, endDay));
            return;
        }
        LocalDate first = LocalDate.ofEpochDay(firstDay);
        long firstMonth = monthIndex(first) + (first.getDayOfMonth() == 1 ? 0 : 1);
        long endMonth = monthIndex(LocalDate.ofEpochDay(endDay));
        if (firstMonth >= endMonth) {
            segments.add(new Segment(Grain.DAY, firstDay, endDay));
            return;
        }
        addIfNotEmpty(segments, Grain.DAY, firstDay, firstDayOfMonth(firstMonth));
        segments.add(new Segment(Grain.MONTH, firstMonth, endMonth));
        addIfNotEmpty(segments, Grain.DAY, firstDayOfMonth(endMonth), endDay);
    }

    /** The month number of the rollups: {@code year * 12 + month - 1}. */
    static long monthIndex(LocalDate day) {
        return day.getYear() * 12L + day.getMonthValue() - 1;
    }

    static long firstDayOfMonth(long monthIndex) {
        return LocalDate.of(Math.toIntExact(Math.floorDiv(monthIndex, 12)), Math.floorMod(monthIndex, 12) + 1, 1).toEpochDay();
    }

    private static void addIfNotEmpty(List<Segment> segments, Grain grain, long from, long to) {
        if (from < to) {
            segments.add(new Segment(grain, from, to));
        }
    }
}
