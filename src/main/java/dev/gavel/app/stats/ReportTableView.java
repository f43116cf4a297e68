package dev.gavel.app.stats;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

import dev.gavel.core.stats.ReportTable;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;

/** Any report table shown as a sortable table: the "Table" alternative of a chart, and the tables of their own. */
final class ReportTableView extends TableView<List<Object>> {

    private static final int SHOWN_DECIMALS = 3;
    private List<String> columnNames = List.of();

    ReportTableView(String accessibleName) {
        getStyleClass().add("report-table");
        setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        setAccessibleText(accessibleName);
        setPlaceholder(new javafx.scene.control.Label("Nothing in this range."));
    }

    void show(ReportTable table) {
        if (!table.columns().equals(columnNames)) {
            columnNames = table.columns();
            List<TableColumn<List<Object>, Object>> columns = new ArrayList<>();
            for (int i = 0; i < columnNames.size(); i++) {
                columns.add(column(table, i));
            }
            getColumns().setAll(columns);
        }
        getItems().setAll(table.rows());
    }

    private static TableColumn<List<Object>, Object> column(ReportTable table, int index) {
        TableColumn<List<Object>, Object> column = new TableColumn<>(heading(table.columns().get(index)));
        column.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(cell.getValue().get(index)));
        column.setCellFactory(c -> new TableCell<>() {
            @Override
            protected void updateItem(Object value, boolean empty) {
                super.updateItem(value, empty);
                setText(empty ? null : ReportTable.format(value, SHOWN_DECIMALS));
            }
        });
        column.setComparator(VALUES);
        boolean numeric = table.rows().stream().map(row -> row.get(index)).anyMatch(Number.class::isInstance);
        if (numeric) {
            column.getStyleClass().add("numeric-column");
        }
        return column;
    }

    /** "covered_fraction" → "Covered fraction"; hour columns ("07") stay as they are. */
    static String heading(String column) {
        String words = column.replace('_', ' ');
        return words.isEmpty() ? words : words.substring(0, 1).toUpperCase(Locale.ROOT) + words.substring(1);
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static final Comparator<Object> VALUES = Comparator.nullsFirst((a, b) -> {
        if (a instanceof Number x && b instanceof Number y) {
            return Double.compare(x.doubleValue(), y.doubleValue());
        }
        if (a instanceof Comparable comparable && a.getClass() == b.getClass()) {
            return comparable.compareTo(b);
        }
        return a.toString().compareTo(b.toString());
    });
}
