package dev.gavel.app.theme;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;

import dev.gavel.app.prefs.ConsolePreferences.Theme;
import dev.gavel.app.support.FxStage;
import javafx.scene.Parent;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.controlsfx.control.SearchableComboBox;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.slf4j.LoggerFactory;
import org.testfx.framework.junit5.Start;

/** ControlsFX on AtlantaFX: with the bridge stylesheet every colour its CSS looks up resolves, in both themes. */
@ExtendWith(ApplicationExtension.class)
class ThemeStylesTest {

    /** JavaFX logs CSS problems to System.Logger "javafx.css", which reaches SLF4J (slf4j-jdk-platform-logging). */
    private final Logger cssLogger = (Logger) LoggerFactory.getLogger("javafx.css");
    private final ListAppender<ILoggingEvent> capture = new ListAppender<>();
    private Stage stage;

    @Start
    void start(Stage window) {
        this.stage = window;
    }

    @BeforeEach
    void listen() {
        capture.start();
        cssLogger.addAppender(capture);
        // the warnings are the test's to read, not the build log's
        cssLogger.setAdditive(false);
    }

    @AfterEach
    void stopListening() {
        cssLogger.detachAppender(capture);
        cssLogger.setAdditive(true);
    }

    private List<String> cssWarnings() {
        return capture.list.stream().map(ILoggingEvent::getFormattedMessage).toList();
    }

    private static Parent controlsFxForm() {
        SearchableComboBox<String> zones = new SearchableComboBox<>();
        zones.getItems().setAll("Europe/Berlin", "UTC");
        zones.setValue("UTC");
        return new VBox(new Label("Time zone"), zones);
    }

    @Test
    @DisplayName("a ControlsFX control styled in the light and the dark theme resolves every looked-up colour")
    void bridgeResolvesLookups(FxRobot robot) {
        ThemeManager themes = FxStage.mount(robot, stage, Theme.LIGHT, ThemeStylesTest::controlsFxForm);
        robot.clickOn(".searchable-combo-box");
        robot.interact(themes::toggle);
        FxStage.mount(robot, stage, Theme.DARK, ThemeStylesTest::controlsFxForm);
        robot.interact(() -> stage.getScene().getRoot().applyCss());

        assertThat(cssWarnings()).noneMatch(message -> message.contains("Could not resolve"));
        assertThat(themes.theme()).isEqualTo(Theme.DARK);
    }

    @Test
    @DisplayName("without the bridge the same control leaves lookups unresolved (so the test above can fail)")
    void withoutBridgeLookupsFail(FxRobot robot) {
        robot.interact(() -> {
            new ThemeManager(Theme.LIGHT);
            javafx.scene.Scene scene = new javafx.scene.Scene(controlsFxForm(), 400, 300);
            stage.setScene(scene);
            stage.show();
        });
        robot.clickOn(".searchable-combo-box");
        robot.interact(() -> stage.getScene().getRoot().applyCss());

        assertThat(cssWarnings()).anyMatch(message -> message.contains("Could not resolve"));
    }
}
