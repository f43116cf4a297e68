package dev.gavel.app.fx;

import javafx.scene.Node;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.TextArea;

/** {@link Dialogs} as JavaFX alerts, owned by the window of the node that asks. */
public final class FxDialogs implements Dialogs {

    @Override
    public boolean confirm(Node owner, String title, String question, String yes) {
        ButtonType confirm = new ButtonType(yes, ButtonBar.ButtonData.OK_DONE);
        Alert alert = new Alert(Alert.AlertType.CONFIRMATION, question, confirm, ButtonType.CANCEL);
        alert.setTitle(title);
        alert.setHeaderText(title);
        alert.initOwner(owner.getScene().getWindow());
        return alert.showAndWait().filter(confirm::equals).isPresent();
    }

    @Override
    public void showText(Node owner, String title, String text) {
        TextArea area = new TextArea(text);
        area.setEditable(false);
        area.setWrapText(true);
        area.setAccessibleText(title);
        Alert alert = new Alert(Alert.AlertType.INFORMATION);
        alert.setTitle(title);
        alert.setHeaderText(title);
        alert.getDialogPane().setContent(area);
        alert.initOwner(owner.getScene().getWindow());
        alert.showAndWait();
    }
}
