package dev.gavel.app.start;

import java.nio.file.Path;

import atlantafx.base.theme.Styles;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.PasswordField;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2AL;
import org.kordamp.ikonli.material2.Material2MZ;

/** The start screen: three ways in (connect, open a store, the demo), recent stores, progress with cancel. */
public final class StartView {

    private final StartViewModel viewModel;
    private final StoreFileChooser fileChooser;
    private final ScrollPane root;

    public StartView(StartViewModel viewModel, StoreFileChooser fileChooser) {
        this.viewModel = viewModel;
        this.fileChooser = fileChooser;

        Label title = new Label("Gavel");
        title.getStyleClass().add(Styles.TITLE_1);
        Label subtitle = new Label("A console for the moderators of Discord communities.");
        subtitle.getStyleClass().add(Styles.TEXT_MUTED);

        FlowPane ways = new FlowPane(24, 24, connectCard(), storeCard(), demoCard());
        ways.setAlignment(Pos.TOP_LEFT);

        Label openError = message(viewModel.openErrorProperty(), Styles.DANGER);
        openError.setId("openError");

        VBox page = new VBox(20, title, subtitle, progress(), openError, ways);
        page.setPadding(new Insets(32));
        page.getStyleClass().add("start-screen");
        root = new ScrollPane(page);
        root.setFitToWidth(true);
        root.setFitToHeight(true);
        root.setId("start");
    }

    public Node root() {
        return root;
    }

    private Node connectCard() {
        Label heading = heading("Connect a bot");
        Label explain = new Label("Records the activity of the bot's guilds into " + viewModel.targetStore().getFileName()
                + " while the console is open. The bot needs the Message Content and Server Members intents.");
        explain.setWrapText(true);
        PasswordField token = new PasswordField();
        token.setId("token");
        token.setPromptText("Bot token");
        token.setAccessibleText("Bot token");
        token.textProperty().bindBidirectional(viewModel.tokenProperty());
        viewModel.tokenRememberedProperty().addListener((observable, was, now) ->
                token.setPromptText(now ? "Leave empty to use the token in the keychain" : "Bot token"));
        Label tokenLabel = new Label("Bot token");
        tokenLabel.setLabelFor(token);
        CheckBox remember = new CheckBox("Remember it in the keychain");
        remember.setId("rememberToken");
        remember.selectedProperty().bindBidirectional(viewModel.rememberTokenProperty());
        remember.visibleProperty().bind(viewModel.keychainAvailableProperty());
        remember.managedProperty().bind(remember.visibleProperty());
        Button connect = new Button("Connect");
        connect.setId("connect");
        connect.getStyleClass().add(Styles.ACCENT);
        connect.disableProperty().bind(viewModel.busyProperty());
        connect.setOnAction(event -> viewModel.connect());
        token.setOnAction(event -> viewModel.connect());
        token.disableProperty().bind(connect.disableProperty());
        Label loginError = message(viewModel.loginErrorProperty(), Styles.DANGER);
        loginError.setId("loginError");
        Label note = message(viewModel.noteProperty(), Styles.TEXT_MUTED);
        note.setId("connectNote");
        Hyperlink guide = new Hyperlink("How to make a bot and get its token (setup guide)");
        guide.setId("setupGuide");
        guide.setWrapText(true);
        guide.setOnAction(event -> viewModel.openSetupGuide());
        Label guideNote = message(viewModel.guideNoteProperty(), Styles.TEXT_MUTED);
        guideNote.setId("guideNote");
        return card("connectCard", heading, explain, tokenLabel, token, remember, connect, loginError, note, guide, guideNote);
    }

    private Node storeCard() {
        Label heading = heading("Open a store");
        Label explain = new Label("A Gavel store, a copy from a server, or a database of the original bot (shown read-only).");
        explain.setWrapText(true);
        Button open = new Button("Open a store file…", new FontIcon(Material2AL.FOLDER_OPEN));
        open.setId("openStore");
        open.disableProperty().bind(viewModel.busyProperty());
        open.setOnAction(event -> {
            Path chosen = fileChooser.choose(root.getScene().getWindow());
            if (chosen != null) {
                viewModel.open(chosen);
            }
        });
        Label recentLabel = new Label("Recent stores");
        recentLabel.getStyleClass().add(Styles.TEXT_BOLD);
        ListView<RecentStore> recent = new ListView<>(viewModel.recentStores());
        recent.setId("recentStores");
        recent.setAccessibleText("Recent stores: Enter opens, Delete removes from the list");
        recent.setPrefHeight(180);
        recent.setPlaceholder(new Label("None yet"));
        recent.setCellFactory(list -> new RecentCell());
        recent.disableProperty().bind(viewModel.busyProperty());
        recent.setOnKeyPressed(event -> {
            RecentStore selected = recent.getSelectionModel().getSelectedItem();
            if (selected == null) {
                return;
            }
            if (event.getCode() == KeyCode.ENTER && selected.exists()) {
                viewModel.openRecent(selected);
            } else if (event.getCode() == KeyCode.DELETE || event.getCode() == KeyCode.BACK_SPACE) {
                viewModel.removeRecent(selected);
            }
        });
        recent.setOnMouseClicked(event -> {
            RecentStore selected = recent.getSelectionModel().getSelectedItem();
            if (event.getButton() == MouseButton.PRIMARY && event.getClickCount() == 2 && selected != null && selected.exists()) {
                viewModel.openRecent(selected);
            }
        });
        recentLabel.setLabelFor(recent);
        return card("storeCard", heading, explain, open, recentLabel, recent);
    }

