package dev.gavel.app.stats;

import java.text.NumberFormat;
import java.util.List;

import dev.gavel.core.stats.CategoryCount;
import dev.gavel.core.stats.ChannelCount;
import dev.gavel.core.stats.CodeLanguage;
import dev.gavel.core.stats.Coverage;
import dev.gavel.core.stats.MessageTimeline;
import dev.gavel.core.stats.OverviewReport;
import dev.gavel.core.stats.ReportTables;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/** The overview tab: per-day charts, messages per hour, top channels and categories, the heatmap, code by language. */
final class OverviewView extends ScrollPane {

    private static final int CODE_BARS = 10;

    private final OverviewViewModel model;
    private final Label summary = new Label();
    private final ShadedLineChart messagesChart = new ShadedLineChart("Messages, words or reactions per day");
    private final XYChart.Series<Number, Number> dailySeries = new XYChart.Series<>();
    private final ShadedLineChart peopleChart = new ShadedLineChart("Active members and communicators per day");
    private final XYChart.Series<Number, Number> authorsSeries = new XYChart.Series<>();
    private final XYChart.Series<Number, Number> communicatorsSeries = new XYChart.Series<>();
    private final ShadedLineChart timelineChart = new ShadedLineChart("Messages per hour");
    private final XYChart.Series<Number, Number> timelineSeries = new XYChart.Series<>();
    private final HorizontalBars channelBars = new HorizontalBars("Messages", "Top channels by messages");
    private final HorizontalBars categoryBars = new HorizontalBars("Messages", "Top categories by messages");
    private final HorizontalBars codeBars = new HorizontalBars("Code blocks", "Code blocks by language");
    private final HeatmapGrid heatmap = new HeatmapGrid();
    private final Label heatmapCaption = new Label();
    private final MetricSwitch<OverviewViewModel.DailyMetric> dailySwitch;
    private final ChartCard dailyCard;
    private final ChartCard peopleCard;
    private final ChartCard timelineCard;
    private final ChartCard channelsCard;
    private final ChartCard categoriesCard;
    private final ChartCard heatmapCard;
    private final ChartCard codeCard;

    OverviewView(OverviewViewModel model, Exporter exporter, FileNamer names) {
        this.model = model;
        getStyleClass().add("edge-to-edge");
        setFitToWidth(true);

        dailySeries.setName("Messages");
        messagesChart.getData().add(dailySeries);
        messagesChart.setLegendVisible(false);
        authorsSeries.setName("Active members");
        communicatorsSeries.setName("Communicators (3 or more messages that day)");
        peopleChart.getData().add(authorsSeries);
        peopleChart.getData().add(communicatorsSeries);
        timelineSeries.setName("Messages per hour");
        timelineChart.getData().add(timelineSeries);
        timelineChart.setLegendVisible(false);

        dailySwitch = new MetricSwitch<>(OverviewViewModel.DailyMetric.class, model.dailyMetricProperty(),
                OverviewViewModel.DailyMetric::label, "What the per-day chart shows");
        dailyCard = new ChartCard("Messages per day", messagesChart, exporter, names).withControls(dailySwitch);
        peopleCard = new ChartCard("Active members per day", peopleChart, exporter, names);
        timelineCard = new ChartCard("Messages per hour", timelineChart, exporter, names);
        channelsCard = new ChartCard("Top channels", channelBars, exporter, names);
        categoriesCard = new ChartCard("Top categories", categoryBars, exporter, names);
        heatmapCaption.getStyleClass().add("card-note");
        heatmapCaption.setWrapText(true);
        VBox heatmapBox = new VBox(heatmap, heatmapCaption);
        heatmapBox.getStyleClass().add("tab-body");
        heatmapCard = new ChartCard("Messages by weekday and hour", heatmapBox, exporter, names);
        codeCard = new ChartCard("Code by language", codeBars, exporter, names);

        summary.getStyleClass().add("summary");
        GridPane grid = new GridPane();
        grid.getStyleClass().add("tab-body-grid");
        ColumnConstraints half = new ColumnConstraints();
        half.setPercentWidth(50);
        half.setHgrow(Priority.ALWAYS);
        grid.getColumnConstraints().addAll(half, half);
        grid.add(dailyCard, 0, 0);
        grid.add(peopleCard, 1, 0);
        grid.add(timelineCard, 0, 1, 2, 1);
        grid.add(channelsCard, 0, 2);
        grid.add(categoriesCard, 1, 2);
        grid.add(heatmapCard, 0, 3);
        grid.add(codeCard, 1, 3);
        VBox body = new VBox(summary, grid);
        body.getStyleClass().add("tab-body");
        setContent(body);

        model.reportProperty().addListener((observable, old, report) -> showReport(report));
        model.timelineProperty().addListener((observable, old, timeline) -> showTimeline(timeline));
        model.dailyMetricProperty().addListener((observable, old, metric) -> showDaily(model.report()));
        timelineChart.widthProperty().addListener((observable, old, width) -> timelineWidthChanged());
        timelineChart.yAxis().widthProperty().addListener((observable, old, width) -> timelineWidthChanged());
        showReport(model.report());
        showTimeline(model.timeline());
    }

