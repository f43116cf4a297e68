package dev.gavel.core.stats;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import dev.gavel.core.UserFacingException;

/**
 * An inclusive range of calendar days {@code [from, to]} in a time zone (METRICS.md §2). In UTC
 * instants it is {@code [start(), end())}: from the first moment of {@code from} to the first
 * moment of the day after {@code to}, so a day may last 23 or 25 hours across a DST change.
 */
public record DateRange(LocalDate from, LocalDate to, ZoneId zone) {

    public DateRange {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        Objects.requireNonNull(zone, "zone");
        if (from.isAfter(to)) {
            throw new UserFacingException("The range's first day (" + from + ") is after its last day (" + to
                    + "). Give a first day on or before the last day.");
        }
    }

    public static DateRange utc(LocalDate from, LocalDate to) {
        return new DateRange(from, to, ZoneId.of("UTC"));
    }

    /** The first moment of {@code from} in the zone. */
    public Instant start() {
        return from.atStartOfDay(zone).toInstant();
    }

    /** The first moment of the day after {@code to} in the zone (exclusive end). */
    public Instant end() {
        return to.plusDays(1).atStartOfDay(zone).toInstant();
    }

    public int dayCount() {
        return Math.toIntExact(ChronoUnit.DAYS.between(from, to) + 1);
    }

    /** Every day of the range, in order. */
    public List<LocalDate> days() {
        List<LocalDate> days = new ArrayList<>(dayCount());
        for (LocalDate day = from; !day.isAfter(to); day = day.plusDays(1)) {
            days.add(day);
        }
        return days;
    }

    /** The position of {@code day} in {@link #days()}. */
    public int indexOf(LocalDate day) {
        return Math.toIntExact(ChronoUnit.DAYS.between(from, day));
    }
}
