package dev.gavel.cli;

import java.io.PrintWriter;
import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.ser.std.ToStringSerializer;
import dev.gavel.core.stats.ChannelsReport;
import dev.gavel.core.stats.CohortReport;
import dev.gavel.core.stats.Coverage;
import dev.gavel.core.stats.DailyReport;
import dev.gavel.core.stats.DayTotals;
import dev.gavel.core.stats.Distribution;
import dev.gavel.core.stats.Heatmap;
import dev.gavel.core.stats.HeatmapReport;
import dev.gavel.core.stats.MemberReport;
import dev.gavel.core.stats.OverviewReport;
import dev.gavel.core.stats.StatsRequest;
import dev.gavel.core.stats.TopReport;

/**
 * How {@code gavel stats} prints a report: {@code table} (every part, aligned), {@code csv} (the
 * report's main table with a header row) or {@code json} (the whole report, one document, keys in
 * snake_case, dates as ISO text).
 */
final class StatsOutput {

    private static final ObjectMapper JSON = new ObjectMapper()
            .setPropertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
            .enable(SerializationFeature.INDENT_OUTPUT)
            .registerModule(new SimpleModule("gavel-time")
                    .addSerializer(LocalDate.class, ToStringSerializer.instance)
                    .addSerializer(Instant.class, ToStringSerializer.instance)
                    .addSerializer(ZoneId.class, ToStringSerializer.instance));

    /** A report as printable parts: summary lines, tables, and the one table CSV prints. */
    record Rendering(List<String> summary, List<TextTable> tables, TextTable csv) {
    }

    private StatsOutput() {
    }

    static void print(Object report, Rendering rendering, String format, PrintWriter out) {
        switch (format) {
            case "json" -> {
                try {
                    out.println(JSON.writeValueAsString(report));
                } catch (JsonProcessingException e) {
                    throw new IllegalStateException("The report could not be written as JSON", e);
                }
            }
            case "csv" -> rendering.csv().printCsv(out);
            case "table" -> {
                rendering.summary().forEach(out::println);
                for (TextTable table : rendering.tables()) {
                    out.println();
                    table.printAligned(out);
                }
            }
            default -> throw new IllegalArgumentException(format);
        }
        out.flush();
    }

    static String describe(StatsRequest request) {
        String filter = request.filter().isEmpty() ? "all channels"
                : "channels " + String.join(", ", request.filter().channelIds())
                + (request.filter().channelIds().isEmpty() || request.filter().categories().isEmpty() ? "" : " and ")
                + (request.filter().categories().isEmpty() ? "" : "categories " + String.join(", ", request.filter().categories()));
        return "Guild " + request.guildId() + ", " + request.range().from() + " to " + request.range().to() + " ("
                + request.range().zone() + ", " + request.range().dayCount() + " days), " + filter.strip();
    }

    static Rendering overview(OverviewReport report) {
        List<String> summary = List.of(describe(report.request()),
                String.format(Locale.ROOT, "%d messages, %d words, %d reactions; %s of messages with code, %s with links.",
                        report.messages(), report.words(), report.reactions(), percent(report.codeShare()), percent(report.linkShare())),
                coverageLine(report.coverage()));
        Map<LocalDate, Double> covered = report.coverage().days().stream()
                .collect(Collectors.toMap(Coverage.Day::date, Coverage.Day::coveredFraction));
        List<List<Object>> days = new ArrayList<>();
        for (DayTotals day : report.days()) {
            days.add(row(day.date(), day.messages(), day.authors(), day.words(), day.reactions(), day.communicators(),
                    covered.get(day.date())));
        }
        TextTable daily = new TextTable("Per day", List.of("date", "messages", "authors", "words", "reactions", "communicators",
                "covered_fraction"), days);
        List<TextTable> tables = new ArrayList<>(List.of(daily,
                new TextTable("Top channels", List.of("channel_id", "name", "category", "messages"),
                        report.topChannels().stream().map(c -> row(c.channelId(), c.name(), c.category(), c.messages())).toList()),
                new TextTable("Top categories", List.of("category", "messages"),
                        report.topCategories().stream().map(c -> row(c.category() == null ? "(none)" : c.category(), c.messages())).toList()),
                heatmapTable(report.heatmap()),
                new TextTable("Code by language", List.of("kind", "lang", "blocks", "lines", "chars"),
                        report.codeLanguages().stream().map(c -> row(c.kind(), c.lang(), c.blocks(), c.lines(), c.chars())).toList())));
        if (report.coverage().known()) {
            tables.add(new TextTable("Coverage gaps (no recorder connected)", List.of("from", "to"),
                    report.coverage().gaps().stream().map(g -> row(g.from(), g.to())).toList()));
        }
        return new Rendering(summary, tables, daily);
    }

    static Rendering daily(DailyReport report) {
        TextTable table = new TextTable("Per day", List.of("date", "messages", "words", "reactions", "authors"),
                report.days().stream().map(d -> row(d.date(), d.messages(), d.words(), d.reactions(), d.authors())).toList());
        return new Rendering(List.of(describe(report.request())), List.of(table), table);
    }

