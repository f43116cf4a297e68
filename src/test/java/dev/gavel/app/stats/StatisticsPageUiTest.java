package dev.gavel.app.stats;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;

import javax.imageio.ImageIO;

import atlantafx.base.theme.PrimerLight;
import dev.gavel.app.task.FxUiExecutor;
import dev.gavel.core.model.StatsThresholds;
import dev.gavel.core.stats.ChannelFilter;
import dev.gavel.core.stats.DateRange;
import dev.gavel.core.stats.Heatmap;
import dev.gavel.core.stats.MessageTimeline;
import dev.gavel.core.stats.OverviewReport;
import dev.gavel.core.stats.ReportTables;
import dev.gavel.core.stats.StatsRequest;
import dev.gavel.core.stats.TopReport;
import dev.gavel.core.stats.TopReport.Participant;
import javafx.application.Application;
import javafx.scene.Scene;
import javafx.scene.chart.XYChart;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The statistics page mounted on a small demo store, headless: what the charts and tables show is
 * compared with {@code Statistics} for the same range; range controls, sorting, filtering,
 * opening a member and the exports are driven with the keyboard and the mouse.
 */
@ExtendWith(ApplicationExtension.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class StatisticsPageUiTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse(DemoGuild.NOON_ON_LAST_DAY), ZoneOffset.UTC);

    private DemoGuild demo;
    private FxUiExecutor ui;
    private Path exports;
    private StatisticsPage page;

    @BeforeAll
    void createDemo(@TempDir Path dir) throws Exception {
        demo = DemoGuild.create(Files.createDirectories(dir.resolve("store")));
        exports = Files.createDirectories(dir.resolve("exports"));
        ui = new FxUiExecutor(2);
    }

    @AfterAll
    void closeDemo() {
        ui.close();
        demo.close();
    }

    @Start
    void start(Stage stage) {
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
        page = StatisticsPages.statistics(ui, CLOCK, (owner, title, name, type) -> Optional.of(exports.resolve(name)));
        stage.setScene(new Scene((javafx.scene.Parent) page.root(), 1280, 800));
        stage.show();
        page.open(demo.scope());
    }

    @AfterEach
    void leave() throws Exception {
        WaitForAsyncUtils.asyncFx(page::close).get(5, TimeUnit.SECONDS);
    }

    private StatsRequest request(String from, String to) {
        return new StatsRequest(demo.guildId(), DateRange.utc(LocalDate.parse(from), LocalDate.parse(to)), ChannelFilter.NONE,
                StatsThresholds.DEFAULTS);
    }

    private void awaitLoaded() throws Exception {
        WaitForAsyncUtils.waitForFxEvents();
        WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, () -> onFx(() -> !page.model().loadingProperty().get()
                && ui.runningProperty().get() == 0));
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static <T> T onFx(Callable<T> read) throws Exception {
        return WaitForAsyncUtils.asyncFx(read).get(5, TimeUnit.SECONDS);
    }

    private static List<Long> yValues(XYChart.Series<Number, Number> series) throws Exception {
        return onFx(() -> series.getData().stream().map(point -> point.getYValue().longValue()).toList());
    }

    private static List<Long> values(long[] values) {
        return java.util.Arrays.stream(values).boxed().toList();
    }

    @Test
    @DisplayName("overview: the per-day chart shows Statistics' numbers; 7 days, Alt+Left and the Words switch redraw it")
    void overviewFollowsRange(FxRobot robot) throws Exception {
        awaitLoaded();
        OverviewReport thirty = demo.statistics.overview(request("2025-06-01", "2025-06-30"));
        XYChart.Series<Number, Number> daily = onFx(() -> page.overview().messagesChart().getData().get(0));
        assertThat(yValues(daily)).containsExactlyElementsOf(values(OverviewViewModel.dailyValues(thirty,
                OverviewViewModel.DailyMetric.MESSAGES)));
        assertThat(onFx(() -> page.overview().summary().getText())).isEqualTo(OverviewViewModel.summary(thirty));

        robot.clickOn(page.rangeBar().presetButton(RangePreset.LAST_7_DAYS));
        awaitLoaded();
        OverviewReport week = demo.statistics.overview(request("2025-06-24", "2025-06-30"));
        assertThat(yValues(daily)).containsExactlyElementsOf(values(OverviewViewModel.dailyValues(week,
                OverviewViewModel.DailyMetric.MESSAGES)));

        robot.press(KeyCode.ALT, KeyCode.LEFT).release(KeyCode.LEFT, KeyCode.ALT);
        awaitLoaded();
        OverviewReport weekBefore = demo.statistics.overview(request("2025-06-17", "2025-06-23"));
        assertThat(onFx(() -> page.rangeBar().fromPicker().getValue())).isEqualTo(LocalDate.parse("2025-06-17"));
        assertThat(yValues(daily)).containsExactlyElementsOf(values(OverviewViewModel.dailyValues(weekBefore,
                OverviewViewModel.DailyMetric.MESSAGES)));
        assertThat(yValues(onFx(() -> page.overview().peopleChart().getData().get(0))))
                .containsExactlyElementsOf(values(OverviewViewModel.peopleValues(weekBefore)[0]));

        robot.clickOn(page.overview().dailySwitch().button(OverviewViewModel.DailyMetric.WORDS));
        assertThat(yValues(daily)).containsExactlyElementsOf(values(OverviewViewModel.dailyValues(weekBefore,
                OverviewViewModel.DailyMetric.WORDS)));
    }

    @Test
    @DisplayName("overview: coverage gaps shade the days without a recorder, and the legend says so")
    void coverageShading() throws Exception {
        awaitLoaded();
        OverviewReport report = demo.statistics.overview(request("2025-06-01", "2025-06-30"));
        long shortDays = report.coverage().days().stream().filter(day -> day.coveredFraction() < 0.99).count();
        assertThat(shortDays).isPositive();
        assertThat(onFx(() -> page.overview().messagesChart().shades())).hasSize((int) shortDays);
        assertThat(onFx(() -> page.overview().dailyCard().note().getText())).startsWith("Shaded: no recorder was connected");
    }

    @Test
    @DisplayName("overview: messages per hour come reduced to two points per pixel column, as Statistics reduces them")
    void timeline(FxRobot robot) throws Exception {
        robot.clickOn(page.rangeBar().presetButton(RangePreset.LAST_90_DAYS));
        awaitLoaded();
        int width = onFx(() -> page.model().overview().timelineWidthProperty().get());
        MessageTimeline expected = demo.statistics.messageTimeline(request("2025-04-02", "2025-06-30"), width);
        List<Long> points = yValues(onFx(() -> page.overview().timelineChart().getData().get(0)));
        assertThat(points).hasSize(2 * expected.buckets().size()).hasSizeLessThanOrEqualTo(2 * width);
        assertThat(expected.hoursPerBucket()).isGreaterThan(1);
        for (int i = 0; i < expected.buckets().size(); i++) {
            assertThat(points.subList(2 * i, 2 * i + 2)).containsExactly(expected.buckets().get(i).fewest(),
                    expected.buckets().get(i).most());
        }
    }

    @Test
    @DisplayName("overview: the heatmap's cells are shaded by Statistics' counts, the table alternative lists them")
    void heatmap(FxRobot robot) throws Exception {
        awaitLoaded();
        Heatmap heatmap = demo.statistics.heatmap(request("2025-06-01", "2025-06-30")).heatmap();
        long busiest = heatmap.cells().stream().mapToLong(Heatmap.Cell::messages).max().orElseThrow();
        for (Heatmap.Cell cell : heatmap.cells()) {
            assertThat(onFx(() -> page.overview().heatmap().level(cell.weekday(), cell.hour())))
                    .isEqualTo(OverviewViewModel.heatLevel(cell.messages(), busiest));
        }
        ChartCard channels = onFx(() -> page.overview().channelsCard());
        onFx(() -> {
            channels.tableToggle().requestFocus();
            return null;
        });
        robot.type(KeyCode.SPACE);
        assertThat(onFx(() -> channels.table().getItems().size())).isEqualTo(
                demo.statistics.overview(request("2025-06-01", "2025-06-30")).topChannels().size());
        assertThat(onFx(() -> channels.table().isVisible())).isTrue();
    }

    @Test
    @DisplayName("top participants: the table holds the report; a header click sorts, the filter narrows, Enter opens the member")
    void topParticipants(FxRobot robot) throws Exception {
        robot.press(KeyCode.ALT, KeyCode.DIGIT3).release(KeyCode.DIGIT3, KeyCode.ALT);
        robot.press(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.DIGIT2).release(KeyCode.DIGIT2, KeyCode.SHIFT, KeyCode.CONTROL);
        awaitLoaded();
        TopReport report = demo.statistics.topParticipants(request("2025-04-02", "2025-06-30"));
        TopView top = page.top();
        assertThat(onFx(() -> List.copyOf(top.table().getItems()))).containsExactlyElementsOf(report.participants());

        robot.clickOn(header(top, TopColumn.WORDS));
        assertThat(onFx(() -> top.table().getItems().stream().map(Participant::words).toList())).isSorted();
        robot.clickOn(header(top, TopColumn.WORDS));
        assertThat(onFx(() -> top.table().getItems().stream().map(Participant::words).toList()))
                .isSortedAccordingTo(java.util.Comparator.reverseOrder());

        Participant chosen = report.participants().get(1);
        robot.press(KeyCode.CONTROL, KeyCode.F).release(KeyCode.F, KeyCode.CONTROL);
        robot.write(chosen.name().substring(0, 3));
        assertThat(onFx(() -> List.copyOf(top.table().getItems()))).contains(chosen)
                .allSatisfy(p -> assertThat(p.name().toLowerCase()).contains(chosen.name().substring(0, 3).toLowerCase()));

        onFx(() -> {
            top.table().getSelectionModel().select(chosen);
            top.table().requestFocus();
            return null;
        });
        robot.type(KeyCode.ENTER);
        awaitLoaded();
        assertThat(onFx(() -> page.model().tabProperty().get())).isEqualTo(StatisticsTab.MEMBER);
        assertThat(onFx(() -> page.member().headline().getText()))
                .isEqualTo(demo.statistics.member(request("2025-04-02", "2025-06-30"), chosen.authorId()).headline());
    }

    private static javafx.scene.Node header(TopView top, TopColumn column) throws Exception {
        return onFx(() -> top.table().lookupAll(".column-header").stream()
                .filter(node -> node instanceof javafx.scene.control.skin.TableColumnHeader header
                        && header.getTableColumn() == top.column(column))
                .findFirst().orElseThrow());
    }

    @Test
    @DisplayName("member: typing part of a name and Enter shows the member; the chart shows their days")
    void memberSearch(FxRobot robot) throws Exception {
        Participant someone = demo.statistics.topParticipants(request("2025-06-01", "2025-06-30")).participants().get(0);
        robot.press(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.DIGIT3).release(KeyCode.DIGIT3, KeyCode.SHIFT, KeyCode.CONTROL);
        robot.clickOn(page.member().searchField());
        robot.write(someone.name());
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> onFx(() -> !page.member().matchList().getItems().isEmpty()));
        robot.type(KeyCode.ENTER);
        awaitLoaded();
        var report = demo.statistics.member(request("2025-06-01", "2025-06-30"), someone.authorId());
        assertThat(onFx(() -> page.member().headline().getText())).isEqualTo(report.headline());
        assertThat(yValues(onFx(() -> page.member().dailyChart().getData().get(0))))
                .containsExactlyElementsOf(report.days().stream().map(day -> day.messages()).toList());
        assertThat(onFx(() -> page.member().cohortCard().numbers().rows())).hasSize(8);
    }

    @Test
    @DisplayName("channels: the filter box lists the range's categories; choosing one redraws the overview for it")
    void categoryFilter(FxRobot robot) throws Exception {
        awaitLoaded();
        String busiest = demo.statistics.categories(request("2025-06-01", "2025-06-30")).get(0).category();
        robot.clickOn(page.rangeBar().filterBox());
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> onFx(() -> page.rangeBar().filterBox().getItems().size() > 1));
        robot.clickOn(robot.lookup(".list-cell").match((javafx.scene.control.ListCell<?> cell) ->
                ("Category " + busiest).equals(cell.getText())).<javafx.scene.Node>query());
        awaitLoaded();
        assertThat(onFx(() -> page.rangeBar().filterBox().getValue().label())).isEqualTo("Category " + busiest);
        StatsRequest filtered = request("2025-06-01", "2025-06-30").withFilter(new ChannelFilter(java.util.Set.of(), java.util.Set.of(busiest)));
        assertThat(onFx(() -> page.model().overview().report())).isEqualTo(demo.statistics.overview(filtered));
        assertThat(yValues(onFx(() -> page.overview().messagesChart().getData().get(0)))).containsExactlyElementsOf(
                values(OverviewViewModel.dailyValues(demo.statistics.overview(filtered), OverviewViewModel.DailyMetric.MESSAGES)));
    }

    @Test
    @DisplayName("benchmarks: the distributions table is the cohort report's")
    void benchmarks(FxRobot robot) throws Exception {
        robot.press(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.DIGIT4).release(KeyCode.DIGIT4, KeyCode.SHIFT, KeyCode.CONTROL);
        awaitLoaded();
        var expected = ReportTables.cohortDistributions(demo.statistics.cohort(request("2025-06-01", "2025-06-30"), null));
        assertThat(onFx(() -> List.copyOf(page.cohort().distributions().getItems()))).containsExactlyElementsOf(expected.rows());
    }

    @Test
    @DisplayName("exports: a chart's numbers as CSV with the CLI's columns, the chart as a readable PNG")
    void exports(FxRobot robot) throws Exception {
        awaitLoaded();
        ChartCard daily = onFx(() -> page.overview().dailyCard());
        robot.clickOn(onFx(daily::csvButton));
        robot.clickOn(onFx(daily::pngButton));
        String base = FileNames.of(demo.summary.guildName(), "Messages per day",
                DateRange.utc(LocalDate.parse("2025-06-01"), LocalDate.parse("2025-06-30")), "");
        Path csv = exports.resolve(base + "csv");
        Path png = exports.resolve(base + "png");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> Files.exists(csv) && Files.exists(png)
                && onFx(() -> ui.runningProperty().get() == 0));
        String expected = ReportTables.overviewDays(demo.statistics.overview(request("2025-06-01", "2025-06-30"))).toCsv();
        assertThat(Files.readString(csv, StandardCharsets.UTF_8)).isEqualTo(expected)
                .startsWith("date,messages,authors,words,reactions,communicators,covered_fraction\n2025-06-01,");
        BufferedImage image = ImageIO.read(png.toFile());
        assertThat(image).isNotNull();
        assertThat(image.getWidth()).isGreaterThan(200);
        assertThat(image.getHeight()).isGreaterThan(100);
    }
}