    private Node demoCard() {
        Label heading = heading("Try the demo");
        Label explain = new Label("A generated programming community: months of messages, tickets and tracked members. "
                + "It is made once in " + viewModel.demoFile().getParent() + " and opened from there afterwards.");
        explain.setWrapText(true);
        Button demo = new Button("Open the demo", new FontIcon(Material2MZ.PLAY_CIRCLE_OUTLINE));
        demo.setId("openDemo");
        demo.disableProperty().bind(viewModel.busyProperty());
        demo.setOnAction(event -> viewModel.openDemo());
        return card("demoCard", heading, explain, demo);
    }

    private Node progress() {
        Label activity = new Label();
        activity.setId("activity");
        activity.textProperty().bind(viewModel.activityProperty());
        ProgressBar bar = new ProgressBar();
        bar.setId("progress");
        bar.progressProperty().bind(viewModel.progressProperty());
        bar.setPrefWidth(320);
        bar.setAccessibleText("Progress");
        Button cancel = new Button("Cancel");
        cancel.setId("cancel");
        cancel.setOnAction(event -> viewModel.cancel());
        HBox box = new HBox(12, bar, activity, cancel);
        box.setId("progressBox");
        box.setAlignment(Pos.CENTER_LEFT);
        box.visibleProperty().bind(viewModel.busyProperty());
        box.managedProperty().bind(box.visibleProperty());
        return box;
    }

    private static VBox card(String id, Node... children) {
        VBox card = new VBox(10, children);
        card.setId(id);
        card.getStyleClass().add("start-card");
        card.setPadding(new Insets(20));
        card.setPrefWidth(360);
        return card;
    }

    private static Label heading(String text) {
        Label label = new Label(text);
        label.getStyleClass().add(Styles.TITLE_3);
        return label;
    }

    private static Label message(javafx.beans.property.ReadOnlyStringProperty text, String style) {
        Label label = new Label();
        label.textProperty().bind(text);
        label.setWrapText(true);
        label.getStyleClass().add(style);
        label.visibleProperty().bind(text.isNotNull());
        label.managedProperty().bind(label.visibleProperty());
        return label;
    }

    private final class RecentCell extends ListCell<RecentStore> {
        @Override
        protected void updateItem(RecentStore store, boolean empty) {
            super.updateItem(store, empty);
            if (empty || store == null) {
                setText(null);
                setGraphic(null);
                return;
            }
            Label name = new Label(store.name());
            name.getStyleClass().add(Styles.TEXT_BOLD);
            Label path = new Label(store.exists() ? store.path().toString() : store.path() + " (missing)");
            path.getStyleClass().add(store.exists() ? Styles.TEXT_MUTED : Styles.DANGER);
            path.setTextOverrun(javafx.scene.control.OverrunStyle.LEADING_ELLIPSIS);
            path.setMinWidth(0);
            path.setTooltip(new Tooltip(store.path().toString()));
            VBox text = new VBox(2, name, path);
            text.setMinWidth(0);
            HBox.setHgrow(text, Priority.ALWAYS);
            Button remove = new Button(null, new FontIcon(Material2AL.CLOSE));
            remove.getStyleClass().addAll(Styles.BUTTON_ICON, Styles.FLAT, Styles.SMALL);
            remove.setAccessibleText("Remove " + store.name() + " from the recent stores");
            remove.setTooltip(new Tooltip("Remove from the list (the file stays)"));
            remove.setOnAction(event -> viewModel.removeRecent(store));
            remove.setFocusTraversable(false);
            Region gap = new Region();
            HBox row = new HBox(8, text, gap, remove);
            row.setAlignment(Pos.CENTER_LEFT);
            row.maxWidthProperty().bind(getListView().widthProperty().subtract(24));
            row.prefWidthProperty().bind(row.maxWidthProperty());
            if (!store.exists()) {
                row.getStyleClass().add("missing");
            }
            setText(null);
            setGraphic(row);
            setAccessibleText(store.name() + (store.exists() ? ", " + store.path() : ", missing"));
        }
    }
}
