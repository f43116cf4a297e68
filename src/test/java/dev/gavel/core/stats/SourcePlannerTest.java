package dev.gavel.core.stats;

import static dev.gavel.core.stats.Grain.DAY;
import static dev.gavel.core.stats.Grain.HOUR;
import static dev.gavel.core.stats.Grain.MONTH;
import static dev.gavel.core.stats.Grain.RAW;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import dev.gavel.core.UserFacingException;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class SourcePlannerTest {

    private static final Set<Grain> AUTHOR = EnumSet.of(RAW, HOUR, DAY, MONTH);
    private static final Set<Grain> ACTIVITY = EnumSet.of(RAW, HOUR, DAY);
    private static final Set<Grain> CHANNEL = EnumSet.of(RAW, HOUR);
    private static final SourcePlanner PLANNER = SourcePlanner.withRollups();
    private static final ZoneId UTC = ZoneId.of("UTC");
    private static final ZoneId NEW_YORK = ZoneId.of("America/New_York");
    private static final ZoneId KOLKATA = ZoneId.of("Asia/Kolkata");

    private static long day(String date) {
        return LocalDate.parse(date).toEpochDay();
    }

    private static long hour(String instant) {
        return Instant.parse(instant).toEpochMilli() / 3_600_000L;
    }

    private static long ms(String instant) {
        return Instant.parse(instant).toEpochMilli();
    }

    @Test
    @DisplayName("a range is inclusive: [from, to] in the zone is [start of from, start of the day after to)")
    void rangeInstants() {
        DateRange range = new DateRange(LocalDate.parse("2025-03-08"), LocalDate.parse("2025-03-10"), NEW_YORK);
        assertThat(range.start()).isEqualTo(Instant.parse("2025-03-08T05:00:00Z"));
        // 2025-03-09 is the DST change (02:00 EST → 03:00 EDT): the day after the range starts at 04:00 UTC
        assertThat(range.end()).isEqualTo(Instant.parse("2025-03-11T04:00:00Z"));
        assertThat(range.dayCount()).isEqualTo(3);
        assertThat(range.days()).containsExactly(LocalDate.parse("2025-03-08"), LocalDate.parse("2025-03-09"), LocalDate.parse("2025-03-10"));
        assertThatThrownBy(() -> DateRange.utc(LocalDate.parse("2025-03-02"), LocalDate.parse("2025-03-01")))
                .isInstanceOf(UserFacingException.class).hasMessageContaining("after its last day");
    }

    @Test
    @DisplayName("daily series in UTC read UTC days")
    void utcDailyReadsDays() {
        SourcePlan plan = PLANNER.plan(DateRange.utc(LocalDate.parse("2025-01-01"), LocalDate.parse("2025-03-31")),
                Resolution.LOCAL_DAY, AUTHOR);
        assertThat(plan.segments()).containsExactly(new Segment(DAY, day("2025-01-01"), day("2025-04-01")));
    }

    @Test
    @DisplayName("a zone at UTC+0 in the range (London in winter) reads days; across its DST change it reads hours")
    void londonWinterAndSummer() {
        ZoneId london = ZoneId.of("Europe/London");
        SourcePlan winter = PLANNER.plan(new DateRange(LocalDate.parse("2025-01-01"), LocalDate.parse("2025-01-31"), london),
                Resolution.LOCAL_DAY, AUTHOR);
        assertThat(winter.segments()).extracting(Segment::grain).containsExactly(DAY);
        SourcePlan spring = PLANNER.plan(new DateRange(LocalDate.parse("2025-03-29"), LocalDate.parse("2025-03-31"), london),
                Resolution.LOCAL_DAY, AUTHOR);
        // 03-29 00:00 GMT → 04-01 00:00 BST = 03-31 23:00 UTC
        assertThat(spring.segments()).containsExactly(new Segment(HOUR, hour("2025-03-29T00:00:00Z"), hour("2025-03-31T23:00:00Z")));
    }

    @Test
    @DisplayName("New York across the March change: hours, with both offsets and the change's instant")
    void newYorkDst() {
        SourcePlan plan = PLANNER.plan(new DateRange(LocalDate.parse("2025-03-08"), LocalDate.parse("2025-03-10"), NEW_YORK),
                Resolution.LOCAL_DAY, ACTIVITY);
        assertThat(plan.segments()).containsExactly(new Segment(HOUR, hour("2025-03-08T05:00:00Z"), hour("2025-03-11T04:00:00Z")));
        assertThat(plan.offsets()).containsExactly(
                new OffsetSpan(ms("2025-03-08T05:00:00Z"), -5 * 3_600_000L),
                new OffsetSpan(ms("2025-03-09T07:00:00Z"), -4 * 3_600_000L));
    }

    @Test
    @DisplayName("a half-hour zone (Asia/Kolkata, +05:30) reads raw messages for days and hours")
    void kolkataIsRaw() {
        DateRange range = new DateRange(LocalDate.parse("2025-03-01"), LocalDate.parse("2025-03-07"), KOLKATA);
        assertThat(PLANNER.plan(range, Resolution.LOCAL_DAY, AUTHOR).segments())
                .containsExactly(new Segment(RAW, ms("2025-02-28T18:30:00Z"), ms("2025-03-07T18:30:00Z")));
        assertThat(PLANNER.plan(range, Resolution.LOCAL_HOUR, CHANNEL).segments()).extracting(Segment::grain).containsExactly(RAW);
    }

    @Test
    @DisplayName("totals over a half-hour zone: raw edges, hours, days and whole UTC months inside")
    void kolkataTotalsDecompose() {
        DateRange range = new DateRange(LocalDate.parse("2025-01-15"), LocalDate.parse("2025-04-10"), KOLKATA);
        // start 2025-01-14T18:30Z, end 2025-04-10T18:30Z
        assertThat(PLANNER.plan(range, Resolution.TOTAL, AUTHOR).segments()).containsExactly(
                new Segment(RAW, ms("2025-01-14T18:30:00Z"), ms("2025-01-14T19:00:00Z")),
                new Segment(HOUR, hour("2025-01-14T19:00:00Z"), hour("2025-01-15T00:00:00Z")),
                new Segment(DAY, day("2025-01-15"), day("2025-02-01")),
                new Segment(MONTH, 2025 * 12 + 1, 2025 * 12 + 3),
                new Segment(DAY, day("2025-04-01"), day("2025-04-10")),
                new Segment(HOUR, hour("2025-04-10T00:00:00Z"), hour("2025-04-10T18:00:00Z")),
                new Segment(RAW, ms("2025-04-10T18:00:00Z"), ms("2025-04-10T18:30:00Z")));
    }

    @Test
    @DisplayName("totals in UTC over whole months read months only; without months (a filter) days")
    void utcTotals() {
        DateRange year = DateRange.utc(LocalDate.parse("2024-01-01"), LocalDate.parse("2024-12-31"));
        assertThat(PLANNER.plan(year, Resolution.TOTAL, AUTHOR).segments())
                .containsExactly(new Segment(MONTH, 2024 * 12, 2025 * 12));
        assertThat(PLANNER.plan(year, Resolution.TOTAL, ACTIVITY).segments())
                .containsExactly(new Segment(DAY, day("2024-01-01"), day("2025-01-01")));
        assertThat(PLANNER.plan(year, Resolution.TOTAL, CHANNEL).segments())
                .containsExactly(new Segment(HOUR, hour("2024-01-01T00:00:00Z"), hour("2025-01-01T00:00:00Z")));
    }

    @Test
    @DisplayName("a short total inside one day reads hours; segments always tile the range exactly")
    void segmentsTile() {
        DateRange oneDay = new DateRange(LocalDate.parse("2025-06-01"), LocalDate.parse("2025-06-01"), ZoneId.of("Europe/Berlin"));
        List<Segment> segments = PLANNER.plan(oneDay, Resolution.TOTAL, AUTHOR).segments();
        // 2025-05-31T22:00Z → 2025-06-01T22:00Z holds no whole UTC day: 24 hours
        assertThat(segments).containsExactly(new Segment(HOUR, hour("2025-05-31T22:00:00Z"), hour("2025-06-01T22:00:00Z")));
        for (ZoneId zone : List.of(UTC, NEW_YORK, KOLKATA, ZoneId.of("Australia/Lord_Howe"), ZoneId.of("Pacific/Chatham"))) {
            DateRange range = new DateRange(LocalDate.parse("2024-10-01"), LocalDate.parse("2025-05-20"), zone);
            long covered = 0;
            long cursor = range.start().toEpochMilli();
            for (Segment segment : PLANNER.plan(range, Resolution.TOTAL, AUTHOR).segments()) {
                long from = toMillis(segment.grain(), segment.from());
                long to = toMillis(segment.grain(), segment.to());
                assertThat(from).as("%s starts where the previous ended", segment).isEqualTo(cursor);
                covered += to - from;
                cursor = to;
            }
            assertThat(cursor).isEqualTo(range.end().toEpochMilli());
            assertThat(covered).isEqualTo(range.end().toEpochMilli() - range.start().toEpochMilli());
        }
    }

    @Test
    @DisplayName("Lord Howe: +11:00 in summer reads hours; across its 30-minute DST change (+10:30) raw messages")
    void lordHowe() {
        ZoneId lordHowe = ZoneId.of("Australia/Lord_Howe");
        DateRange summer = new DateRange(LocalDate.parse("2025-01-01"), LocalDate.parse("2025-01-03"), lordHowe);
        assertThat(PLANNER.plan(summer, Resolution.LOCAL_DAY, AUTHOR).segments()).extracting(Segment::grain).containsExactly(HOUR);
        DateRange change = new DateRange(LocalDate.parse("2025-04-05"), LocalDate.parse("2025-04-07"), lordHowe);
        assertThat(PLANNER.plan(change, Resolution.LOCAL_DAY, AUTHOR).segments()).extracting(Segment::grain).containsExactly(RAW);
    }

    @Test
    @DisplayName("the raw-only planner reads raw messages for every query")
    void rawOnly() {
        DateRange range = DateRange.utc(LocalDate.parse("2024-01-01"), LocalDate.parse("2024-12-31"));
        for (Resolution resolution : Resolution.values()) {
            assertThat(SourcePlanner.rawOnly().plan(range, resolution, AUTHOR).segments())
                    .containsExactly(new Segment(RAW, range.start().toEpochMilli(), range.end().toEpochMilli()));
        }
    }

    private static long toMillis(Grain grain, long unit) {
        return switch (grain) {
            case RAW -> unit;
            case HOUR -> unit * 3_600_000L;
            case DAY -> unit * 86_400_000L;
            case MONTH -> SourcePlanner.firstDayOfMonth(unit) * 86_400_000L;
        };
    }
}
