package dev.gavel.app.stats;

import java.time.LocalDate;
import java.time.Period;

/**
 * The ranges a moderator picks with one click. The day presets end today; the calendar presets
 * run from the first day of the current quarter, half year or year to today. Back and forward
 * move a day preset (and a custom range) by its number of days, a calendar preset by whole
 * quarters, half years or years.
 */
public enum RangePreset {
    LAST_7_DAYS("7 days", "The last 7 days, today included", 7, null),
    LAST_30_DAYS("30 days", "The last 30 days, today included", 30, null),
    LAST_90_DAYS("90 days", "The last 90 days, today included", 90, null),
    QUARTER("Quarter", "This calendar quarter so far", 0, Period.ofMonths(3)),
    HALF_YEAR("Half year", "This half year (January to June or July to December) so far", 0, Period.ofMonths(6)),
    YEAR("Year", "This calendar year so far", 0, Period.ofYears(1)),
    CUSTOM("Custom", "The days chosen with the two date pickers", 0, null);

    private final String label;
    private final String description;
    private final int days;
    private final Period period;

    RangePreset(String label, String description, int days, Period period) {
        this.label = label;
        this.description = description;
        this.days = days;
        this.period = period;
    }

    public String label() {
        return label;
    }

    public String description() {
        return description;
    }

    /** Whether the preset is a calendar quarter, half year or year. */
    boolean isCalendar() {
        return period != null;
    }

    /** The calendar period of a calendar preset. */
    Period period() {
        return period;
    }

    /** The first day of the calendar period holding {@code day}. */
    LocalDate periodStart(LocalDate day) {
        return switch (this) {
            case QUARTER -> LocalDate.of(day.getYear(), (day.getMonthValue() - 1) / 3 * 3 + 1, 1);
            case HALF_YEAR -> LocalDate.of(day.getYear(), day.getMonthValue() <= 6 ? 1 : 7, 1);
            case YEAR -> LocalDate.of(day.getYear(), 1, 1);
            default -> throw new IllegalStateException(this + " is not a calendar preset");
        };
    }

    /** The days of a day preset ending {@code today}, or of the calendar period so far: {from, to}. */
    LocalDate[] endingOn(LocalDate today) {
        if (isCalendar()) {
            return new LocalDate[] {periodStart(today), today};
        }
        if (days == 0) {
            throw new IllegalStateException("a custom range has no length of its own");
        }
        return new LocalDate[] {today.minusDays(days - 1L), today};
    }
}
