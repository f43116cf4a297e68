package dev.gavel.cli;

import java.io.PrintWriter;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

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
import dev.gavel.core.stats.HeatmapReport;
import dev.gavel.core.stats.MemberReport;
import dev.gavel.core.stats.OverviewReport;
import dev.gavel.core.stats.ReportTable;
import dev.gavel.core.stats.ReportTables;
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
    record Rendering(List<String> summary, List<ReportTable> tables, ReportTable csv) {
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
            case "csv" -> out.print(rendering.csv().toCsv());
            case "table" -> {
                rendering.summary().forEach(out::println);
                for (ReportTable table : rendering.tables()) {
                    out.println();
                    TextTable.printAligned(table, out);
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
        ReportTable daily = ReportTables.overviewDays(report);
        List<ReportTable> tables = new ArrayList<>(List.of(daily, ReportTables.topChannels(report.topChannels()),
                ReportTables.topCategories(report.topCategories()), ReportTables.heatmapGrid(report.heatmap()),
                ReportTables.codeLanguages("Code by language", report.codeLanguages())));
        if (report.coverage().known()) {
            tables.add(ReportTables.coverageGaps(report.coverage()));
        }
        return new Rendering(summary, tables, daily);
    }

    static Rendering daily(DailyReport report) {
        ReportTable table = ReportTables.daily(report);
        return new Rendering(List.of(describe(report.request())), List.of(table), table);
    }

    static Rendering top(TopReport report) {
        ReportTable table = ReportTables.participants(report.participants());
        var t = report.request().thresholds();
        return new Rendering(List.of(describe(report.request()), String.format(Locale.ROOT,
                "Authors with at least %d messages or %d words, at most %d (the daily series are in --format json).",
                t.topMinMessages(), t.topMinWords(), t.topLimit())), List.of(table), table);
    }

    static Rendering member(MemberReport report) {
        ReportTable days = ReportTables.memberDays(report);
        return new Rendering(List.of(describe(report.request()), report.name() + " (" + report.authorId() + "): " + report.headline()),
                List.of(days, ReportTables.memberCategories(report), ReportTables.memberChannels(report)), days);
    }

    static Rendering channels(ChannelsReport report) {
        ReportTable table = ReportTables.channels(report);
        return new Rendering(List.of(describe(report.request()), report.messages() + " messages."), List.of(table), table);
    }

    static Rendering heatmap(HeatmapReport report) {
        return new Rendering(List.of(describe(report.request())), List.of(ReportTables.heatmapGrid(report.heatmap())),
                ReportTables.heatmapCells(report.heatmap()));
    }

    static Rendering cohort(CohortReport report) {
        CohortReport.MemberComparison member = report.member();
        List<String> summary = new ArrayList<>(List.of(describe(report.request().withFilter(null)),
                "Cohort: " + report.authors().size() + " authors with at least " + report.minMessages()
                        + " messages in the range (every channel)."));
        if (member != null) {
            summary.add(String.format(Locale.ROOT, "Member %s (%s)%s: overall percentile %s, %s.", member.author().name(),
                    member.author().authorId(), member.inCohort() ? "" : ", not in the cohort", TextTable.format(member.overall()),
                    member.band().label()));
        } else if (report.authors().isEmpty()) {
            summary.add("The cohort is empty, so there is nothing to compare with.");
        }
        ReportTable distributions = ReportTables.cohortDistributions(report);
        return new Rendering(summary, List.of(distributions, ReportTables.cohortAuthors(report),
                ReportTables.codeLanguages("Code by language (all messages in the range)", report.codeLanguages())), distributions);
    }

    private static String coverageLine(Coverage coverage) {
        if (!coverage.known()) {
            return "Coverage unknown: the store holds no recorder session.";
        }
        return coverage.gaps().isEmpty() ? "A recorder was connected throughout."
                : coverage.gaps().size() + " gap(s) with no recorder connected (listed below).";
    }

    private static String percent(double fraction) {
        return new BigDecimal(fraction * 100).setScale(1, RoundingMode.HALF_UP).toPlainString() + " %";
    }
}
