package dev.gavel.app.stats;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;

import dev.gavel.app.shell.GuildScope;
import dev.gavel.app.shell.LiveSignal;
import dev.gavel.core.model.GuildSettings;
import dev.gavel.core.stats.Statistics;
import dev.gavel.demo.DemoOptions;
import dev.gavel.demo.DemoStore;
import dev.gavel.demo.DemoSummary;
import dev.gavel.store.SqlActivityQueries;
import dev.gavel.store.Store;

/**
 * A small demo guild for the statistics page's tests: 120 days ending 2025-06-30, 60 members,
 * 6,000 messages, recorder outages included; opened read-only, with the clock at noon on its last day.
 */
final class DemoGuild implements AutoCloseable {

    static final LocalDate LAST_DAY = LocalDate.parse("2025-06-30");
    static final String NOON_ON_LAST_DAY = "2025-06-30T12:00:00Z";

    final Store store;
    final Statistics statistics;
    final DemoSummary summary;

    private DemoGuild(Store store, Statistics statistics, DemoSummary summary) {
        this.store = store;
        this.statistics = statistics;
        this.summary = summary;
    }

    static DemoGuild create(Path folder) {
        return create(folder, Clock.fixed(Instant.parse(NOON_ON_LAST_DAY), ZoneOffset.UTC));
    }

    static DemoGuild create(Path folder, Clock clock) {
        Path file = folder.resolve("demo.db");
        DemoSummary summary = DemoStore.create(file, new DemoOptions(7, 120, 60, 6_000, LAST_DAY));
        Store store = Store.openReadOnly(file);
        return new DemoGuild(store, new Statistics(SqlActivityQueries.of(store), clock), summary);
    }

    String guildId() {
        return summary.guildId();
    }

    GuildSettings settings() {
        return statistics.settings(guildId());
    }

    GuildScope scope() {
        return scope(settings(), LiveSignal.NONE, false);
    }

    GuildScope scope(GuildSettings settings, LiveSignal signal, boolean live) {
        return new GuildScope(guildId(), summary.guildName(), settings, statistics, signal, "demo.db", true,
                "A demo opened for reading.", live);
    }

    @Override
    public void close() {
        store.close();
    }
}
