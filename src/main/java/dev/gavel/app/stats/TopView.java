package dev.gavel.app.stats;

import java.text.NumberFormat;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import atlantafx.base.theme.Styles;
import dev.gavel.core.stats.TopReport.Participant;
import dev.gavel.core.stats.TopReport;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2MZ;

/** The top participants tab: a table with every score, filtered by name, sorted by a click on a column; Enter or a double click opens a member. */
final class TopView extends VBox {

    private final TopViewModel model;
    private final TextField filter = new TextField();
    private final TableView<Participant> table = new TableView<>();
    private final Map<TopColumn, TableColumn<Participant, Object>> columns = new EnumMap<>(TopColumn.class);
    private final Label rule = new Label();
    private boolean syncingSort;

    TopView(TopViewModel model, Exporter exporter, FileNamer names) {
        this.model = model;
        getStyleClass().add("tab-body");

        filter.setPromptText("Filter by name");
        filter.getStyleClass().add("search-field");
        filter.setAccessibleText("Filter the participants by name");
        filter.setTooltip(new Tooltip("Shows the participants whose name contains this (" + StatisticsShortcuts.FIND.getDisplayText() + ")"));
        filter.textProperty().bindBidirectional(model.nameFilterProperty());
        Label count = new Label();
        count.textProperty().bind(model.countText());
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        Button open = new Button("Open member", new FontIcon(Material2MZ.PERSON_SEARCH));
        open.setTooltip(new Tooltip("Show the selected participant's page (Enter or a double click)"));
        open.disableProperty().bind(model.selectedProperty().isNull());
        open.setOnAction(event -> model.openSelected());
        Button csv = new Button("CSV", new FontIcon(Material2MZ.SAVE_ALT));
        csv.setAccessibleText("Save the top participants as CSV");
        csv.setTooltip(new Tooltip("Save the rows shown as CSV (the columns of gavel stats --report top --format csv)"));
        csv.setOnAction(event -> exporter.saveCsv(getScene() == null ? null : getScene().getWindow(), model.table(),
                names.name("Top participants", FileSaver.FileType.CSV)));
        HBox toolbar = new HBox(filter, count, spacer, open, csv);
        toolbar.getStyleClass().add("card-header");
        toolbar.setAlignment(Pos.CENTER_LEFT);

        rule.getStyleClass().add(Styles.TEXT_MUTED);
        rule.setWrapText(true);
        model.reportProperty().addListener((observable, old, report) -> showRule(report));
        showRule(model.reportProperty().get());

        table.getStyleClass().add("top-table");
        table.setAccessibleText("Top participants");
        table.setPlaceholder(new Label("Nobody reaches the thresholds in this range."));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        NumberFormat number = NumberFormat.getIntegerInstance();
        NumberFormat percent = NumberFormat.getPercentInstance();
        percent.setMaximumFractionDigits(1);
        addColumn(TopColumn.NAME, Participant::name, Object::toString);
        addColumn(TopColumn.MESSAGES, Participant::messages, number::format);
        addColumn(TopColumn.WORDS, Participant::words, number::format);
        addColumn(TopColumn.REACTIONS, Participant::reactions, number::format);
        addColumn(TopColumn.CHANNELS, Participant::channels, number::format);
        addColumn(TopColumn.CATEGORIES, Participant::categories, number::format);
        addColumn(TopColumn.WORD_SCORE, Participant::wordScore, Object::toString);
        addColumn(TopColumn.MESSAGE_SCORE, Participant::messageScore, Object::toString);
        addColumn(TopColumn.CHANNEL_SCORE, Participant::channelScore, Object::toString);
        addColumn(TopColumn.CONSISTENCY_SCORE, Participant::consistencyScore, Object::toString);
        addColumn(TopColumn.ZERO_DAYS, Participant::percentZeroDays, percent::format);
        table.setItems(model.rows());
        table.setSortPolicy(sorted -> {
            if (!syncingSort) {
                TableColumn<Participant, ?> first = table.getSortOrder().isEmpty() ? null : table.getSortOrder().get(0);
                TopColumn column = columns.entrySet().stream().filter(e -> e.getValue() == first).map(Map.Entry::getKey)
                        .findFirst().orElse(null);
                if (column == null) {
                    model.sortProperty().set(null);
                } else {
                    model.sortBy(column, first.getSortType() == TableColumn.SortType.DESCENDING);
                }
            }
            return true;
        });
        model.sortProperty().addListener((observable, old, sort) -> showSort(sort));
        showSort(model.sortProperty().get());
        table.getSelectionModel().selectedItemProperty().addListener((observable, old, selected) -> model.selectedProperty().set(selected));
        table.setOnKeyPressed(event -> {
            if (event.getCode() == KeyCode.ENTER) {
                model.openSelected();
                event.consume();
            }
        });
        table.setRowFactory(t -> {
            TableRow<Participant> row = new TableRow<>();
            row.setOnMouseClicked(event -> {
                if (event.getButton() == MouseButton.PRIMARY && event.getClickCount() == 2 && !row.isEmpty()) {
                    model.open(row.getItem());
                }
            });
            return row;
        });
        VBox.setVgrow(table, Priority.ALWAYS);
        getChildren().addAll(toolbar, rule, table);
    }

    private void showRule(TopReport report) {
        rule.setText(report == null ? null : TopViewModel.rule(report.request().thresholds()) + " " + TopViewModel.SCORES);
    }

    private <V> void addColumn(TopColumn kind, Function<Participant, V> value, Function<V, String> format) {
        TableColumn<Participant, Object> column = new TableColumn<>(kind.title());
        column.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(value.apply(cell.getValue())));
        column.setCellFactory(c -> new TableCell<>() {
            @Override
            @SuppressWarnings("unchecked")
            protected void updateItem(Object item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : format.apply((V) item));
            }
        });
        if (kind != TopColumn.NAME) {
            column.getStyleClass().add("numeric-column");
        }
        columns.put(kind, column);
        table.getColumns().add(column);
    }

    /** Shows the ViewModel's order as the table's sort arrow. */
    private void showSort(TopViewModel.Sort sort) {
        syncingSort = true;
        try {
            if (sort == null) {
                table.getSortOrder().clear();
            } else {
                TableColumn<Participant, Object> column = columns.get(sort.column());
                column.setSortType(sort.descending() ? TableColumn.SortType.DESCENDING : TableColumn.SortType.ASCENDING);
                table.getSortOrder().setAll(List.of(column));
            }
        } finally {
            syncingSort = false;
        }
    }

    TextField filterField() {
        return filter;
    }

    TableView<Participant> table() {
        return table;
    }

    TableColumn<Participant, Object> column(TopColumn kind) {
        return columns.get(kind);
    }
}
