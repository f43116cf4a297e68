package dev.gavel.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
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

import dev.gavel.core.model.ChannelInfo;
import dev.gavel.core.model.MessageStat;
import dev.gavel.core.model.StatsThresholds;
import dev.gavel.core.stats.ChannelFilter;
import dev.gavel.core.stats.DateRange;
import dev.gavel.core.stats.Statistics;
import dev.gavel.core.stats.StatsRequest;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A database made by the original bot gives the same statistics as a Gavel store holding the same rows. */
class OriginalStoreStatisticsTest {

    private static final long GUILD = 222_222_222_222_222_222L;
    private static final String GUILD_ID = Long.toString(GUILD);
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2025-05-01T00:00:00Z"), ZoneOffset.UTC);

    @TempDir
    Path dir;

    @Test
    @DisplayName("every report from an original database (raw rows) equals the Gavel store's (rollups), and the file stays untouched")
    void sameNumbers() throws Exception {
        List<MessageStat> messages = new StatsFixture.RandomActivity(new Random(7))
                .messages("m", GUILD_ID, 1500, Instant.parse("2024-12-01T00:00:00Z"), Instant.parse("2025-04-01T00:00:00Z"));
        List<ChannelInfo> channels = new ArrayList<>();
        for (String[] channel : StatsFixture.RandomActivity.CHANNELS) {
            channels.add(new ChannelInfo(channel[0], GUILD_ID, "#" + channel[0], channel[1], null, null, null));
        }
        Path original = dir.resolve("original.db");
        OriginalStatsFixture.create(original, GUILD, "{\"modLog\":\"1\",\"timeZone\":\"America/New_York\"}", messages, channels);
        try (Store gavel = Store.open(dir.resolve("gavel.db"))) {
            new StatsFixture().add(messages).writeTo(gavel);
            gavel.write(tx -> {
                tx.dao(ChannelDao.class).upsertAll(channels);
                return null;
            }).get();
            byte[] before = Files.readAllBytes(original);
            try (Store old = Store.openReadOnly(original)) {
                assertThat(old.kind()).isEqualTo(StoreKind.ORIGINAL);
                SqlActivityQueries oldQueries = SqlActivityQueries.of(old);
                assertThat(oldQueries.usesRollups()).isFalse();
                Statistics fromOriginal = new Statistics(oldQueries, CLOCK);
                Statistics fromGavel = new Statistics(SqlActivityQueries.of(gavel), CLOCK);

                assertThat(fromOriginal.guildIds()).containsExactly(GUILD_ID);
                assertThat(fromOriginal.settings(GUILD_ID).timeZone()).isEqualTo("America/New_York");
                assertThat(fromOriginal.isKnownMember(GUILD_ID, "u0")).isTrue();
                assertThat(fromOriginal.isKnownMember(GUILD_ID, "nobody")).isFalse();
                StatsThresholds thresholds = new StatsThresholds(15, 500, 10, 5, 2);
                for (String zone : List.of("UTC", "America/New_York", "Asia/Kolkata")) {
                    for (LocalDate[] days : List.of(new LocalDate[] {LocalDate.parse("2024-12-01"), LocalDate.parse("2025-03-31")},
                            new LocalDate[] {LocalDate.parse("2025-03-08"), LocalDate.parse("2025-03-10")})) {
                        DateRange range = new DateRange(days[0], days[1], ZoneId.of(zone));
                        for (ChannelFilter filter : List.of(ChannelFilter.NONE, new ChannelFilter(Set.of("c4"), Set.of("Help")))) {
                            StatsRequest request = new StatsRequest(GUILD_ID, range, filter, thresholds);
                            assertThat(fromOriginal.overview(request)).isEqualTo(fromGavel.overview(request));
                            assertThat(fromOriginal.daily(request)).isEqualTo(fromGavel.daily(request));
                            assertThat(fromOriginal.topParticipants(request)).isEqualTo(fromGavel.topParticipants(request));
                            assertThat(fromOriginal.member(request, "u1")).isEqualTo(fromGavel.member(request, "u1"));
                            assertThat(fromOriginal.channels(request)).isEqualTo(fromGavel.channels(request));
                            assertThat(fromOriginal.heatmap(request)).isEqualTo(fromGavel.heatmap(request));
                            assertThat(fromOriginal.cohort(request, "u2")).isEqualTo(fromGavel.cohort(request, "u2"));
                        }
                    }
                }
                StatsRequest all = new StatsRequest(GUILD_ID, DateRange.utc(LocalDate.parse("2024-12-01"), LocalDate.parse("2025-03-31")),
                        ChannelFilter.NONE, thresholds);
                assertThat(fromOriginal.topParticipants(all).participants()).isNotEmpty();
                assertThat(fromOriginal.overview(all).topChannels().get(0).name()).startsWith("#");
                // its sessions are web logins, not recorder sessions: coverage is unknown
                assertThat(fromOriginal.overview(all).coverage().known()).isFalse();
            }
            assertThat(Files.readAllBytes(original)).isEqualTo(before);
            assertThat(dir.resolve("original.db-journal")).doesNotExist();
            assertThat(dir.resolve("original.db-wal")).doesNotExist();
        }
    }
}