    private void timelineWidthChanged() {
        double plot = timelineChart.getWidth() - timelineChart.yAxis().getWidth() - timelineChart.getPadding().getLeft()
                - timelineChart.getPadding().getRight();
        if (plot > 0) {
            model.timelineWidthProperty().set((int) Math.round(plot));
        }
    }

    private void showReport(OverviewReport report) {
        if (report == null) {
            summary.setText(null);
            return;
        }
        summary.setText(OverviewViewModel.summary(report));
        showDaily(report);
        Coverage coverage = report.coverage();
        TimeAxes.days(peopleChart.xAxis(), report.request().range());
        long[][] people = OverviewViewModel.peopleValues(report);
        double[] days = epochDays(report);
        ShadedLineChart.setPoints(authorsSeries, days, asDoubles(people[0]));
        ShadedLineChart.setPoints(communicatorsSeries, days, asDoubles(people[1]));
        peopleChart.setShades(TimeAxes.dayShades(coverage));
        peopleCard.setNote(TimeAxes.coverageNote(coverage));
        peopleCard.setNumbers(OverviewViewModel.dailyTable(report));

        List<ChannelCount> channels = report.topChannels();
        channelBars.show(OverviewViewModel.channelLabels(channels), channels.stream().map(ChannelCount::messages).toList());
        channelsCard.setNumbers(OverviewViewModel.topChannelsTable(report));
        List<CategoryCount> categories = report.topCategories();
        categoryBars.show(categories.stream().map(c -> c.category() == null ? ReportTables.NO_CATEGORY : c.category()).toList(),
                categories.stream().map(CategoryCount::messages).toList());
        categoriesCard.setNumbers(OverviewViewModel.topCategoriesTable(report));

        heatmap.show(report.heatmap());
        long busiest = report.heatmap().cells().stream().mapToLong(c -> c.messages()).max().orElse(0);
        heatmapCaption.setText("Hours in " + report.request().range().zone().getId() + ", the guild's time zone. Darker cells had "
                + "more messages; the busiest hour had " + NumberFormat.getIntegerInstance().format(busiest) + ".");
        heatmapCard.setNumbers(OverviewViewModel.heatmapTable(report));

        List<CodeLanguage> languages = report.codeLanguages().stream().limit(CODE_BARS).toList();
        codeBars.show(languages.stream().map(CohortViewModel::languageLabel).toList(),
                languages.stream().map(CodeLanguage::blocks).toList());
        long lines = report.codeLanguages().stream().mapToLong(CodeLanguage::lines).sum();
        long chars = report.codeLanguages().stream().mapToLong(CodeLanguage::chars).sum();
        NumberFormat number = NumberFormat.getIntegerInstance();
        NumberFormat percent = NumberFormat.getPercentInstance();
        percent.setMaximumFractionDigits(1);
        codeCard.setNote(percent.format(report.codeShare()) + " of messages have code and " + percent.format(report.linkShare())
                + " have links; " + number.format(lines) + " lines and " + number.format(chars) + " characters of code. "
                + "Bars: code blocks, the " + CODE_BARS + " most used languages.");
        codeCard.setNumbers(OverviewViewModel.codeTable(report));
        showTimelineShades();
    }

