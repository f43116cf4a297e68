package dev.gavel.app.theme;

import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.WeakHashMap;

import atlantafx.base.theme.PrimerDark;
import atlantafx.base.theme.PrimerLight;
import dev.gavel.app.prefs.ConsolePreferences.Theme;
import javafx.application.Application;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.css.PseudoClass;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.DialogPane;

/**
 * The light and dark themes: AtlantaFX's Primer as the user agent stylesheet, Gavel's own
 * stylesheet and the bridge that gives ControlsFX the Modena colours it looks up. Every scene and
 * dialog of the console is registered here so that a switch restyles them all.
 */
public final class ThemeManager {

    static final String APP_STYLESHEET = "/dev/gavel/app/theme/gavel.css";
    static final String CONTROLSFX_BRIDGE = "/dev/gavel/app/theme/controlsfx-bridge.css";
    private static final PseudoClass DARK = PseudoClass.getPseudoClass("dark");

    private final ObjectProperty<Theme> theme = new SimpleObjectProperty<>(this, "theme");
    private final Set<Parent> roots = Collections.newSetFromMap(new WeakHashMap<>());

    public ThemeManager(Theme initial) {
        theme.addListener((observable, old, now) -> apply(now));
        theme.set(Objects.requireNonNull(initial));
    }

    public ObjectProperty<Theme> themeProperty() {
        return theme;
    }

    public Theme theme() {
        return theme.get();
    }

    public void toggle() {
        theme.set(theme.get() == Theme.DARK ? Theme.LIGHT : Theme.DARK);
    }

    /** Styles {@code scene} now and on every switch. */
    public void register(Scene scene) {
        scene.getStylesheets().addAll(stylesheets());
        track(scene.getRoot());
        scene.rootProperty().addListener((observable, old, now) -> track(now));
    }

    /** Styles a dialog's pane (dialogs have scenes of their own). */
    public void register(DialogPane pane) {
        pane.getStylesheets().addAll(stylesheets());
        track(pane);
    }

    /** The stylesheets a scene of the console needs besides the theme itself. */
    public static List<String> stylesheets() {
        return List.of(resource(CONTROLSFX_BRIDGE), resource(APP_STYLESHEET));
    }

    private void track(Parent root) {
        if (root != null && roots.add(root)) {
            root.pseudoClassStateChanged(DARK, theme.get() == Theme.DARK);
        }
    }

    private void apply(Theme now) {
        Application.setUserAgentStylesheet(now == Theme.DARK ? new PrimerDark().getUserAgentStylesheet()
                : new PrimerLight().getUserAgentStylesheet());
        roots.forEach(root -> root.pseudoClassStateChanged(DARK, now == Theme.DARK));
    }

    private static String resource(String path) {
        return Objects.requireNonNull(ThemeManager.class.getResource(path), path).toExternalForm();
    }
}
