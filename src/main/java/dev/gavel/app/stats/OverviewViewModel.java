package dev.gavel.app.stats;

import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import dev.gavel.app.shell.GuildScope;
import dev.gavel.app.task.UiExecutor;
import dev.gavel.core.stats.ChannelCount;
import dev.gavel.core.stats.DayTotals;
import dev.gavel.core.stats.MessageTimeline;
import dev.gavel.core.stats.OverviewReport;
import dev.gavel.core.stats.ReportTable;
import dev.gavel.core.stats.ReportTables;
import dev.gavel.core.stats.StatsRequest;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;

/**
 * The guild overview (METRICS.md §2.1): the report, and messages per hour reduced to the width of
 * its chart. The chart's width in pixels is {@link #timelineWidthProperty()}; the timeline is read
 * again when a new width would gather the hours differently.
 */
public final class OverviewViewModel extends ReportTab {

    /** What the "per day" chart shows. */
    public enum DailyMetric {
        MESSAGES("Messages"), WORDS("Words"), REACTIONS("Reactions");

        private final String label;

        DailyMetric(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    static final int DEFAULT_TIMELINE_WIDTH = 600;
    private static final int MIN_TIMELINE_WIDTH = 50;
    /** Heatmap cells with messages get a level from 1 to this by their share of the busiest cell. */
    static final int HEAT_LEVELS = 5;

    private final ReportLoader<OverviewReport> overview;
    private final ReportLoader<MessageTimeline> timeline;
    private final IntegerProperty timelineWidth = new SimpleIntegerProperty(this, "timelineWidth", DEFAULT_TIMELINE_WIDTH);
    private final ObjectProperty<DailyMetric> dailyMetric = new SimpleObjectProperty<>(this, "dailyMetric", DailyMetric.MESSAGES);
    private final BooleanBinding loading;
    private final StringBinding error;

    OverviewViewModel(UiExecutor ui) {
        overview = new ReportLoader<>(ui, "The overview");
        timeline = new ReportLoader<>(ui, "Messages per hour");
        loading = anyLoading(overview, timeline);
        error = firstError(overview, timeline);
        timelineWidth.addListener((observable, old, width) -> widthChanged());
    }

    public ReadOnlyObjectProperty<OverviewReport> reportProperty() {
        return overview.resultProperty();
    }

    public OverviewReport report() {
        return overview.result();
    }

    public ReadOnlyObjectProperty<MessageTimeline> timelineProperty() {
        return timeline.resultProperty();
    }

    public MessageTimeline timeline() {
        return timeline.result();
    }

    /** The timeline chart's plot width in pixels: one bucket (two points) per pixel column. */
    public IntegerProperty timelineWidthProperty() {
        return timelineWidth;
    }

    public ObjectProperty<DailyMetric> dailyMetricProperty() {
        return dailyMetric;
    }

    @Override
    BooleanBinding loadingBinding() {
        return loading;
    }

    @Override
    StringBinding errorBinding() {
        return error;
    }

    @Override
    protected void load(GuildScope scope, StatsRequest request) {
        int buckets = buckets();
        overview.load(progress -> scope.statistics().overview(request));
        timeline.load(progress -> scope.statistics().messageTimeline(request, buckets));
    }

    @Override
    protected void reload(GuildScope scope, StatsRequest request) {
        int buckets = buckets();
        overview.reload(progress -> scope.statistics().overview(request));
        timeline.reload(progress -> scope.statistics().messageTimeline(request, buckets));
    }

    @Override
    protected void cancelLoads() {
        overview.cancel();
        timeline.cancel();
    }

    @Override
    protected void clear() {
        overview.clear();
        timeline.clear();
    }

    /** The values of the per-day chart for {@code metric}, one per day of the range. */
    public static long[] dailyValues(OverviewReport report, DailyMetric metric) {
        return report.days().stream().mapToLong(day -> switch (metric) {
            case MESSAGES -> day.messages();
            case WORDS -> day.words();
            case REACTIONS -> day.reactions();
        }).toArray();
    }

    /** Distinct authors per day and communicators per day. */
    public static long[][] peopleValues(OverviewReport report) {
        return new long[][] {report.days().stream().mapToLong(DayTotals::authors).toArray(),
                report.days().stream().mapToLong(DayTotals::communicators).toArray()};
    }

    /**
     * The shade of a heatmap cell: 0 for none, else 1 to {@value #HEAT_LEVELS} by its share of
     * the busiest cell (rounded up, so the busiest cell alone has the top level only if no other is close).
     */
    public static int heatLevel(long messages, long busiest) {
        if (messages <= 0 || busiest <= 0) {
            return 0;
        }
        return (int) Math.max(1, Math.min(HEAT_LEVELS, Math.ceil(HEAT_LEVELS * (double) messages / busiest)));
    }

    /**
     * The labels of the top channels' bars: the name, with the category where two channels share a
     * name, and the id where that is not enough (a bar chart merges bars of equal labels).
     */
    public static List<String> channelLabels(List<ChannelCount> channels) {
        Map<String, Integer> names = new HashMap<>();
        channels.forEach(c -> names.merge(c.name(), 1, Integer::sum));
        List<String> labels = new ArrayList<>();
        for (ChannelCount channel : channels) {
            String label = channel.name();
            if (names.get(label) > 1) {
                label += " (" + (channel.category() == null ? ReportTables.NO_CATEGORY : channel.category()) + ")";
            }
            labels.add(label);
        }
        Map<String, Integer> counts = new HashMap<>();
        labels.forEach(label -> counts.merge(label, 1, Integer::sum));
        for (int i = 0; i < labels.size(); i++) {
            if (counts.get(labels.get(i)) > 1) {
                labels.set(i, labels.get(i) + " " + channels.get(i).channelId());
            }
        }
        return labels;
    }

    /** The headline numbers, e.g. "12,345 messages · 98,765 words · 1,234 reactions · 8.5 % with code · 3.1 % with links". */
    public static String summary(OverviewReport report) {
        NumberFormat count = NumberFormat.getIntegerInstance();
        NumberFormat percent = NumberFormat.getPercentInstance();
        percent.setMaximumFractionDigits(1);
        return count.format(report.messages()) + " messages · " + count.format(report.words()) + " words · "
                + count.format(report.reactions()) + " reactions · " + percent.format(report.codeShare()) + " with code · "
                + percent.format(report.linkShare()) + " with links";
    }

    public static ReportTable dailyTable(OverviewReport report) {
        return ReportTables.overviewDays(report);
    }

    public static ReportTable topChannelsTable(OverviewReport report) {
        return ReportTables.topChannels(report.topChannels());
    }

    public static ReportTable topCategoriesTable(OverviewReport report) {
        return ReportTables.topCategories(report.topCategories());
    }

    public static ReportTable heatmapTable(OverviewReport report) {
        return ReportTables.heatmapCells(report.heatmap());
    }

    public static ReportTable codeTable(OverviewReport report) {
        return ReportTables.codeLanguages("Code by language", report.codeLanguages());
    }

    public static ReportTable timelineTable(MessageTimeline timeline) {
        return ReportTables.timeline(timeline);
    }

    private int buckets() {
        return Math.max(MIN_TIMELINE_WIDTH, timelineWidth.get());
    }

    /** A wider or narrower chart: read the timeline again if its hours would be gathered differently. */
    private void widthChanged() {
        MessageTimeline current = timeline.result();
        if (current == null || current.buckets().isEmpty() || scope() == null) {
            return;
        }
        List<MessageTimeline.Bucket> buckets = current.buckets();
        long hours = Math.max(1, (buckets.get(buckets.size() - 1).to().toEpochMilli() - buckets.get(0).from().toEpochMilli()
                + 3_599_999L) / 3_600_000L);
        long wanted = Math.max(1, (hours + buckets() - 1) / buckets());
        if (wanted != current.hoursPerBucket()) {
            GuildScope scope = scope();
            StatsRequest request = request();
            int count = buckets();
            timeline.load(progress -> scope.statistics().messageTimeline(request, count));
        }
    }
}
