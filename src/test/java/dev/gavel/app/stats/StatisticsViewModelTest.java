package dev.gavel.app.stats;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;

import dev.gavel.app.shell.GuildScope;
import dev.gavel.app.shell.LiveSignal;
import dev.gavel.core.model.GuildSettings;
import dev.gavel.core.model.StatsThresholds;
import dev.gavel.core.stats.ChannelFilter;
import dev.gavel.core.stats.DateRange;
import dev.gavel.core.stats.StatsRequest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/** The statistics page's state on a demo store, without a window: tasks run when the test says so. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class StatisticsViewModelTest {

    private DemoGuild demo;
    private MutableClock clock;
    private ManualScheduler scheduler;
    private StepUiExecutor ui;
    private StatisticsViewModel model;

    @BeforeAll
    void createDemo(@TempDir Path dir) {
        demo = DemoGuild.create(dir);
    }

    @AfterAll
    void closeDemo() {
        demo.close();
    }

    @BeforeEach
    void newModel() {
        clock = new MutableClock(DemoGuild.NOON_ON_LAST_DAY);
        scheduler = new ManualScheduler(clock);
        ui = new StepUiExecutor();
        model = new StatisticsViewModel(ui, clock, scheduler);
    }

    private StatsRequest request(String from, String to, String zone, ChannelFilter filter) {
        return new StatsRequest(demo.guildId(), new DateRange(LocalDate.parse(from), LocalDate.parse(to), ZoneId.of(zone)),
                filter, StatsThresholds.DEFAULTS);
    }

    private GuildSettings settings(String zone, List<String> categories) {
        GuildSettings saved = demo.settings();
        return new GuildSettings(saved.modLog(), saved.moderator(), saved.restricted(), saved.deletionLog(), List.of(),
                categories, zone, saved.thresholds(), saved.otherKeys());
    }

    @Test
    @DisplayName("opening shows the last 30 days of the overview in the guild's zone; the other tabs load nothing")
    void opens() {
        model.open(demo.scope());
        assertThat(ui.waiting()).containsExactlyInAnyOrder("The overview", "Messages per hour");
        assertThat(model.loadingProperty().get()).isTrue();
        ui.runAll();

        StatsRequest expected = request("2025-06-01", "2025-06-30", "UTC", ChannelFilter.NONE);
        assertThat(model.requestProperty().get()).isEqualTo(expected);
        assertThat(model.overview().report()).isEqualTo(demo.statistics.overview(expected));
        assertThat(model.overview().timeline())
                .isEqualTo(demo.statistics.messageTimeline(expected, OverviewViewModel.DEFAULT_TIMELINE_WIDTH));
        assertThat(model.top().reportProperty().get()).isNull();
        assertThat(model.loadingProperty().get()).isFalse();
        assertThat(model.errorProperty().get()).isNull();
    }

    @Test
    @DisplayName("a range change reloads only the tab shown, cancelling its load; a hidden tab loads when shown, once")
    void rangeChange() {
        model.open(demo.scope());
        model.range().choose(RangePreset.LAST_7_DAYS);
        model.range().choose(RangePreset.LAST_90_DAYS);
        assertThat(ui.cancelled()).hasSize(4);
        ui.runAll();
        StatsRequest ninety = request("2025-04-02", "2025-06-30", "UTC", ChannelFilter.NONE);
        assertThat(model.overview().report()).isEqualTo(demo.statistics.overview(ninety));
        assertThat(ui.submitted()).doesNotContain("The top participants");

        model.tabProperty().set(StatisticsTab.TOP);
        ui.runAll();
        assertThat(model.top().reportProperty().get()).isEqualTo(demo.statistics.topParticipants(ninety));
        int before = ui.submitted().size();
        model.tabProperty().set(StatisticsTab.OVERVIEW);
        model.tabProperty().set(StatisticsTab.TOP);
        assertThat(ui.submitted()).hasSize(before);
    }

    @Test
    @DisplayName("back and forward move the shown report's range")
    void backAndForward() {
        model.open(demo.scope());
        model.range().choose(RangePreset.LAST_7_DAYS);
        model.range().back();
        ui.runAll();
        StatsRequest week = request("2025-06-17", "2025-06-23", "UTC", ChannelFilter.NONE);
        assertThat(model.overview().report()).isEqualTo(demo.statistics.overview(week));
    }

    @Test
    @DisplayName("days are counted in the guild's saved zone; an unknown zone is said and UTC used")
    void zones() {
        model.open(demo.scope(settings("America/New_York", List.of()), LiveSignal.NONE, false));
        ui.runAll();
        StatsRequest newYork = request("2025-06-01", "2025-06-30", "America/New_York", ChannelFilter.NONE);
        assertThat(model.overview().report()).isEqualTo(demo.statistics.overview(newYork));
        assertThat(model.noticeProperty().get()).isNull();

        model.open(demo.scope(settings("Mars/Olympus", List.of()), LiveSignal.NONE, false));
        ui.runAll();
        assertThat(model.noticeProperty().get()).contains("'Mars/Olympus'").endsWith("Until then days are counted in UTC.");
        assertThat(model.requestProperty().get().range().zone()).isEqualTo(ZoneId.of("Z"));
    }

    @Nested
    @DisplayName("channel filter")
    class Filter {

        @Test
        @DisplayName("the saved filter applies; 'All channels' clears it for the page; a category overrides it")
        void savedClearedOverridden() {
            String help = demo.statistics.categories(request("2025-06-01", "2025-06-30", "UTC", ChannelFilter.NONE)).get(1).category();
            model.open(demo.scope(settings("UTC", List.of(help)), LiveSignal.NONE, false));
            ui.runAll();
            ChannelFilter saved = new ChannelFilter(Set.of(), Set.of(help));
            assertThat(model.filterProperty().get().label()).isEqualTo("Saved filter (category " + help + ")");
            assertThat(model.overview().report()).isEqualTo(demo.statistics.overview(request("2025-06-01", "2025-06-30", "UTC", saved)));
            assertThat(model.filterChoices()).extracting(FilterChoice::label)
                    .containsExactly("Saved filter (category " + help + ")", "All channels");

            model.filterProperty().set(FilterChoice.all());
            ui.runAll();
            assertThat(model.overview().report().request().filter()).isEqualTo(ChannelFilter.NONE);

            model.loadFilterChoices();
            ui.runAll();
            List<String> categories = demo.statistics.categories(request("2025-06-01", "2025-06-30", "UTC", ChannelFilter.NONE))
                    .stream().map(c -> "Category " + c.category()).toList();
            assertThat(model.filterChoices()).extracting(FilterChoice::label).hasSize(2 + categories.size())
                    .endsWith(categories.toArray(String[]::new));
            FilterChoice first = model.filterChoices().get(2);
            model.filterProperty().set(first);
            ui.runAll();
            assertThat(model.overview().report()).isEqualTo(demo.statistics.overview(
                    request("2025-06-01", "2025-06-30", "UTC", first.filter())));
        }

        @Test
        @DisplayName("another range lists its own categories in its own order; the chosen one stays listed and chosen")
        void categoriesFollowTheRange() {
            model.open(demo.scope());
            model.loadFilterChoices();
            ui.runAll();
            FilterChoice chosen = model.filterChoices().get(model.filterChoices().size() - 1);
            model.filterProperty().set(chosen);
            for (RangePreset preset : List.of(RangePreset.LAST_7_DAYS, RangePreset.LAST_90_DAYS, RangePreset.YEAR)) {
                model.range().choose(preset);
                model.loadFilterChoices();
                ui.runAll();
                List<String> expected = new java.util.ArrayList<>(List.of("All channels (no saved filter)"));
                demo.statistics.categories(model.requestProperty().get()).forEach(c -> expected.add("Category " + c.category()));
                if (!expected.contains(chosen.label())) {
                    expected.add(chosen.label());
                }
                assertThat(model.filterChoices()).extracting(FilterChoice::label).containsExactlyElementsOf(expected);
                assertThat(model.filterProperty().get()).isEqualTo(chosen);
            }
        }

        @Test
        @DisplayName("with no saved filter there is one 'all channels' choice, saying so")
        void noSavedFilter() {
            model.open(demo.scope());
            assertThat(model.filterChoices()).extracting(FilterChoice::label).containsExactly("All channels (no saved filter)");
        }
    }

    @Nested
    @DisplayName("live mode")
    class Live {

        private final TestLiveSignal signal = new TestLiveSignal();

        private GuildScope live() {
            return demo.scope(demo.settings(), signal, true);
        }

        @Test
        @DisplayName("recorded activity refreshes the tab shown at most every 5 seconds, without piling up tasks")
        void throttled() {
            model.open(live());
            ui.runAll();
            int loaded = ui.submitted().size();

            signal.fire();
            assertThat(ui.submitted()).hasSize(loaded + 2);
            for (int i = 0; i < 20; i++) {
                scheduler.advance(Duration.ofMillis(100));
                signal.fire();
            }
            assertThat(ui.submitted()).hasSize(loaded + 2);
            assertThat(ui.waiting()).hasSize(2);
            scheduler.advance(Duration.ofSeconds(5));
            assertThat(ui.waiting()).as("a refresh waits for the running load").hasSize(2);
            ui.runAll();
            assertThat(ui.submitted()).hasSize(loaded + 4);
            assertThat(ui.submitted()).doesNotContain("The top participants", "The cohort benchmarks");
        }

        @Test
        @DisplayName("a tab that was hidden during recorded activity loads again when shown")
        void hiddenTabRefreshesWhenShown() {
            model.tabProperty().set(StatisticsTab.TOP);
            model.open(live());
            ui.runAll();
            model.tabProperty().set(StatisticsTab.OVERVIEW);
            ui.runAll();
            signal.fire();
            ui.runAll();
            assertThat(ui.submitted().stream().filter("The top participants"::equals)).hasSize(1);
            model.tabProperty().set(StatisticsTab.TOP);
            assertThat(ui.waiting()).containsExactly("The top participants");
        }

        @Test
        @DisplayName("past midnight a live page's preset moves to the new day")
        void followsMidnight() {
            model.open(live());
            ui.runAll();
            clock.set("2025-07-01T00:01:00Z");
            signal.fire();
            ui.runAll();
            assertThat(model.requestProperty().get().range().to()).isEqualTo(LocalDate.parse("2025-07-01"));
            assertThat(model.overview().report().request().range().from()).isEqualTo(LocalDate.parse("2025-06-02"));
        }

        @Test
        @DisplayName("closing the page releases the signal and drops a waiting refresh; an offline store never subscribes")
        void closeReleases() {
            model.open(live());
            ui.runAll();
            signal.fire();
            signal.fire();
            assertThat(scheduler.waiting()).isEqualTo(1);
            model.close();
            assertThat(signal.listeners()).isZero();
            assertThat(scheduler.waiting()).isZero();

            TestLiveSignal offline = new TestLiveSignal();
            model.open(demo.scope(demo.settings(), offline, false));
            assertThat(offline.listeners()).isZero();
        }
    }

    @Test
    @DisplayName("closing cancels loads; opening again finishes what was cut short and keeps what was complete")
    void closeAndReopen() {
        model.open(demo.scope());
        model.close();
        assertThat(ui.waiting()).isEmpty();
        model.open(demo.scope());
        assertThat(ui.waiting()).containsExactlyInAnyOrder("The overview", "Messages per hour");
        ui.runAll();
        model.close();
        model.open(demo.scope());
        assertThat(ui.waiting()).isEmpty();
        assertThat(model.overview().report()).isNotNull();
    }

    @Test
    @DisplayName("another store's guild drops the old results at once")
    void anotherStore(@TempDir Path other) {
        model.open(demo.scope());
        ui.runAll();
        try (DemoGuild second = DemoGuild.create(other, Clock.fixed(clock.instant(), clock.getZone()))) {
            model.open(second.scope());
            assertThat(model.overview().report()).isNull();
            ui.runAll();
            assertThat(model.overview().report().request().guildId()).isEqualTo(second.guildId());
        }
    }
}
