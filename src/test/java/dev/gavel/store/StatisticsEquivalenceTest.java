package dev.gavel.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.stream.Stream;

import dev.gavel.core.model.MessageStat;
import dev.gavel.core.model.StatsThresholds;
import dev.gavel.core.stats.ChannelFilter;
import dev.gavel.core.stats.DateRange;
import dev.gavel.core.stats.Statistics;
import dev.gavel.core.stats.StatsRequest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * What makes the rollup plan trustworthy: on seeded random activity (with edits, reactions, moves
 * and deletions after insertion, so every path of the rollups' upkeep runs), every report computed from the
 * rollups equals the report computed from raw {@code message_stats} only, in zones with whole-hour
 * offsets, DST changes, half-hour and 45-minute offsets, over short and long ranges.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class StatisticsEquivalenceTest {

    private static final String GUILD = "g";
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2025-05-01T00:00:00Z"), ZoneOffset.UTC);
    private static final Instant FIRST = Instant.parse("2024-10-01T00:00:00Z");
    private static final Instant LAST = Instant.parse("2025-04-30T00:00:00Z");
    private static final List<String> ZONES = List.of("UTC", "America/New_York", "Europe/London", "Asia/Kolkata",
            "Australia/Lord_Howe", "Pacific/Chatham");

    Store store;
    Statistics rollups;
    Statistics raw;

    @BeforeAll
    void fill(@TempDir Path dir) throws Exception {
        store = Store.open(dir.resolve("gavel.db"));
        Random random = new Random(20250301);
        StatsFixture.RandomActivity activity = new StatsFixture.RandomActivity(random);
        List<MessageStat> messages = new ArrayList<>();
        long span = LAST.toEpochMilli() - FIRST.toEpochMilli();
        for (int i = 0; i < 6000; i++) {
            long sentAt = FIRST.toEpochMilli() + (long) (random.nextDouble() * span);
            messages.add(activity.message("m" + i, GUILD, sentAt));
        }
        // messages on and next to local midnights and hours of every zone, where bucketing mistakes show
        int edge = 0;
        for (String zone : ZONES) {
            for (LocalDate day = LocalDate.parse("2024-10-20"); day.isBefore(LocalDate.parse("2025-04-25")); day = day.plusDays(9)) {
                long midnight = day.atStartOfDay(ZoneId.of(zone)).toInstant().toEpochMilli();
                for (long delta : new long[] {-1, 0, 1, 3_599_999, 3_600_000}) {
                    messages.add(activity.message("e" + edge++, GUILD, midnight + delta));
                }
            }
        }
        for (int i = 0; i < 500; i++) {
            messages.add(activity.message("h" + i, "h", FIRST.toEpochMilli() + (long) (random.nextDouble() * span)));
        }
        store.write(tx -> {
            tx.dao(MessageStatsDao.class).upsertAll(messages);
            return null;
        }).get();
        // after insertion: reactions, edits, moves to another channel or time, deletions
        store.write(tx -> {
            MessageStatsDao dao = tx.dao(MessageStatsDao.class);
            for (int i = 0; i < 6000; i += 7) {
                dao.addReactions("m" + i, random.nextInt(7) - 3);
            }
            for (int i = 3; i < 6000; i += 11) {
                dao.updateContent("m" + i, random.nextInt(40), random.nextInt(200), activity.codeStats(), activity.links());
            }
            for (int i = 5; i < 6000; i += 13) {
                dao.upsert(activity.message("m" + i, GUILD, FIRST.toEpochMilli() + (long) (random.nextDouble() * span)));
            }
            for (int i = 1; i < 6000; i += 17) {
                dao.delete("m" + i);
            }
            return null;
        }).get();
        rollups = new Statistics(SqlActivityQueries.of(store), CLOCK);
        raw = new Statistics(SqlActivityQueries.rawOnly(store), CLOCK);
    }

    @AfterAll
    void close() {
        store.close();
    }

    Stream<Arguments> cases() {
        List<String[]> ranges = List.of(
                new String[] {"2024-10-01", "2025-04-29"},  // everything: months, days, hours and edges
                new String[] {"2024-11-01", "2024-11-05"},  // the November DST change in New York
                new String[] {"2025-03-08", "2025-03-10"},  // the March change
                new String[] {"2025-01-31", "2025-03-01"},  // month edges
                new String[] {"2025-04-05", "2025-04-07"},  // Lord Howe's and Chatham's April change
                new String[] {"2025-02-14", "2025-02-14"}); // one day
        List<Arguments> cases = new ArrayList<>();
        for (String zone : ZONES) {
            for (String[] range : ranges) {
                cases.add(Arguments.of(zone, range[0], range[1]));
            }
        }
        return cases.stream();
    }

    @ParameterizedTest(name = "{0} {1} … {2}")
    @MethodSource("cases")
    @DisplayName("every report from the rollups equals the report from raw rows")
    void sameReports(String zone, String from, String to) {
        DateRange range = new DateRange(LocalDate.parse(from), LocalDate.parse(to), ZoneId.of(zone));
        StatsThresholds thresholds = new StatsThresholds(20, 600, 8, 5, 2);
        for (ChannelFilter filter : List.of(ChannelFilter.NONE, new ChannelFilter(Set.of("c2"), Set.of("Text")),
                new ChannelFilter(Set.of(), Set.of("Archive")))) {
            StatsRequest request = new StatsRequest(GUILD, range, filter, thresholds);
            assertThat(rollups.overview(request)).as("overview %s", filter).isEqualTo(raw.overview(request));
            assertThat(rollups.daily(request)).as("daily %s", filter).isEqualTo(raw.daily(request));
            assertThat(rollups.topParticipants(request)).as("top %s", filter).isEqualTo(raw.topParticipants(request));
            assertThat(rollups.channels(request)).as("channels %s", filter).isEqualTo(raw.channels(request));
            assertThat(rollups.heatmap(request)).as("heatmap %s", filter).isEqualTo(raw.heatmap(request));
            for (String member : List.of("u0", "u5")) {
                assertThat(rollups.member(request, member)).as("member %s %s", member, filter).isEqualTo(raw.member(request, member));
            }
        }
        StatsRequest request = new StatsRequest(GUILD, range, ChannelFilter.NONE, thresholds);
        assertThat(rollups.cohort(request, "u3")).as("cohort").isEqualTo(raw.cohort(request, "u3"));
    }

    @Test
    @DisplayName("the data is rich enough: the long range has top participants, a cohort, code and every channel")
    void dataIsRich() {
        StatsRequest request = new StatsRequest(GUILD, new DateRange(LocalDate.parse("2024-10-01"), LocalDate.parse("2025-04-29"),
                ZoneId.of("UTC")), ChannelFilter.NONE, new StatsThresholds(20, 600, 8, 5, 2));
        assertThat(rollups.topParticipants(request).participants()).hasSize(8);
        assertThat(rollups.cohort(request, null).authors()).hasSizeGreaterThan(8);
        assertThat(rollups.overview(request).codeLanguages()).hasSize(5);
        assertThat(rollups.channels(request).channels()).hasSize(StatsFixture.RandomActivity.CHANNELS.length);
        assertThat(rollups.overview(request).topCategories()).hasSize(5);
    }
}
