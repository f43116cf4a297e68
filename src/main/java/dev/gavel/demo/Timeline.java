package dev.gavel.demo;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneOffset;

/** The demo's days: {@code days} whole UTC days, from the first day's midnight to the end of the last. */
final class Timeline {

    static final long MINUTE = 60_000L;
    static final long HOUR = 3_600_000L;
    static final long DAY = 86_400_000L;

    final LocalDate firstDay;
    final LocalDate lastDay;
    final int days;
    final long startMs;
    final long endMs;

    Timeline(DemoOptions options) {
        this.firstDay = options.firstDay();
        this.lastDay = options.lastDay();
        this.days = options.days();
        this.startMs = firstDay.atStartOfDay(ZoneOffset.UTC).toInstant().toEpochMilli();
        this.endMs = startMs + days * DAY;
    }

    long dayStart(int day) {
        return startMs + day * DAY;
    }

    int dayOf(long ms) {
        return (int) Math.floorDiv(ms - startMs, DAY);
    }

    LocalDate date(int day) {
        return firstDay.plusDays(day);
    }

    DayOfWeek dayOfWeek(int day) {
        return date(day).getDayOfWeek();
    }
}
