package dev.gavel.app.stats;

import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;

import atlantafx.base.theme.Styles;
import dev.gavel.core.stats.CodeLanguage;
import dev.gavel.core.stats.CohortReport;
import dev.gavel.core.stats.ReportTable;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2MZ;

/** The cohort benchmarks tab: the spread of each metric over the active members, the members themselves, and code by language. */
final class CohortView extends ScrollPane {

    private final Label description = new Label();
    private final ReportTableView distributions = new ReportTableView("How each metric is spread over the cohort");
    private final ReportTableView authors = new ReportTableView("The members of the cohort");
    private final HorizontalBars languageBars = new HorizontalBars("Code blocks", "Code blocks by language, all messages in the range");
    private final ChartCard codeCard;
    private final CohortViewModel model;

    CohortView(CohortViewModel model, Exporter exporter, FileNamer names) {
        this.model = model;
        setFitToWidth(true);
        getStyleClass().add("edge-to-edge");
        description.getStyleClass().add("tab-intro");
        description.setWrapText(true);
        distributions.getStyleClass().add("full-table");
        authors.getStyleClass().add("full-table");
        codeCard = new ChartCard("Code by language in the range", languageBars, exporter, names);

        VBox body = new VBox(description,
                titled("Benchmarks per metric", "p10 … p99 are the values that 10 % … 99 % of the cohort reach or stay below; "
                        + "sd is the population standard deviation.", distributions,
                        exportButton("Benchmarks per metric", () -> CohortViewModel.distributionsTable(model.report()), exporter, names)),
                codeCard,
                titled("The cohort's members", "Streaks are runs of days with messages; consistency is the share of days with messages.",
                        authors, exportButton("Cohort members", () -> CohortViewModel.authorsTable(model.report()), exporter, names)));
        body.getStyleClass().add("tab-body");
        setContent(body);
        model.reportProperty().addListener((observable, old, report) -> show(report));
        show(model.report());
    }

    private VBox titled(String title, String note, Region table, Button export) {
        Label heading = new Label(title);
        heading.getStyleClass().add("card-title");
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox header = new HBox(heading, spacer, export);
        header.getStyleClass().add("card-header");
        Label explanation = new Label(note);
        explanation.getStyleClass().addAll("card-note", Styles.TEXT_MUTED);
        explanation.setWrapText(true);
        VBox card = new VBox(header, table, explanation);
        card.getStyleClass().add("chart-card");
        return card;
    }

    private Button exportButton(String what, Supplier<ReportTable> table, Exporter exporter,
                                FileNamer names) {
        Button csv = new Button("CSV", new FontIcon(Material2MZ.SAVE_ALT));
        csv.setAccessibleText("Save " + what + " as CSV");
        csv.setTooltip(new Tooltip("Save " + what.toLowerCase(Locale.ROOT) + " as CSV"));
        csv.disableProperty().bind(model.reportProperty().isNull());
        csv.setOnAction(event -> exporter.saveCsv(getScene() == null ? null : getScene().getWindow(), table.get(),
                names.name(what, FileSaver.FileType.CSV)));
        return csv;
    }

    private void show(CohortReport report) {
        if (report == null) {
            description.setText(null);
            return;
        }
        description.setText(CohortViewModel.description(report));
        distributions.show(CohortViewModel.distributionsTable(report));
        authors.show(CohortViewModel.authorsTable(report));
        List<CodeLanguage> languages = report.codeLanguages().stream().limit(12).toList();
        languageBars.show(languages.stream().map(CohortViewModel::languageLabel).toList(),
                languages.stream().map(CodeLanguage::blocks).toList());
        codeCard.setNumbers(CohortViewModel.codeTable(report));
        codeCard.setNote("Code blocks in every message of the range, by language (the rollups keep languages per channel, not per member).");
    }

    ReportTableView distributions() {
        return distributions;
    }
}
