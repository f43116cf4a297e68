package dev.gavel.app.shell;

import java.util.List;

import atlantafx.base.theme.Styles;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;

/** Help → Keyboard shortcuts: every key and what it does. */
final class ShortcutsTable {

    private ShortcutsTable() {
    }

    static TableView<KeyboardShortcut> of(List<KeyboardShortcut> shortcuts) {
        TableView<KeyboardShortcut> table = new TableView<>();
        table.setId("shortcutsTable");
        TableColumn<KeyboardShortcut, String> keys = new TableColumn<>("Keys");
        keys.setCellValueFactory(cell -> new ReadOnlyStringWrapper(cell.getValue().keysText()));
        keys.setPrefWidth(160);
        TableColumn<KeyboardShortcut, String> action = new TableColumn<>("What it does");
        action.setCellValueFactory(cell -> new ReadOnlyStringWrapper(cell.getValue().action()));
        action.setPrefWidth(380);
        table.getColumns().add(keys);
        table.getColumns().add(action);
        table.getItems().setAll(shortcuts);
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.getStyleClass().addAll(Styles.STRIPED, Styles.DENSE);
        table.setPrefSize(560, 420);
        table.setAccessibleText("Keyboard shortcuts");
        return table;
    }
}
