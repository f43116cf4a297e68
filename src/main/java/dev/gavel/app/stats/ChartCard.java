package dev.gavel.app.stats;

import java.util.List;

import dev.gavel.core.stats.ReportTable;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBase;
import javafx.scene.control.Label;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2AL;
import org.kordamp.ikonli.material2.Material2MZ;

/**
 * A chart with a title, its numbers as a table (the "Table" toggle, for screen readers and exact
 * values), and buttons that save the chart as PNG and the numbers as CSV. Optional controls sit in
 * the header, a note (what shading means, units) under the chart.
 */
final class ChartCard extends VBox {

    private final String title;
    private final StackPane surface;
    private final Node chart;
    private final ReportTableView table;
    private final ToggleButton tableToggle = new ToggleButton("Table");
    private final Button png = new Button("PNG");
    private final Button csv = new Button("CSV");
    private final HBox header;
    private final HBox controls = new HBox();
    private final Label note = new Label();
    private ReportTable numbers;
    private boolean tableStale;

    ChartCard(String title, Node chart, Exporter exporter, FileNamer names) {
        this.title = title;
        this.chart = chart;
        getStyleClass().add("chart-card");
        table = new ReportTableView(title + ", as a table");
        table.setVisible(false);
        surface = new StackPane(chart, table);
        surface.getStyleClass().add("export-surface");
        VBox.setVgrow(surface, Priority.ALWAYS);

        Label heading = new Label(title);
        heading.getStyleClass().add("card-title");
        heading.setMinWidth(Region.USE_PREF_SIZE);
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);

        tableToggle.setGraphic(new FontIcon(Material2MZ.TABLE_CHART));
        tableToggle.setTooltip(new Tooltip("Show the numbers of \"" + title + "\" as a table"));
        tableToggle.setAccessibleHelp("Switches between the chart and a table of the same numbers");
        tableToggle.selectedProperty().addListener((observable, old, selected) -> showTable(selected));
        png.setGraphic(new FontIcon(Material2AL.IMAGE));
        png.setTooltip(new Tooltip("Save \"" + title + "\" as a PNG image"));
        png.setAccessibleText("Save " + title + " as PNG");
        png.setOnAction(event -> exporter.savePng(surface, title, names.name(title, FileSaver.FileType.PNG)));
        csv.setGraphic(new FontIcon(Material2MZ.SAVE_ALT));
        csv.setTooltip(new Tooltip("Save the numbers of \"" + title + "\" as CSV"));
        csv.setAccessibleText("Save " + title + " as CSV");
        csv.setOnAction(event -> {
            if (numbers != null) {
                exporter.saveCsv(getScene() == null ? null : getScene().getWindow(), numbers, names.name(title, FileSaver.FileType.CSV));
            }
        });
        csv.setDisable(true);
        png.setDisable(true);
        for (ButtonBase button : List.of(tableToggle, png, csv)) {
            button.setMinWidth(Region.USE_PREF_SIZE);
        }
        header = new HBox(heading, spacer, tableToggle, png, csv);
        header.getStyleClass().add("card-header");
        header.setAlignment(Pos.CENTER_LEFT);
        controls.getStyleClass().add("card-header");
        controls.setVisible(false);
        controls.setManaged(false);
        note.getStyleClass().add("card-note");
        note.setManaged(false);
        note.setVisible(false);
        getChildren().addAll(header, controls, surface, note);
    }

    /** Puts {@code extra} (e.g. a metric switch) on a row under the title. */
    ChartCard withControls(Node... extra) {
        controls.getChildren().addAll(extra);
        controls.setVisible(true);
        controls.setManaged(true);
        return this;
    }

    /** The numbers behind the chart: shown by the table toggle and saved as CSV. */
    void setNumbers(ReportTable numbers) {
        this.numbers = numbers;
        csv.setDisable(numbers == null);
        png.setDisable(numbers == null || tableToggle.isSelected());
        tableStale = true;
        if (tableToggle.isSelected()) {
            refreshTable();
        }
    }

    ReportTable numbers() {
        return numbers;
    }

    /** A sentence under the chart; null hides it. */
    void setNote(String text) {
        note.setText(text);
        note.setVisible(text != null);
        note.setManaged(text != null);
    }

    Label note() {
        return note;
    }

    String title() {
        return title;
    }

    ToggleButton tableToggle() {
        return tableToggle;
    }

    ReportTableView table() {
        return table;
    }

    Button pngButton() {
        return png;
    }

    Button csvButton() {
        return csv;
    }

    private void showTable(boolean selected) {
        if (selected) {
            refreshTable();
        }
        table.setVisible(selected);
        chart.setVisible(!selected);
        png.setDisable(numbers == null || selected);
    }

    /** Tables are filled only when shown, so that a range change redraws the charts alone. */
    private void refreshTable() {
        if (tableStale && numbers != null) {
            table.show(numbers);
            tableStale = false;
        }
    }
}
