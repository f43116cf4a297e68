package dev.gavel.app.stats;

import java.text.NumberFormat;
import java.time.DayOfWeek;
import java.time.format.TextStyle;
import java.util.Locale;

import dev.gavel.core.stats.Heatmap;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Region;

/**
 * Messages per weekday (rows, Monday first) and hour of day (columns), each cell shaded by its
 * count: the theme's accent colour at an opacity of its level (set on the cell, so that a redraw
 * changes no style class and costs no CSS pass unless a cell turns empty or filled).
 */
final class HeatmapGrid extends GridPane {

    private final Region[][] cells = new Region[7][Heatmap.HOURS];
    private final Tooltip[][] tips = new Tooltip[7][Heatmap.HOURS];
    private final int[][] levels = new int[7][Heatmap.HOURS];

    HeatmapGrid() {
        getStyleClass().add("heatmap");
        for (int hour = 0; hour < Heatmap.HOURS; hour += 3) {
            Label label = new Label(String.format(Locale.ROOT, "%02d", hour));
            label.getStyleClass().add("heat-label");
            add(label, hour + 1, 0, 3, 1);
        }
        for (DayOfWeek day : DayOfWeek.values()) {
            int row = day.getValue() - 1;
            Label label = new Label(day.getDisplayName(TextStyle.SHORT, Locale.getDefault()));
            label.getStyleClass().add("heat-label");
            label.setMinWidth(Region.USE_PREF_SIZE);
            add(label, 0, row + 1);
            for (int hour = 0; hour < Heatmap.HOURS; hour++) {
                Region cell = new Region();
                cell.getStyleClass().addAll("heat-cell", "heat-empty");
                Tooltip tip = new Tooltip();
                Tooltip.install(cell, tip);
                cells[row][hour] = cell;
                tips[row][hour] = tip;
                add(cell, hour + 1, row + 1);
            }
        }
    }

    void show(Heatmap heatmap) {
        long busiest = heatmap.cells().stream().mapToLong(Heatmap.Cell::messages).max().orElse(0);
        NumberFormat number = NumberFormat.getIntegerInstance();
        for (Heatmap.Cell cell : heatmap.cells()) {
            int row = cell.weekday().getValue() - 1;
            int level = OverviewViewModel.heatLevel(cell.messages(), busiest);
            Region node = cells[row][cell.hour()];
            if (levels[row][cell.hour()] != level) {
                if ((levels[row][cell.hour()] == 0) != (level == 0)) {
                    node.getStyleClass().set(1, level == 0 ? "heat-empty" : "heat-filled");
                }
                node.setOpacity(level == 0 ? 1 : (double) level / OverviewViewModel.HEAT_LEVELS);
                levels[row][cell.hour()] = level;
            }
            String text = cell.weekday().getDisplayName(TextStyle.FULL, Locale.getDefault()) + " "
                    + String.format(Locale.ROOT, "%02d:00", cell.hour()) + ": " + number.format(cell.messages())
                    + (cell.messages() == 1 ? " message" : " messages");
            tips[row][cell.hour()].setText(text);
            node.setAccessibleText(text);
        }
    }

    /** The shade level of a cell, 0 to {@value OverviewViewModel#HEAT_LEVELS}. */
    int level(DayOfWeek day, int hour) {
        return levels[day.getValue() - 1][hour];
    }
}
