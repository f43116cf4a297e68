package dev.gavel.app.stats;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import dev.gavel.app.task.DirectUiExecutor;
import dev.gavel.core.model.StatsThresholds;
import dev.gavel.core.stats.ActivityReader.AuthorName;
import dev.gavel.core.stats.ChannelCount;
import dev.gavel.core.stats.ChannelFilter;
import dev.gavel.core.stats.CodeLanguage;
import dev.gavel.core.stats.CohortReport;
import dev.gavel.core.stats.DateRange;
import dev.gavel.core.stats.MemberReport;
import dev.gavel.core.stats.OverviewReport;
import dev.gavel.core.stats.ReportTable;
import dev.gavel.core.stats.ReportTables;
import dev.gavel.core.stats.StatsRequest;
import dev.gavel.core.stats.TopReport;
import dev.gavel.core.stats.TopReport.Participant;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/** Each tab's ViewModel on a demo store, with tasks run on the calling thread. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TabViewModelsTest {

    private DemoGuild demo;
    private StatisticsViewModel model;
    private final StatsRequest ninetyDays = new StatsRequest("", DateRange.utc(LocalDate.parse("2025-04-02"),
            LocalDate.parse("2025-06-30")), ChannelFilter.NONE, StatsThresholds.DEFAULTS);

    @BeforeAll
    void createDemo(@TempDir Path dir) {
        demo = DemoGuild.create(dir);
    }

    @AfterAll
    void closeDemo() {
        demo.close();
    }

    @BeforeEach
    void open() {
        MutableClock clock = new MutableClock(DemoGuild.NOON_ON_LAST_DAY);
        model = new StatisticsViewModel(new DirectUiExecutor(), clock, new ManualScheduler(clock));
        model.range().choose(RangePreset.LAST_90_DAYS);
        model.open(demo.scope());
    }

    private StatsRequest request() {
        return new StatsRequest(demo.guildId(), ninetyDays.range(), ChannelFilter.NONE, StatsThresholds.DEFAULTS);
    }

    @Nested
    @DisplayName("top participants")
    class Top {

        private TopReport report;

        @BeforeEach
        void show() {
            model.tabProperty().set(StatisticsTab.TOP);
            report = demo.statistics.topParticipants(request());
        }

        @Test
        @DisplayName("shows the report's rows in its order, and exports the CSV of 'gavel stats --report top'")
        void rows() {
            assertThat(report.participants()).hasSizeGreaterThan(3);
            assertThat(model.top().rows()).containsExactlyElementsOf(report.participants());
            assertThat(model.top().countText().get()).isEqualTo(report.participants().size() + " participants");
            assertThat(model.top().table().toCsv()).isEqualTo(ReportTables.participants(report.participants()).toCsv())
                    .startsWith("author_id,name,messages,words,reactions,channels,categories,word_score,message_score,"
                            + "channel_score,consistency_score,percent_zero_days\n");
        }

        @Test
        @DisplayName("sorts by any column, both ways, ties kept in the report's order")
        void sorts() {
            model.top().sortBy(TopColumn.WORDS, true);
            assertThat(model.top().rows()).isSortedAccordingTo(Comparator.comparingLong(Participant::words).reversed());
            model.top().sortBy(TopColumn.NAME, false);
            assertThat(model.top().rows()).extracting(Participant::name).isSortedAccordingTo(String.CASE_INSENSITIVE_ORDER);
            model.top().sortBy(TopColumn.WORD_SCORE, true);
            List<Participant> expected = report.participants().stream()
                    .sorted(Comparator.comparingInt(Participant::wordScore).reversed()).toList();
            assertThat(model.top().rows()).extracting(Participant::authorId)
                    .containsExactlyElementsOf(expected.stream().map(Participant::authorId).toList());
            model.top().sortProperty().set(null);
            assertThat(model.top().rows()).containsExactlyElementsOf(report.participants());
        }

        @Test
        @DisplayName("filters by part of the name, ignoring case; the export holds the rows shown")
        void filters() {
            Participant second = report.participants().get(1);
            String part = second.name().substring(1, Math.min(4, second.name().length())).toUpperCase();
            model.top().nameFilterProperty().set(" " + part + " ");
            assertThat(model.top().rows()).contains(second)
                    .allSatisfy(p -> assertThat(p.name().toLowerCase()).contains(part.toLowerCase()));
            assertThat(model.top().countText().get()).isEqualTo(model.top().rows().size() + " of "
                    + report.participants().size() + " participants");
            assertThat(model.top().table().rows()).hasSize(model.top().rows().size());
            model.top().nameFilterProperty().set("");
            assertThat(model.top().rows()).hasSize(report.participants().size());
        }

        @Test
        @DisplayName("opening a row shows that member on the member tab")
        void opensMember() {
            Participant first = report.participants().get(0);
            model.top().selectedProperty().set(first);
            model.top().openSelected();
            assertThat(model.tabProperty().get()).isEqualTo(StatisticsTab.MEMBER);
            assertThat(model.member().chosenProperty().get()).isEqualTo(new AuthorName(first.authorId(), first.name()));
            assertThat(model.member().data().report()).isEqualTo(demo.statistics.member(request(), first.authorId()));
        }

        @Test
        @DisplayName("the rule says who qualifies")
        void rule() {
            assertThat(TopViewModel.rule(new StatsThresholds(250, 2200, 100, 10, 3)))
                    .isEqualTo("Authors with at least 250 messages or 2,200 words in the range, at most 100, by messages.");
        }
    }

    @Nested
    @DisplayName("member")
    class Member {

        @Test
        @DisplayName("finds members by part of the name and shows the chosen one's report, cohort standing and coverage")
        void searchAndChoose() {
            model.tabProperty().set(StatisticsTab.MEMBER);
            Participant someone = demo.statistics.topParticipants(request()).participants().get(2);
            model.member().searchTextProperty().set(someone.name().substring(0, 3));
            assertThat(model.member().matches()).contains(new AuthorName(someone.authorId(), someone.name()));
            model.member().choose(new AuthorName(someone.authorId(), someone.name()));

            MemberViewModel.MemberData data = model.member().data();
            assertThat(data.report()).isEqualTo(demo.statistics.member(request(), someone.authorId()));
            assertThat(data.cohort()).isEqualTo(demo.statistics.cohort(request(), someone.authorId()));
            assertThat(data.coverage()).isEqualTo(demo.statistics.coverage(request()));
            assertThat(data.report().headline()).startsWith("Sent " + someone.messages() + " messages in ");
            assertThat(MemberViewModel.standing(data.cohort())).startsWith("Overall percentile ")
                    .contains(data.cohort().member().band().label().replace('_', ' '))
                    .contains("among " + data.cohort().authors().size() + " members with at least 10 messages");
            assertThat(MemberViewModel.dailyTable(data.report()).columns())
                    .containsExactly("date", "messages", "words", "reactions", "average_words");
            assertThat(MemberViewModel.dailyValues(data.report(), MemberViewModel.DailyMetric.AVERAGE_WORDS))
                    .hasSize(90);
        }

        @Test
        @DisplayName("a member is loaded only once the tab is shown, and follows range changes")
        void followsRange() {
            Participant someone = demo.statistics.topParticipants(request()).participants().get(0);
            model.member().choose(new AuthorName(someone.authorId(), someone.name()));
            assertThat(model.member().data()).isNull();
            model.tabProperty().set(StatisticsTab.MEMBER);
            assertThat(model.member().data()).isNotNull();
            model.range().choose(RangePreset.LAST_7_DAYS);
            assertThat(model.member().data().report().days()).hasSize(7);
        }

        @Test
        @DisplayName("an empty search finds nothing; a search that matches nobody lists nobody")
        void emptySearch() {
            model.member().searchTextProperty().set("zzzz-nobody");
            assertThat(model.member().matches()).isEmpty();
            model.member().searchTextProperty().set("   ");
            assertThat(model.member().matches()).isEmpty();
        }
    }

    @Nested
    @DisplayName("overview and benchmarks")
    class OverviewAndBenchmarks {

        @Test
        @DisplayName("the overview's tables export the CLI's columns; its chart values come from the report")
        void overview() {
            OverviewReport report = model.overview().report();
            assertThat(report).isEqualTo(demo.statistics.overview(request()));
            assertThat(OverviewViewModel.dailyTable(report).toCsv()).isEqualTo(ReportTables.overviewDays(report).toCsv())
                    .startsWith("date,messages,authors,words,reactions,communicators,covered_fraction\n");
            assertThat(OverviewViewModel.dailyValues(report, OverviewViewModel.DailyMetric.WORDS))
                    .containsExactly(report.days().stream().mapToLong(d -> d.words()).toArray());
            assertThat(OverviewViewModel.peopleValues(report)[1])
                    .containsExactly(report.days().stream().mapToLong(d -> d.communicators()).toArray());
            assertThat(OverviewViewModel.summary(report)).contains(" messages · ").contains(" with links");
            assertThat(report.coverage().known()).isTrue();
            assertThat(report.coverage().gaps()).isNotEmpty();
        }

        @Test
        @DisplayName("a wider timeline chart reads the hours again only when they would be gathered differently")
        void timelineWidth() {
            assertThat(model.overview().timeline().hoursPerBucket()).isEqualTo(4);
            model.overview().timelineWidthProperty().set(560);
            assertThat(model.overview().timeline().hoursPerBucket()).isEqualTo(4);
            model.overview().timelineWidthProperty().set(1100);
            assertThat(model.overview().timeline().hoursPerBucket()).isEqualTo(2);
            assertThat(model.overview().timeline()).isEqualTo(demo.statistics.messageTimeline(request(), 1100));
        }

        @Test
        @DisplayName("heat levels: none for an empty cell, 1 to 5 by share of the busiest")
        void heatLevels() {
            assertThat(OverviewViewModel.heatLevel(0, 100)).isZero();
            assertThat(OverviewViewModel.heatLevel(1, 100)).isEqualTo(1);
            assertThat(OverviewViewModel.heatLevel(20, 100)).isEqualTo(1);
            assertThat(OverviewViewModel.heatLevel(21, 100)).isEqualTo(2);
            assertThat(OverviewViewModel.heatLevel(100, 100)).isEqualTo(5);
            assertThat(OverviewViewModel.heatLevel(5, 0)).isZero();
        }

        @Test
        @DisplayName("channel bars: shared names get their category, then their id")
        void channelLabels() {
            assertThat(OverviewViewModel.channelLabels(List.of(new ChannelCount("1", "general", "Text", 9),
                    new ChannelCount("2", "help", "Python", 8), new ChannelCount("3", "help", "Rust", 7),
                    new ChannelCount("4", "chat", null, 3), new ChannelCount("5", "chat", null, 2))))
                    .containsExactly("general", "help (Python)", "help (Rust)", "chat ((none)) 4", "chat ((none)) 5");
        }

        @Test
        @DisplayName("benchmarks show the cohort without the channel filter, and export the CLI's cohort columns")
        void benchmarks() {
            model.tabProperty().set(StatisticsTab.BENCHMARKS);
            CohortReport report = model.cohort().report();
            assertThat(report).isEqualTo(demo.statistics.cohort(request(), null));
            assertThat(CohortViewModel.distributionsTable(report).toCsv())
                    .startsWith("metric,p10,p25,p50,p75,p90,p95,p99,mean,sd,min,max\nmessages,");
            assertThat(CohortViewModel.description(report)).startsWith("The cohort: " + report.authors().size() + " members");
            assertThat(CohortViewModel.languageLabel(new CodeLanguage("inline", "", 1, 1, 1))).isEqualTo("inline code");
            assertThat(CohortViewModel.languageLabel(new CodeLanguage("fenced", "", 1, 1, 1))).isEqualTo("(no language)");
        }
    }

    @Nested
    @DisplayName("export")
    class Export {

        @Test
        @DisplayName("a table is written as CSV where the moderator chooses, with a name of guild, report and range")
        void csv(@TempDir Path folder) throws Exception {
            model.tabProperty().set(StatisticsTab.TOP);
            String name = FileNames.of(demo.summary.guildName(), "Top participants", model.range().range(), "csv");
            assertThat(name).endsWith("_top-participants_2025-04-02_to_2025-06-30.csv").doesNotContain(" ");
            Exporter exporter = new Exporter(new DirectUiExecutor(),
                    (owner, title, suggested, type) -> Optional.of(folder.resolve(suggested)));
            ReportTable table = model.top().table();
            exporter.saveCsv(null, table, name);
            String written = Files.readString(folder.resolve(name), StandardCharsets.UTF_8);
            assertThat(written).isEqualTo(table.toCsv());
            assertThat(written.lines()).hasSize(table.rows().size() + 1);
            assertThat(exporter.messageProperty().get()).startsWith("Saved ").endsWith(name + ".");
        }

        @Test
        @DisplayName("a cancelled dialog writes nothing; a folder that cannot be written is explained")
        void cancelledAndFailed(@TempDir Path folder) {
            Exporter cancelled = new Exporter(new DirectUiExecutor(), (owner, title, suggested, type) -> Optional.empty());
            cancelled.saveCsv(null, model.top().table(), "x.csv");
            assertThat(cancelled.messageProperty().get()).isNull();
            Exporter failing = new Exporter(new DirectUiExecutor(),
                    (owner, title, suggested, type) -> Optional.of(folder.resolve("missing").resolve("x.csv")));
            failing.saveCsv(null, model.top().table(), "x.csv");
            assertThat(failing.messageProperty().get()).contains("x.csv could not be written").endsWith("Choose another folder or name.");
        }

        @Test
        @DisplayName("file names drop characters a file system refuses")
        void fileNames() {
            DateRange range = new DateRange(LocalDate.parse("2025-01-01"), LocalDate.parse("2025-03-31"), ZoneId.of("UTC"));
            assertThat(FileNames.of("Rust / Go: \"Café\" <fans>?", "Messages per day", range, "png"))
                    .isEqualTo("Rust-Go-Café-fans_messages-per-day_2025-01-01_to_2025-03-31.png");
            assertThat(FileNames.of("...", "Overview", range, "csv")).isEqualTo("guild_overview_2025-01-01_to_2025-03-31.csv");
        }
    }

    @Test
    @DisplayName("the member report table and cohort standings have the CLI's columns")
    void memberTables() {
        Participant first = demo.statistics.topParticipants(request()).participants().get(0);
        MemberReport report = demo.statistics.member(request(), first.authorId());
        assertThat(MemberViewModel.channelTable(report).columns()).containsExactly("channel_id", "name", "category", "messages");
        assertThat(MemberViewModel.categoryTable(report).columns()).containsExactly("category", "messages");
        CohortReport cohort = demo.statistics.cohort(request(), first.authorId());
        assertThat(MemberViewModel.standingsTable(cohort).rows()).hasSize(8);
    }
}
