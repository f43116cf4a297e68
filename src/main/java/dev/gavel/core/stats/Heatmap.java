package dev.gavel.core.stats;

import java.time.DayOfWeek;
import java.util.ArrayList;
import java.util.List;

/** Messages per local weekday and hour of day: 168 cells, Monday 00h first, Sunday 23h last. */
public record Heatmap(List<Cell> cells) {

    public static final int HOURS = 24;

    public Heatmap {
        cells = List.copyOf(cells);
        if (cells.size() != 7 * HOURS) {
            throw new IllegalArgumentException("a heatmap has 168 cells, not " + cells.size());
        }
    }

    static Heatmap of(List<ActivityReader.HeatRow> rows) {
        long[] counts = new long[7 * HOURS];
        for (ActivityReader.HeatRow row : rows) {
            counts[(row.weekday() - 1) * HOURS + row.hour()] += row.messages();
        }
        List<Cell> cells = new ArrayList<>(counts.length);
        for (int i = 0; i < counts.length; i++) {
            cells.add(new Cell(DayOfWeek.of(i / HOURS + 1), i % HOURS, counts[i]));
        }
        return new Heatmap(cells);
    }

    public long messages(DayOfWeek weekday, int hour) {
        return cells.get((weekday.getValue() - 1) * HOURS + hour).messages();
    }

    public record Cell(DayOfWeek weekday, int hour, long messages) {
    }
}
