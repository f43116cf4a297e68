package dev.gavel.app.stats;

import java.util.ArrayList;
import java.util.List;

import javafx.collections.FXCollections;
import javafx.scene.chart.BarChart;
import javafx.scene.chart.CategoryAxis;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.XYChart;
import javafx.scene.text.Font;

/**
 * A bar chart of a few labelled counts, largest at the top: at most {@value #MAX_BARS} bars (the
 * table alternative lists all), labels shortened, and as tall as its bars need in the current font.
 */
final class HorizontalBars extends BarChart<Number, String> {

    static final int MAX_BARS = 10;
    private static final int MAX_LABEL = 32;
    private static final double EM_PER_BAR = 1.9;
    private static final double EM_AROUND = 4;

    private final XYChart.Series<Number, String> series = new XYChart.Series<>();
    private final CategoryAxis labels;

    HorizontalBars(String seriesName, String accessibleName) {
        super(new NumberAxis(), new CategoryAxis());
        labels = (CategoryAxis) getYAxis();
        setAnimated(false);
        getXAxis().setAnimated(false);
        labels.setAnimated(false);
        labels.setAutoRanging(false);
        setLegendVisible(false);
        setCategoryGap(4);
        series.setName(seriesName);
        getData().add(series);
        setAccessibleText(accessibleName);
    }

    /** Shows the first {@value #MAX_BARS} of {@code values}, labelled, in the order given (first at the top). */
    void show(List<String> names, List<? extends Number> values) {
        int count = Math.min(MAX_BARS, names.size());
        List<String> bottomUp = new ArrayList<>();
        List<XYChart.Data<Number, String>> bars = new ArrayList<>();
        for (int i = count - 1; i >= 0; i--) {
            String label = shorten(names.get(i), bottomUp);
            bottomUp.add(label);
            bars.add(new XYChart.Data<>(values.get(i), label));
        }
        if (bottomUp.equals(labels.getCategories())) {
            for (int i = 0; i < bars.size(); i++) {
                series.getData().get(i).setXValue(bars.get(i).getXValue());
            }
        } else {
            series.getData().clear();
            labels.setCategories(FXCollections.observableArrayList(bottomUp));
            series.getData().setAll(bars);
        }
        double em = Font.getDefault().getSize();
        double height = em * (EM_AROUND + EM_PER_BAR * Math.max(1, count));
        setMinHeight(height);
        setPrefHeight(height);
    }

    /** A long label cut with an ellipsis, kept distinct from those already used. */
    private static String shorten(String label, List<String> used) {
        String shown = label.length() <= MAX_LABEL ? label : label.substring(0, MAX_LABEL - 1).strip() + "…";
        String distinct = shown;
        for (int n = 2; used.contains(distinct); n++) {
            distinct = shown + " (" + n + ")";
        }
        return distinct;
    }
}
