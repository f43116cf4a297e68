package dev.gavel.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import dev.gavel.core.model.StatsThresholds;
import dev.gavel.core.stats.ChannelFilter;
import dev.gavel.core.stats.DateRange;
import dev.gavel.core.stats.MessageTimeline;
import dev.gavel.core.stats.Statistics;
import dev.gavel.core.stats.StatsRequest;
import dev.gavel.demo.DemoOptions;
import dev.gavel.demo.DemoStore;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * Messages per hour reduced in SQL to a chart's width: on three years of demo activity (26,280
 * hours, 150,000 messages) each bucket's fewest and most messages per hour and its total are those
 * of the hour-by-hour series counted here from the raw rows.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class MessageTimelineTest {

    private static final long HOUR_MS = 3_600_000L;
    private static final LocalDate LAST_DAY = LocalDate.parse("2025-06-30");
    private static final DemoOptions OPTIONS = new DemoOptions(5, 1_095, 200, 150_000, LAST_DAY);
    private static final Clock LATER = Clock.fixed(Instant.parse("2025-08-01T00:00:00Z"), ZoneOffset.UTC);

    private Store store;
    private Statistics rollups;
    private Statistics raw;
    private String guild;

    @BeforeAll
    void createStore(@TempDir Path dir) {
        DemoStore.create(dir.resolve("demo.db"), OPTIONS);
        store = Store.openReadOnly(dir.resolve("demo.db"));
        rollups = new Statistics(SqlActivityQueries.of(store), LATER);
        raw = new Statistics(SqlActivityQueries.rawOnly(store), LATER);
        guild = rollups.guildIds().get(0);
    }

    @AfterAll
    void closeStore() {
        store.close();
    }

    @Test
    @DisplayName("three years in 800 buckets: 33 hours each, fewest, most and total as in the raw hourly series")
    void threeYearsInUtc() {
        StatsRequest request = request(OPTIONS.firstDay(), LAST_DAY, "UTC", ChannelFilter.NONE);
        long hours = (request.range().end().toEpochMilli() - request.range().start().toEpochMilli()) / HOUR_MS;
        assertThat(hours).isEqualTo(26_280);

        MessageTimeline timeline = rollups.messageTimeline(request, 800);

        assertThat(timeline.hoursPerBucket()).isEqualTo(33);
        assertThat(timeline.buckets()).hasSize(797);
        assertMatchesRawHours(timeline, request);
        assertThat(timeline.buckets().stream().mapToLong(MessageTimeline.Bucket::messages).sum()).isEqualTo(OPTIONS.messages());
    }

    @Test
    @DisplayName("New York across two DST changes: hours follow instants; rollups and raw rows agree")
    void newYork() {
        StatsRequest request = request(LocalDate.parse("2024-10-01"), LocalDate.parse("2025-04-30"), "America/New_York",
                ChannelFilter.NONE);
        MessageTimeline timeline = rollups.messageTimeline(request, 300);
        assertMatchesRawHours(timeline, request);
        assertThat(timeline).isEqualTo(raw.messageTimeline(request, 300));
    }

    @Test
    @DisplayName("Asia/Kolkata (+05:30): hours counted from local midnight, from raw rows")
    void kolkata() {
        StatsRequest request = request(LocalDate.parse("2025-03-01"), LocalDate.parse("2025-03-31"), "Asia/Kolkata",
                ChannelFilter.NONE);
        MessageTimeline timeline = rollups.messageTimeline(request, 100);
        assertThat(timeline.buckets().get(0).from()).isEqualTo(Instant.parse("2025-02-28T18:30:00Z"));
        assertMatchesRawHours(timeline, request);
    }

    @Test
    @DisplayName("a week in a wide chart: one hour per bucket, fewest = most = the hour's messages")
    void hourByHour() {
        StatsRequest request = request(LocalDate.parse("2025-06-24"), LAST_DAY, "UTC", ChannelFilter.NONE);
        MessageTimeline timeline = rollups.messageTimeline(request, 1_000);
        assertThat(timeline.hoursPerBucket()).isEqualTo(1);
        assertThat(timeline.buckets()).hasSize(168)
                .allSatisfy(bucket -> assertThat(bucket.fewest()).isEqualTo(bucket.most()).isEqualTo(bucket.messages()));
        assertMatchesRawHours(timeline, request);
    }

    @Test
    @DisplayName("the channel filter applies")
    void filtered() {
        String category = rollups.categories(request(OPTIONS.firstDay(), LAST_DAY, "UTC", ChannelFilter.NONE)).get(0).category();
        StatsRequest request = request(LocalDate.parse("2025-01-01"), LAST_DAY, "UTC", new ChannelFilter(Set.of(), Set.of(category)));
        MessageTimeline timeline = rollups.messageTimeline(request, 200);
        assertMatchesRawHours(timeline, request);
        assertThat(timeline).isEqualTo(raw.messageTimeline(request, 200));
        long all = rollups.messageTimeline(request.withFilter(ChannelFilter.NONE), 200).buckets().stream()
                .mapToLong(MessageTimeline.Bucket::messages).sum();
        assertThat(timeline.buckets().stream().mapToLong(MessageTimeline.Bucket::messages).sum()).isPositive().isLessThan(all);
    }

    @Test
    @DisplayName("hours after now are left out; a range in the future has no buckets")
    void upToNow() {
        Statistics atNoon = new Statistics(SqlActivityQueries.of(store), Clock.fixed(Instant.parse("2025-06-30T12:20:00Z"), ZoneOffset.UTC));
        MessageTimeline timeline = atNoon.messageTimeline(request(LocalDate.parse("2025-06-29"), LAST_DAY, "UTC", ChannelFilter.NONE), 1_000);
        assertThat(timeline.buckets()).hasSize(37);
        assertThat(timeline.buckets().get(36).to()).isEqualTo(Instant.parse("2025-06-30T12:20:00Z"));
        assertThat(atNoon.messageTimeline(request(LocalDate.parse("2025-07-01"), LocalDate.parse("2025-07-02"), "UTC",
                ChannelFilter.NONE), 10).buckets()).isEmpty();
    }

    private StatsRequest request(LocalDate from, LocalDate to, String zone, ChannelFilter filter) {
        return new StatsRequest(guild, new DateRange(from, to, ZoneId.of(zone)), filter, StatsThresholds.DEFAULTS);
    }

    /** Counts messages per hour from the range's start straight from message_stats, then checks every bucket. */
    private void assertMatchesRawHours(MessageTimeline timeline, StatsRequest request) {
        long start = request.range().start().toEpochMilli();
        long end = Math.min(request.range().end().toEpochMilli(), LATER.millis());
        Map<Long, Long> perHour = rawHours(request, start, end);
        long hours = (end - start + HOUR_MS - 1) / HOUR_MS;
        int width = timeline.hoursPerBucket();
        assertThat(timeline.buckets()).hasSize((int) ((hours + width - 1) / width));
        for (int b = 0; b < timeline.buckets().size(); b++) {
            long fewest = Long.MAX_VALUE;
            long most = 0;
            long total = 0;
            for (long hour = (long) b * width; hour < Math.min(hours, (long) (b + 1) * width); hour++) {
                long count = perHour.getOrDefault(hour, 0L);
                fewest = Math.min(fewest, count);
                most = Math.max(most, count);
                total += count;
            }
            MessageTimeline.Bucket bucket = timeline.buckets().get(b);
            assertThat(bucket.from()).as("bucket %d", b).isEqualTo(Instant.ofEpochMilli(start + b * width * HOUR_MS));
            assertThat(List.of(bucket.fewest(), bucket.most(), bucket.messages())).as("bucket %d", b)
                    .containsExactly(fewest, most, total);
        }
    }

    private Map<Long, Long> rawHours(StatsRequest request, long start, long end) {
        String categories = request.filter().categories().isEmpty() ? ""
                : " AND channel_category IN ('" + String.join("','", request.filter().categories()) + "')";
        List<Long> sentAt = store.readTx(tx -> tx.handle().createQuery("SELECT sent_at FROM message_stats WHERE guild_id = :guild "
                + "AND sent_at >= :start AND sent_at < :end" + categories).bind("guild", guild).bind("start", start).bind("end", end)
                .mapTo(Long.class).list());
        Map<Long, Long> perHour = new TreeMap<>();
        sentAt.forEach(at -> perHour.merge((at - start) / HOUR_MS, 1L, Long::sum));
        return perHour;
    }
}
