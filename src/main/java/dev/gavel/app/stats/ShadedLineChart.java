package dev.gavel.app.stats;

import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.List;

import javafx.collections.ObservableList;
import javafx.scene.chart.LineChart;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.XYChart;
import javafx.scene.shape.Rectangle;

/**
 * A line chart over time that shades stretches of its x axis (days or hours when no recorder was
 * connected), drawn behind the lines. No symbols, no animation, no sorting: it is redrawn by
 * changing its points in place.
 */
final class ShadedLineChart extends LineChart<Number, Number> {

    /** From {@code from} to {@code to} in x units, shaded with {@code strength} from 0 (none) to 1 (full). */
    record Shade(double from, double to, double strength) {
    }

    private static final NumberFormat COUNT = NumberFormat.getNumberInstance();

    private final List<Shade> shades = new ArrayList<>();
    private final List<Rectangle> shadeNodes = new ArrayList<>();

    ShadedLineChart(String accessibleName) {
        super(new NumberAxis(), new NumberAxis());
        setAnimated(false);
        setCreateSymbols(false);
        setAxisSortingPolicy(SortingPolicy.NONE);
        getXAxis().setAnimated(false);
        getYAxis().setAnimated(false);
        ((NumberAxis) getYAxis()).setForceZeroInRange(true);
        ((NumberAxis) getYAxis()).setTickLabelFormatter(new NumberAxis.DefaultFormatter((NumberAxis) getYAxis()) {
            @Override
            public String toString(Number value) {
                return COUNT.format(value);
            }
        });
        setAccessibleText(accessibleName);
    }

    NumberAxis xAxis() {
        return (NumberAxis) getXAxis();
    }

    NumberAxis yAxis() {
        return (NumberAxis) getYAxis();
    }

    List<Shade> shades() {
        return List.copyOf(shades);
    }

    void setShades(List<Shade> newShades) {
        shades.clear();
        shades.addAll(newShades);
        while (shadeNodes.size() < shades.size()) {
            Rectangle node = new Rectangle();
            node.getStyleClass().add("coverage-shade");
            node.setMouseTransparent(true);
            shadeNodes.add(node);
            getPlotChildren().add(0, node);
        }
        while (shadeNodes.size() > shades.size()) {
            getPlotChildren().remove(shadeNodes.remove(shadeNodes.size() - 1));
        }
        requestChartLayout();
    }

    @Override
    protected void layoutPlotChildren() {
        super.layoutPlotChildren();
        NumberAxis x = xAxis();
        double height = getYAxis().getHeight();
        for (int i = 0; i < shades.size(); i++) {
            Shade shade = shades.get(i);
            double left = Math.max(0, x.getDisplayPosition(shade.from()));
            double right = Math.min(x.getWidth(), x.getDisplayPosition(shade.to()));
            Rectangle node = shadeNodes.get(i);
            node.setX(left);
            node.setY(0);
            node.setWidth(Math.max(0, right - left));
            node.setHeight(height);
            node.setOpacity(shade.strength());
        }
    }

    /** Sets a series' points, changing the existing points in place when their number is the same. */
    static void setPoints(XYChart.Series<Number, Number> series, double[] xs, double[] ys) {
        ObservableList<XYChart.Data<Number, Number>> data = series.getData();
        if (data.size() == xs.length) {
            for (int i = 0; i < xs.length; i++) {
                XYChart.Data<Number, Number> point = data.get(i);
                point.setXValue(xs[i]);
                point.setYValue(ys[i]);
            }
            return;
        }
        List<XYChart.Data<Number, Number>> points = new ArrayList<>(xs.length);
        for (int i = 0; i < xs.length; i++) {
            points.add(new XYChart.Data<>(xs[i], ys[i]));
        }
        data.setAll(points);
    }
}
