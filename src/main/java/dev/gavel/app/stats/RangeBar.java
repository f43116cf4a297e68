package dev.gavel.app.stats;

import java.util.EnumMap;
import java.util.Map;

import atlantafx.base.theme.Styles;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2AL;
import org.kordamp.ikonli.material2.Material2MZ;

/** The range and channel controls above the tabs, bound to the page's ViewModel. */
final class RangeBar extends FlowPane {

    private final Map<RangePreset, ToggleButton> presets = new EnumMap<>(RangePreset.class);
    private final Button back = new Button();
    private final Button forward = new Button();
    private final DatePicker from = new DatePicker();
    private final DatePicker to = new DatePicker();
    private final ComboBox<FilterChoice> filter = new ComboBox<>();
    private final Button refresh = new Button();

    RangeBar(StatisticsViewModel model) {
        RangeViewModel range = model.range();
        getStyleClass().add("range-bar");

        back.setGraphic(new FontIcon(Material2AL.ARROW_BACK));
        back.setAccessibleText("Previous range");
        back.setTooltip(new Tooltip("The range before this one (" + StatisticsShortcuts.BACK.getDisplayText() + ")"));
        back.setOnAction(event -> range.back());
        forward.setGraphic(new FontIcon(Material2AL.ARROW_FORWARD));
        forward.setAccessibleText("Next range");
        forward.setTooltip(new Tooltip("The range after this one, up to today (" + StatisticsShortcuts.FORWARD.getDisplayText() + ")"));
        forward.setOnAction(event -> range.forward());
        forward.disableProperty().bind(range.canGoForwardProperty().not());

        ToggleGroup group = new ToggleGroup();
        HBox presetButtons = new HBox();
        RangePreset[] all = RangePreset.values();
        for (int i = 0; i < all.length; i++) {
            RangePreset preset = all[i];
            ToggleButton button = new ToggleButton(preset.label());
            button.setToggleGroup(group);
            button.setTooltip(new Tooltip(preset.description() + " (" + StatisticsShortcuts.preset(preset).getDisplayText() + ")"));
            button.getStyleClass().add(i == 0 ? Styles.LEFT_PILL : i == all.length - 1 ? Styles.RIGHT_PILL : Styles.CENTER_PILL);
            button.setOnAction(event -> {
                range.choose(preset);
                if (preset == RangePreset.CUSTOM) {
                    from.requestFocus();
                }
            });
            presets.put(preset, button);
            presetButtons.getChildren().add(button);
        }
        range.presetProperty().addListener((observable, old, preset) -> presets.get(preset).setSelected(true));
        presets.get(range.presetProperty().get()).setSelected(true);
        group.selectedToggleProperty().addListener((observable, old, selected) -> {
            if (selected == null && old != null) {
                old.setSelected(true);
            }
        });

        from.valueProperty().bindBidirectional(range.fromProperty());
        to.valueProperty().bindBidirectional(range.toProperty());
        from.setAccessibleText("First day");
        to.setAccessibleText("Last day");
        from.setTooltip(new Tooltip("First day of the range (" + StatisticsShortcuts.CUSTOM.getDisplayText() + ")"));
        to.setTooltip(new Tooltip("Last day of the range, included"));
        from.getEditor().setPrefColumnCount(9);
        to.getEditor().setPrefColumnCount(9);

        Label description = new Label();
        description.getStyleClass().add("range-description");
        description.textProperty().bind(range.descriptionProperty());

        filter.setItems(model.filterChoices());
        filter.setValue(model.filterProperty().get());
        model.filterProperty().addListener((observable, old, chosen) -> filter.setValue(chosen));
        filter.valueProperty().addListener((observable, old, chosen) -> {
            if (chosen != null) {
                model.filterProperty().set(chosen);
            } else if (model.filterProperty().get() != null) {
                // the box lost its selection while its items changed: show the page's filter again
                filter.setValue(model.filterProperty().get());
            }
        });
        filter.setOnMouseEntered(event -> model.loadFilterChoices());
        filter.focusedProperty().addListener((observable, old, focused) -> {
            if (focused) {
                model.loadFilterChoices();
            }
        });
        filter.setOnShowing(event -> model.loadFilterChoices());
        filter.setAccessibleText("Channels counted");
        filter.setTooltip(new Tooltip("Which channels are counted: the guild's saved filter, every channel, or one category "
                + "(for this page only; the saved setting does not change)"));

        refresh.setGraphic(new FontIcon(Material2MZ.REFRESH));
        refresh.setAccessibleText("Refresh");
        refresh.setTooltip(new Tooltip("Read the numbers again (" + StatisticsShortcuts.REFRESH.getDisplayText() + ")"));
        refresh.setOnAction(event -> model.refresh());

        Label toLabel = new Label("to");
        toLabel.setLabelFor(to);
        getChildren().addAll(back, presetButtons, forward, from, toLabel, to, description, filter, refresh);
    }

    DatePicker fromPicker() {
        return from;
    }

    ToggleButton presetButton(RangePreset preset) {
        return presets.get(preset);
    }

    ComboBox<FilterChoice> filterBox() {
        return filter;
    }
}
