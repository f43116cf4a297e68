package dev.gavel.app.shell;

import atlantafx.base.theme.Styles;
import dev.gavel.app.live.ConnectionStatus;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2AL;

/** The status bar: connection, events recorded, backfill with its cancel button. */
final class StatusBarView {

    private final HBox root;

    StatusBarView(StatusBarViewModel viewModel) {
        Region dot = new Region();
        dot.getStyleClass().add("status-dot");
        viewModel.stateProperty().addListener((observable, was, now) -> state(dot, now));
        state(dot, viewModel.stateProperty().get());

        Label connection = new Label();
        connection.setId("connectionStatus");
        connection.textProperty().bind(viewModel.connectionProperty());
        Label events = new Label();
        events.setId("eventsRecorded");
        events.textProperty().bind(viewModel.eventsProperty());
        events.visibleProperty().bind(viewModel.eventsProperty().isNotNull());
        events.managedProperty().bind(events.visibleProperty());

        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);

        Label backfill = new Label();
        backfill.setId("backfillStatus");
        backfill.textProperty().bind(viewModel.backfillProperty());
        ProgressBar progress = new ProgressBar();
        progress.progressProperty().bind(viewModel.backfillProgressProperty());
        progress.visibleProperty().bind(viewModel.backfillRunningProperty());
        progress.managedProperty().bind(progress.visibleProperty());
        progress.setAccessibleText("Backfill progress");
        Button cancel = new Button(null, new FontIcon(Material2AL.CLOSE));
        cancel.setId("cancelBackfill");
        cancel.getStyleClass().addAll(Styles.BUTTON_ICON, Styles.FLAT, Styles.SMALL);
        cancel.setAccessibleText("Cancel the backfill");
        cancel.setTooltip(new Tooltip("Cancel the backfill (it goes on at the next connect)"));
        cancel.visibleProperty().bind(viewModel.backfillRunningProperty());
        cancel.managedProperty().bind(cancel.visibleProperty());
        cancel.setOnAction(event -> viewModel.cancelBackfill());

        root = new HBox(8, dot, connection, events, spacer, backfill, progress, cancel);
        root.setAlignment(Pos.CENTER_LEFT);
        root.getStyleClass().add("status-bar");
        root.setId("statusBar");
    }

    HBox root() {
        return root;
    }

    private static void state(Region dot, ConnectionStatus.State state) {
        dot.getStyleClass().removeAll("connected", "resuming", "offline", "connecting");
        if (state != null) {
            dot.getStyleClass().add(state.name().toLowerCase(java.util.Locale.ROOT));
        }
    }
}
