package dev.gavel.app.stats;

import java.util.EnumMap;
import java.util.Map;
import java.util.function.Function;

import atlantafx.base.theme.Styles;
import javafx.beans.property.ObjectProperty;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.HBox;

/** A row of toggle buttons choosing what a chart shows, bound to a ViewModel property. */
final class MetricSwitch<E extends Enum<E>> extends HBox {

    private final Map<E, ToggleButton> buttons;

    MetricSwitch(Class<E> type, ObjectProperty<E> chosen, Function<E, String> label, String accessibleName) {
        buttons = new EnumMap<>(type);
        ToggleGroup group = new ToggleGroup();
        E[] values = type.getEnumConstants();
        for (int i = 0; i < values.length; i++) {
            E value = values[i];
            ToggleButton button = new ToggleButton(label.apply(value));
            button.setToggleGroup(group);
            button.getStyleClass().addAll(Styles.SMALL,
                    i == 0 ? Styles.LEFT_PILL : i == values.length - 1 ? Styles.RIGHT_PILL : Styles.CENTER_PILL);
            button.setAccessibleHelp(accessibleName);
            button.setOnAction(event -> chosen.set(value));
            buttons.put(value, button);
            getChildren().add(button);
        }
        buttons.get(chosen.get()).setSelected(true);
        chosen.addListener((observable, old, value) -> buttons.get(value).setSelected(true));
        group.selectedToggleProperty().addListener((observable, old, selected) -> {
            if (selected == null && old != null) {
                old.setSelected(true);
            }
        });
    }

    ToggleButton button(E value) {
        return buttons.get(value);
    }
}
