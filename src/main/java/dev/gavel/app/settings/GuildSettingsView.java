package dev.gavel.app.settings;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;

import atlantafx.base.theme.Styles;
import dev.gavel.app.fx.Dialogs;
import javafx.beans.binding.Bindings;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextField;
import javafx.scene.control.cell.CheckBoxListCell;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.controlsfx.control.SearchableComboBox;

/** Binds the guild settings form to its view model; no logic of its own. */
final class GuildSettingsView {

    static final KeyCombination SAVE = KeyCombination.valueOf("Shortcut+S");
    static final KeyCombination REVERT = KeyCombination.valueOf("Shortcut+Shift+Z");

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM)
            .withZone(ZoneId.systemDefault());

    private final GuildSettingsViewModel viewModel;
    private final Dialogs dialogs;
    private final ScrollPane root;

    GuildSettingsView(GuildSettingsViewModel viewModel, Dialogs dialogs) {
        this.viewModel = viewModel;
        this.dialogs = dialogs;

        Label title = new Label();
        title.textProperty().bind(Bindings.concat("Guild settings — ", viewModel.guildNameProperty()));
        title.getStyleClass().add(Styles.TITLE_2);

        Label readOnly = notice(viewModel.readOnlyWhyProperty(), Styles.WARNING);
        readOnly.setId("settingsReadOnly");
        Label malformed = notice(viewModel.malformedProperty(), Styles.DANGER);
        malformed.setId("settingsMalformed");
        Button showRaw = new Button("Show the stored text");
        showRaw.setId("showRaw");
        showRaw.visibleProperty().bind(viewModel.malformedProperty().isNotNull());
        showRaw.managedProperty().bind(showRaw.visibleProperty());
        showRaw.setOnAction(event -> dialogs.showText(showRaw, "The stored settings", viewModel.rawStoredProperty().get()));
        Label permissionNote = notice(viewModel.permissionNoteProperty(), Styles.TEXT_MUTED);

        ComboBox<Choice> modLog = picker("modLog", viewModel.logChannels(), "Choose a channel");
        modLog.valueProperty().bindBidirectional(viewModel.modLogProperty());
        ComboBox<Choice> moderator = picker("moderator", viewModel.roles(), "Choose a role");
        moderator.valueProperty().bindBidirectional(viewModel.moderatorProperty());
        ComboBox<Choice> restricted = picker("restricted", viewModel.optionalRoles(), "None");
        restricted.valueProperty().bindBidirectional(viewModel.restrictedProperty());
        ComboBox<Choice> deletionLog = picker("deletionLog", viewModel.optionalLogChannels(), "None");
        deletionLog.valueProperty().bindBidirectional(viewModel.deletionLogProperty());

        GridPane moderation = form();
        int row = 0;
        row = field(moderation, row, "Mod-log channel (required)", modLog, viewModel.modLogErrorProperty());
        row = field(moderation, row, "Moderator role (required)", moderator, viewModel.moderatorErrorProperty());
        row = field(moderation, row, "Restricted role", restricted, viewModel.restrictedErrorProperty());
        field(moderation, row, "Deletion-log channel", deletionLog, viewModel.deletionLogErrorProperty());

        SearchableComboBox<String> timeZone = new SearchableComboBox<>();
        timeZone.setId("timeZone");
        timeZone.getItems().setAll(viewModel.timeZones());
        timeZone.valueProperty().bindBidirectional(viewModel.timeZoneProperty());
        timeZone.setAccessibleText("Time zone");
        timeZone.setMaxWidth(Double.MAX_VALUE);

        ListView<FilterItem> filter = new ListView<>(viewModel.filterItems());
        filter.setId("channelFilter");
        filter.setCellFactory(CheckBoxListCell.forListView(FilterItem::selectedProperty));
        filter.setPrefHeight(180);
        filter.setAccessibleText("Statistics channel filter: tick categories or channels; none ticked counts every channel");
        filter.addEventHandler(KeyEvent.KEY_PRESSED, event -> {
            FilterItem item = filter.getSelectionModel().getSelectedItem();
            if (event.getCode() == KeyCode.SPACE && item != null) {
                item.selectedProperty().set(!item.isSelected());
                event.consume();
            }
        });

        GridPane statistics = form();
        row = 0;
        row = field(statistics, row, "Time zone", timeZone, viewModel.timeZoneErrorProperty());
        Label filterHelp = new Label("Count only the ticked categories and channels (none ticked: every channel). "
                + "Space ticks the selected line.");
        filterHelp.getStyleClass().add(Styles.TEXT_MUTED);
        filterHelp.setWrapText(true);
        VBox filterBox = new VBox(4, filter, filterHelp);
        row = field(statistics, row, "Statistics channels", filterBox, null);
        for (Threshold threshold : Threshold.values()) {
            TextField number = new TextField();
            number.setId("threshold-" + threshold.name());
            number.textProperty().bindBidirectional(viewModel.thresholdProperty(threshold));
            number.setPrefColumnCount(8);
            number.setMaxWidth(Region.USE_PREF_SIZE);
            row = field(statistics, row, threshold.label(), number, viewModel.thresholdErrorProperty(threshold));
        }

        Button save = new Button("Save");
        save.setId("save");
        save.getStyleClass().add(Styles.ACCENT);
        save.setDefaultButton(false);
        save.disableProperty().bind(viewModel.busyProperty().or(viewModel.readOnlyProperty()));
        save.setOnAction(event -> save());
        Button revert = new Button("Put back the saved values");
        revert.setId("revert");
        revert.disableProperty().bind(save.disableProperty());
        revert.setOnAction(event -> viewModel.revert());
        ProgressIndicator busy = new ProgressIndicator();
        busy.setId("settingsBusy");
        busy.setPrefSize(24, 24);
        busy.visibleProperty().bind(viewModel.busyProperty());
        busy.setAccessibleText("Working");
        Label message = new Label();
        message.setId("settingsMessage");
        message.setWrapText(true);
        message.textProperty().bind(viewModel.messageProperty());
        viewModel.messageIsErrorProperty().addListener((observable, was, isError) -> {
            message.getStyleClass().removeAll(Styles.DANGER, Styles.SUCCESS);
            message.getStyleClass().add(isError ? Styles.DANGER : Styles.SUCCESS);
        });
        HBox actions = new HBox(12, save, revert, busy, message);
        actions.getStyleClass().add("form-actions");

        ListView<HistoryEntry> history = new ListView<>(viewModel.history());
        history.setId("history");
        history.setPrefHeight(240);
        history.setAccessibleText("History of the settings");
        history.setCellFactory(list -> new HistoryCell());
        Label noHistory = new Label("No change recorded yet.");
        history.setPlaceholder(noHistory);

        VBox form = new VBox(16, title, readOnly, malformed, showRaw, section("Moderation"), moderation, permissionNote,
                section("Statistics"), statistics, actions, section("History"), history);
        form.getStyleClass().add("page-content");
        form.setPadding(new Insets(24));
        for (Node input : new Node[] {modLog, moderator, restricted, deletionLog, timeZone, filter}) {
            input.disableProperty().bind(viewModel.readOnlyProperty().or(viewModel.busyProperty()));
        }
        statistics.getChildren().stream().filter(TextField.class::isInstance)
                .forEach(input -> input.disableProperty().bind(viewModel.readOnlyProperty().or(viewModel.busyProperty())));

        root = new ScrollPane(form);
        root.setFitToWidth(true);
        root.setId("guildSettings");
        root.addEventFilter(KeyEvent.KEY_PRESSED, event -> {
            if (SAVE.match(event)) {
                save();
                event.consume();
            } else if (REVERT.match(event) && !viewModel.readOnlyProperty().get()) {
                viewModel.revert();
                event.consume();
            }
        });
    }

    Node root() {
        return root;
    }

    private void save() {
        boolean confirmed = false;
        if (viewModel.needsReplaceConfirmation()) {
            if (!viewModel.validate()) {
                viewModel.save(false);
                return;
            }
            confirmed = dialogs.confirm(root, "Replace the stored settings?", "The stored settings of "
                    + viewModel.guildNameProperty().get() + " cannot be read. Saving replaces that text with the values "
                    + "shown here (the old text stays in the history).", "Replace them");
            if (!confirmed) {
                return;
            }
        }
        viewModel.save(confirmed);
    }

    private static ComboBox<Choice> picker(String id, javafx.collections.ObservableList<Choice> items, String prompt) {
        ComboBox<Choice> box = new ComboBox<>(items);
        box.setId(id);
        box.setPromptText(prompt);
        box.setMaxWidth(Double.MAX_VALUE);
        return box;
    }

    private static GridPane form() {
        GridPane grid = new GridPane();
        grid.setHgap(16);
        grid.setVgap(4);
        grid.getStyleClass().add("settings-form");
        javafx.scene.layout.ColumnConstraints labels = new javafx.scene.layout.ColumnConstraints();
        labels.setPercentWidth(35);
        javafx.scene.layout.ColumnConstraints inputs = new javafx.scene.layout.ColumnConstraints();
        inputs.setHgrow(Priority.ALWAYS);
        grid.getColumnConstraints().addAll(labels, inputs);
        return grid;
    }

    /** A labelled input with the reason it is refused underneath; returns the next free row. */
    private static int field(GridPane grid, int row, String text, Node input, javafx.beans.property.ReadOnlyStringProperty error) {
        Label label = new Label(text);
        label.setWrapText(true);
        label.setLabelFor(input);
        grid.add(label, 0, row);
        grid.add(input, 1, row);
        if (input instanceof javafx.scene.control.Control control && control.getAccessibleText() == null) {
            control.setAccessibleText(text);
        }
        if (error == null) {
            return row + 1;
        }
        Label reason = new Label();
        reason.getStyleClass().addAll(Styles.DANGER, "field-error");
        reason.setWrapText(true);
        reason.textProperty().bind(error);
        reason.visibleProperty().bind(error.isNotNull());
        reason.managedProperty().bind(reason.visibleProperty());
        if (input.getId() != null) {
            reason.setId(input.getId() + "Error");
        }
        error.addListener((observable, was, now) -> input.pseudoClassStateChanged(Styles.STATE_DANGER, now != null));
        grid.add(reason, 1, row + 1);
        return row + 2;
    }

    private static Label notice(javafx.beans.property.ReadOnlyStringProperty text, String style) {
        Label label = new Label();
        label.textProperty().bind(text);
        label.setWrapText(true);
        label.getStyleClass().addAll("notice", style);
        label.visibleProperty().bind(text.isNotNull());
        label.managedProperty().bind(label.visibleProperty());
        return label;
    }

    private static Label section(String text) {
        Label label = new Label(text);
        label.getStyleClass().add(Styles.TITLE_4);
        return label;
    }

    private static final class HistoryCell extends ListCell<HistoryEntry> {
        @Override
        protected void updateItem(HistoryEntry entry, boolean empty) {
            super.updateItem(entry, empty);
            if (empty || entry == null) {
                setGraphic(null);
                setText(null);
                return;
            }
            Label head = new Label((entry.changedAt() == null ? "at an unknown time" : WHEN.format(entry.changedAt()))
                    + " — by " + entry.who());
            head.getStyleClass().add(Styles.TEXT_BOLD);
            VBox box = new VBox(2, head);
            for (HistoryEntry.Line line : entry.lines()) {
                Label change = new Label(line.text());
                change.setWrapText(true);
                change.getStyleClass().add("history-line");
                box.getChildren().add(change);
            }
            if (entry.lines().isEmpty()) {
                Label same = new Label("(saved without a change)");
                same.getStyleClass().add(Styles.TEXT_MUTED);
                box.getChildren().add(same);
            }
            setText(null);
            setGraphic(box);
            setAccessibleText(head.getText() + ". " + String.join(". ", entry.lines().stream().map(HistoryEntry.Line::text).toList()));
        }
    }
}
