package dev.gavel.core.stats;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The reports as tables, with the column names of {@code gavel stats --format csv}: one place that
 * says what each exported table holds, for the command line and the console alike. A missing
 * category shows as {@value #NO_CATEGORY}.
 */
public final class ReportTables {

    public static final String NO_CATEGORY = "(none)";

    private ReportTables() {
    }

    /** The overview's per-day table (the CSV of {@code --report overview}); covered_fraction is empty when coverage is unknown. */
    public static ReportTable overviewDays(OverviewReport report) {
        Map<LocalDate, Double> covered = report.coverage().days().stream()
                .collect(Collectors.toMap(Coverage.Day::date, Coverage.Day::coveredFraction));
        List<List<Object>> rows = new ArrayList<>();
        for (DayTotals day : report.days()) {
            rows.add(row(day.date(), day.messages(), day.authors(), day.words(), day.reactions(), day.communicators(),
                    covered.get(day.date())));
        }
        return new ReportTable("Per day", List.of("date", "messages", "authors", "words", "reactions", "communicators",
                "covered_fraction"), rows);
    }

    public static ReportTable topChannels(List<ChannelCount> channels) {
        return new ReportTable("Top channels", List.of("channel_id", "name", "category", "messages"),
                channels.stream().map(c -> row(c.channelId(), c.name(), c.category(), c.messages())).toList());
    }

    public static ReportTable topCategories(List<CategoryCount> categories) {
        return new ReportTable("Top categories", List.of("category", "messages"),
                categories.stream().map(c -> row(categoryName(c.category()), c.messages())).toList());
    }

    /** Seven rows (Monday first), a column per hour. */
    public static ReportTable heatmapGrid(Heatmap heatmap) {
        List<String> columns = new ArrayList<>(List.of("messages"));
        for (int hour = 0; hour < Heatmap.HOURS; hour++) {
            columns.add(String.format(Locale.ROOT, "%02d", hour));
        }
        List<List<Object>> rows = new ArrayList<>();
        for (DayOfWeek day : DayOfWeek.values()) {
            List<Object> row = new ArrayList<>();
            row.add(day.getDisplayName(TextStyle.SHORT, Locale.ENGLISH));
            for (int hour = 0; hour < Heatmap.HOURS; hour++) {
                row.add(heatmap.messages(day, hour));
            }
            rows.add(row);
        }
        return new ReportTable("Messages by weekday and hour", columns, rows);
    }

    /** One row per cell (the CSV of {@code --report heatmap}). */
    public static ReportTable heatmapCells(Heatmap heatmap) {
        return new ReportTable("Messages by weekday and hour", List.of("weekday", "hour", "messages"), heatmap.cells().stream()
                .map(c -> row(c.weekday().getDisplayName(TextStyle.FULL, Locale.ENGLISH).toLowerCase(Locale.ROOT), c.hour(),
                        c.messages())).toList());
    }

    public static ReportTable codeLanguages(String title, List<CodeLanguage> languages) {
        return new ReportTable(title, List.of("kind", "lang", "blocks", "lines", "chars"),
                languages.stream().map(c -> row(c.kind(), c.lang(), c.blocks(), c.lines(), c.chars())).toList());
    }

    public static ReportTable coverageGaps(Coverage coverage) {
        return new ReportTable("Coverage gaps (no recorder connected)", List.of("from", "to"),
                coverage.gaps().stream().map(g -> row(g.from(), g.to())).toList());
    }

    /** The CSV of {@code --report daily}. */
    public static ReportTable daily(DailyReport report) {
        return new ReportTable("Per day", List.of("date", "messages", "words", "reactions", "authors"),
                report.days().stream().map(d -> row(d.date(), d.messages(), d.words(), d.reactions(), d.authors())).toList());
    }

    /** The CSV of {@code --report top}, for the given participants in the given order. */
    public static ReportTable participants(List<TopReport.Participant> participants) {
        return new ReportTable("Top participants", List.of("author_id", "name", "messages", "words", "reactions", "channels",
                "categories", "word_score", "message_score", "channel_score", "consistency_score", "percent_zero_days"),
                participants.stream().map(p -> row(p.authorId(), p.name(), p.messages(), p.words(), p.reactions(),
                        p.channels(), p.categories(), p.wordScore(), p.messageScore(), p.channelScore(), p.consistencyScore(),
                        p.percentZeroDays())).toList());
    }

    /** The CSV of {@code --report member}. */
    public static ReportTable memberDays(MemberReport report) {
        return new ReportTable("Per day", List.of("date", "messages", "words", "reactions", "average_words"),
                report.days().stream().map(d -> row(d.date(), d.messages(), d.words(), d.reactions(), d.averageWords())).toList());
    }

    public static ReportTable memberCategories(MemberReport report) {
        return new ReportTable("By category", List.of("category", "messages"), report.byCategory().stream()
                .map(c -> row(categoryName(c.category()), c.messages())).toList());
    }

    public static ReportTable memberChannels(MemberReport report) {
        return new ReportTable("By channel", List.of("channel_id", "name", "category", "messages"), report.byChannel().stream()
                .map(c -> row(c.channelId(), c.name(), c.category(), c.messages())).toList());
    }

    /** The CSV of {@code --report channels}. */
    public static ReportTable channels(ChannelsReport report) {
        return new ReportTable("Channels", List.of("channel_id", "name", "category", "messages", "words", "reactions",
                "authors", "share"), report.channels().stream().map(c -> row(c.channelId(), c.name(), c.category(), c.messages(),
                c.words(), c.reactions(), c.authors(), c.share())).toList());
    }

    /** The CSV of {@code --report cohort}: one row per metric, with the member's columns when a member was compared. */
    public static ReportTable cohortDistributions(CohortReport report) {
        CohortReport.MemberComparison member = report.member();
        List<String> columns = new ArrayList<>(List.of("metric", "p10", "p25", "p50", "p75", "p90", "p95", "p99", "mean", "sd",
                "min", "max"));
        if (member != null) {
            columns.addAll(List.of("member_value", "member_percentile", "member_rank"));
        }
        List<List<Object>> rows = new ArrayList<>();
        for (CohortReport.MetricDistribution metric : report.distributions()) {
            Distribution d = metric.distribution();
            List<Object> row = row(metric.metric().label(), d.p10(), d.p25(), d.p50(), d.p75(), d.p90(), d.p95(), d.p99(), d.mean(),
                    d.standardDeviation(), d.min(), d.max());
            if (member != null) {
                CohortReport.MetricStanding standing = member.standing(metric.metric());
                row.addAll(List.of(standing.value(), standing.percentile(), standing.rank()));
            }
            rows.add(row);
        }
        return new ReportTable("Distributions", columns, rows);
    }

    public static ReportTable cohortAuthors(CohortReport report) {
        return new ReportTable("Authors", List.of("author_id", "name", "messages", "words", "reactions", "code_chars",
                "code_lines", "longest_streak", "current_streak", "active_days", "consistency"), report.authors().stream()
                .map(a -> row(a.authorId(), a.name(), a.messages(), a.words(), a.reactions(), a.codeChars(), a.codeLines(),
                        a.longestStreak(), a.currentStreak(), a.activeDays(), a.consistency())).toList());
    }

    /** One member against the cohort: per metric the member's value, percentile and rank. */
    public static ReportTable cohortStandings(CohortReport.MemberComparison member) {
        return new ReportTable("Against the cohort", List.of("metric", "value", "percentile", "rank"), member.standings().stream()
                .map(s -> row(s.metric().label(), s.value(), s.percentile(), s.rank())).toList());
    }

    /** Messages per hour, reduced: one row per bucket. */
    public static ReportTable timeline(MessageTimeline timeline) {
        return new ReportTable("Messages per hour", List.of("from", "to", "fewest_per_hour", "most_per_hour", "messages"),
                timeline.buckets().stream().map(b -> row(b.from(), b.to(), b.fewest(), b.most(), b.messages())).toList());
    }

    private static String categoryName(String category) {
        return category == null ? NO_CATEGORY : category;
    }

    private static List<Object> row(Object... values) {
        List<Object> row = new ArrayList<>(values.length);
        Collections.addAll(row, values);
        return row;
    }
}
