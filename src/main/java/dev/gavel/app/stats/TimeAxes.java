package dev.gavel.app.stats;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import dev.gavel.core.stats.Coverage;
import dev.gavel.core.stats.DateRange;
import javafx.scene.chart.NumberAxis;
import javafx.util.StringConverter;

/**
 * The x axes of the time charts: days as epoch days (each day's point at its number, its shading
 * half a day either side), hours as hours since the range's first moment; and the coverage
 * shading in the same units.
 */
final class TimeAxes {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMM");
    private static final DateTimeFormatter HOUR = DateTimeFormatter.ofPattern("d MMM HH:mm");
    private static final int[] NICE_DAYS = {1, 2, 7, 14, 28, 56, 91, 182, 364, 728};
    private static final int TICKS = 8;
    private static final double HOUR_MS = 3_600_000.0;
    /** Days at least this covered are not shaded (a restart of a minute or two is no gap worth showing). */
    private static final double FULLY_COVERED = 0.99;

    private TimeAxes() {
    }

    static void days(NumberAxis axis, DateRange range) {
        axis.setAutoRanging(false);
        axis.setLowerBound(range.from().toEpochDay());
        axis.setUpperBound(Math.max(range.to().toEpochDay(), range.from().toEpochDay() + 1));
        axis.setTickUnit(niceDays(range.dayCount()));
        axis.setMinorTickVisible(false);
        axis.setTickLabelFormatter(label(value -> DAY.format(LocalDate.ofEpochDay(Math.round(value.doubleValue())))));
    }

    static void hours(NumberAxis axis, DateRange range, double hours) {
        axis.setAutoRanging(false);
        axis.setLowerBound(0);
        axis.setUpperBound(hours);
        axis.setMinorTickVisible(false);
        Instant start = range.start();
        ZoneId zone = range.zone();
        if (hours <= 48) {
            axis.setTickUnit(hours <= 24 ? 3 : 6);
            axis.setTickLabelFormatter(label(value -> HOUR.format(start.plusSeconds(Math.round(value.doubleValue() * 3600)).atZone(zone))));
        } else {
            axis.setTickUnit(24.0 * niceDays((int) Math.ceil(hours / 24)));
            axis.setTickLabelFormatter(label(value -> DAY.format(start.plusSeconds(Math.round(value.doubleValue() * 3600)).atZone(zone))));
        }
    }

    /** Days not fully covered, in epoch-day units, shaded by how much of the day was missed. */
    static List<ShadedLineChart.Shade> dayShades(Coverage coverage) {
        List<ShadedLineChart.Shade> shades = new ArrayList<>();
        for (Coverage.Day day : coverage.days()) {
            if (day.coveredFraction() < FULLY_COVERED) {
                double x = day.date().toEpochDay();
                shades.add(new ShadedLineChart.Shade(x - 0.5, x + 0.5, 1 - day.coveredFraction()));
            }
        }
        return shades;
    }

    /** The gaps, in hours since the range's first moment. */
    static List<ShadedLineChart.Shade> hourShades(Coverage coverage, DateRange range) {
        long start = range.start().toEpochMilli();
        return coverage.gaps().stream().map(gap -> new ShadedLineChart.Shade((gap.from().toEpochMilli() - start) / HOUR_MS,
                (gap.to().toEpochMilli() - start) / HOUR_MS, 1)).toList();
    }

    /** A day's covered fraction, by date. */
    static Map<LocalDate, Double> coveredByDay(Coverage coverage) {
        return coverage.days().stream().collect(Collectors.toMap(Coverage.Day::date, Coverage.Day::coveredFraction));
    }

    /** What the shading means, or that it cannot be known. */
    static String coverageNote(Coverage coverage) {
        if (!coverage.known()) {
            return "Coverage unknown: this store holds no recorder sessions (for example a database of the original bot), "
                    + "so days without a recorder cannot be told from quiet days.";
        }
        if (coverage.gaps().isEmpty()) {
            return "A recorder was connected throughout the range.";
        }
        return "Shaded: no recorder was connected (paler where part of the day was recorded), "
                + "so messages sent then are missing, not a quiet time.";
    }

    private static int niceDays(int days) {
        double wanted = (double) days / TICKS;
        for (int nice : NICE_DAYS) {
            if (nice >= wanted) {
                return nice;
            }
        }
        return NICE_DAYS[NICE_DAYS.length - 1];
    }

    private static StringConverter<Number> label(Function<Number, String> format) {
        return new StringConverter<>() {
            @Override
            public String toString(Number value) {
                return format.apply(value);
            }

            @Override
            public Number fromString(String text) {
                throw new UnsupportedOperationException("axis labels are not parsed");
            }
        };
    }
}