    static Rendering top(TopReport report) {
        TextTable table = new TextTable("Top participants", List.of("author_id", "name", "messages", "words", "reactions", "channels",
                "categories", "word_score", "message_score", "channel_score", "consistency_score", "percent_zero_days"),
                report.participants().stream().map(p -> row(p.authorId(), p.name(), p.messages(), p.words(), p.reactions(),
                        p.channels(), p.categories(), p.wordScore(), p.messageScore(), p.channelScore(), p.consistencyScore(),
                        p.percentZeroDays())).toList());
        var t = report.request().thresholds();
        return new Rendering(List.of(describe(report.request()), String.format(Locale.ROOT,
                "Authors with at least %d messages or %d words, at most %d (the daily series are in --format json).",
                t.topMinMessages(), t.topMinWords(), t.topLimit())), List.of(table), table);
    }

    static Rendering member(MemberReport report) {
        TextTable days = new TextTable("Per day", List.of("date", "messages", "words", "reactions", "average_words"),
                report.days().stream().map(d -> row(d.date(), d.messages(), d.words(), d.reactions(), d.averageWords())).toList());
        return new Rendering(List.of(describe(report.request()), report.name() + " (" + report.authorId() + "): " + report.headline()),
                List.of(days,
                        new TextTable("By category", List.of("category", "messages"), report.byCategory().stream()
                                .map(c -> row(c.category() == null ? "(none)" : c.category(), c.messages())).toList()),
                        new TextTable("By channel", List.of("channel_id", "name", "category", "messages"), report.byChannel().stream()
                                .map(c -> row(c.channelId(), c.name(), c.category(), c.messages())).toList())),
                days);
    }

    static Rendering channels(ChannelsReport report) {
        TextTable table = new TextTable("Channels", List.of("channel_id", "name", "category", "messages", "words", "reactions",
                "authors", "share"), report.channels().stream().map(c -> row(c.channelId(), c.name(), c.category(), c.messages(),
                c.words(), c.reactions(), c.authors(), c.share())).toList());
        return new Rendering(List.of(describe(report.request()), report.messages() + " messages."), List.of(table), table);
    }

    static Rendering heatmap(HeatmapReport report) {
        TextTable cells = new TextTable(null, List.of("weekday", "hour", "messages"), report.heatmap().cells().stream()
                .map(c -> row(c.weekday().getDisplayName(TextStyle.FULL, Locale.ENGLISH).toLowerCase(Locale.ROOT), c.hour(),
                        c.messages())).toList());
        return new Rendering(List.of(describe(report.request())), List.of(heatmapTable(report.heatmap())), cells);
    }

    static Rendering cohort(CohortReport report) {
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
        TextTable distributions = new TextTable("Distributions", columns, rows);
        List<String> summary = new ArrayList<>(List.of(describe(report.request().withFilter(null)),
                "Cohort: " + report.authors().size() + " authors with at least " + report.minMessages()
                        + " messages in the range (every channel)."));
        if (report.member() != null) {
            summary.add(String.format(Locale.ROOT, "Member %s (%s)%s: overall percentile %s, %s.", member.author().name(),
                    member.author().authorId(), member.inCohort() ? "" : ", not in the cohort", TextTable.format(member.overall()),
                    member.band().label()));
        } else if (report.authors().isEmpty()) {
            summary.add("The cohort is empty, so there is nothing to compare with.");
        }
        TextTable authors = new TextTable("Authors", List.of("author_id", "name", "messages", "words", "reactions", "code_chars",
                "code_lines", "longest_streak", "current_streak", "active_days", "consistency"), report.authors().stream()
                .map(a -> row(a.authorId(), a.name(), a.messages(), a.words(), a.reactions(), a.codeChars(), a.codeLines(),
                        a.longestStreak(), a.currentStreak(), a.activeDays(), a.consistency())).toList());
        TextTable code = new TextTable("Code by language (all messages in the range)", List.of("kind", "lang", "blocks", "lines", "chars"),
                report.codeLanguages().stream().map(c -> row(c.kind(), c.lang(), c.blocks(), c.lines(), c.chars())).toList());
        return new Rendering(summary, List.of(distributions, authors, code), distributions);
    }

    private static TextTable heatmapTable(Heatmap heatmap) {
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
        return new TextTable("Messages by weekday and hour", columns, rows);
    }

    private static String coverageLine(Coverage coverage) {
        if (!coverage.known()) {
            return "Coverage unknown: the store holds no recorder session.";
        }
        return coverage.gaps().isEmpty() ? "A recorder was connected throughout."
                : coverage.gaps().size() + " gap(s) with no recorder connected (listed below).";
    }

    private static String percent(double fraction) {
        return new BigDecimal(fraction * 100).setScale(1, java.math.RoundingMode.HALF_UP).toPlainString() + " %";
    }

    private static List<Object> row(Object... values) {
        List<Object> row = new ArrayList<>(values.length);
        java.util.Collections.addAll(row, values);
        return row;
    }
}