    private void showDaily(OverviewReport report) {
        if (report == null) {
            return;
        }
        OverviewViewModel.DailyMetric metric = model.dailyMetricProperty().get();
        dailySeries.setName(metric.label());
        TimeAxes.days(messagesChart.xAxis(), report.request().range());
        ShadedLineChart.setPoints(dailySeries, epochDays(report), asDoubles(OverviewViewModel.dailyValues(report, metric)));
        messagesChart.setShades(TimeAxes.dayShades(report.coverage()));
        dailyCard.setNote(TimeAxes.coverageNote(report.coverage()));
        dailyCard.setNumbers(OverviewViewModel.dailyTable(report));
    }

    private void showTimeline(MessageTimeline timeline) {
        if (timeline == null) {
            return;
        }
        List<MessageTimeline.Bucket> buckets = timeline.buckets();
        long start = timeline.request().range().start().toEpochMilli();
        double[] xs = new double[buckets.size() * 2];
        double[] ys = new double[buckets.size() * 2];
        for (int i = 0; i < buckets.size(); i++) {
            MessageTimeline.Bucket bucket = buckets.get(i);
            double from = (bucket.from().toEpochMilli() - start) / 3_600_000.0;
            double to = (bucket.to().toEpochMilli() - start) / 3_600_000.0;
            xs[2 * i] = from;
            ys[2 * i] = bucket.fewest();
            xs[2 * i + 1] = (from + to) / 2;
            ys[2 * i + 1] = bucket.most();
        }
        double hours = (timeline.request().range().end().toEpochMilli() - start) / 3_600_000.0;
        TimeAxes.hours(timelineChart.xAxis(), timeline.request().range(), hours);
        ShadedLineChart.setPoints(timelineSeries, xs, ys);
        timelineCard.setNumbers(OverviewViewModel.timelineTable(timeline));
        timelineCard.setNote(timeline.hoursPerBucket() == 1 ? "Each point is one hour."
                : "Each step spans " + timeline.hoursPerBucket() + " hours and reaches from their quietest to their busiest hour.");
        showTimelineShades();
    }

    private void showTimelineShades() {
        OverviewReport report = model.report();
        MessageTimeline timeline = model.timeline();
        if (report != null && timeline != null && report.request().equals(timeline.request())) {
            timelineChart.setShades(TimeAxes.hourShades(report.coverage(), timeline.request().range()));
        } else {
            timelineChart.setShades(List.of());
        }
    }

    private static double[] epochDays(OverviewReport report) {
        return report.days().stream().mapToDouble(day -> day.date().toEpochDay()).toArray();
    }

    private static double[] asDoubles(long[] values) {
        double[] doubles = new double[values.length];
        for (int i = 0; i < values.length; i++) {
            doubles[i] = values[i];
        }
        return doubles;
    }

    ShadedLineChart messagesChart() {
        return messagesChart;
    }

    ShadedLineChart peopleChart() {
        return peopleChart;
    }

    ShadedLineChart timelineChart() {
        return timelineChart;
    }

    HeatmapGrid heatmap() {
        return heatmap;
    }

    MetricSwitch<OverviewViewModel.DailyMetric> dailySwitch() {
        return dailySwitch;
    }

    ChartCard dailyCard() {
        return dailyCard;
    }

    ChartCard channelsCard() {
        return channelsCard;
    }

    Label summary() {
        return summary;
    }
}
