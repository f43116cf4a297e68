package dev.gavel.app.stats;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

import javax.imageio.ImageIO;

import atlantafx.base.theme.PrimerDark;
import atlantafx.base.theme.PrimerLight;
import dev.gavel.app.task.FxUiExecutor;
import javafx.application.Application;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Scene;
import javafx.scene.image.WritableImage;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxToolkit;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Renders every tab of the statistics page on a demo store, light and dark, to
 * {@code target/screenshots/statistics-<tab>-<theme>.png}: the images the docs and the
 * coordinator look at, and a check that each tab draws with data in both themes.
 */
@ExtendWith(ApplicationExtension.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class StatisticsScreenshotsTest {

    private DemoGuild demo;
    private FxUiExecutor ui;

    @BeforeAll
    void createDemo(@TempDir Path dir) {
        demo = DemoGuild.create(dir);
        ui = new FxUiExecutor(2);
    }

    @AfterAll
    void close() {
        ui.close();
        demo.close();
    }

    @Test
    @DisplayName("every tab renders with data, light and dark, to PNG")
    void screenshots() throws Exception {
        Path folder = Path.of("target", "screenshots");
        Files.createDirectories(folder);
        for (String theme : new String[] {"light", "dark"}) {
            for (StatisticsTab tab : StatisticsTab.values()) {
                Path file = folder.resolve("statistics-" + tab.name().toLowerCase() + "-" + theme + ".png");
                render(theme, tab, file);
                BufferedImage image = ImageIO.read(file.toFile());
                assertThat(image.getWidth()).isEqualTo(1280);
                assertThat(image.getHeight()).isEqualTo(800);
            }
        }
    }

    private void render(String theme, StatisticsTab tab, Path file) throws Exception {
        Clock clock = Clock.fixed(Instant.parse(DemoGuild.NOON_ON_LAST_DAY), ZoneOffset.UTC);
        WritableImage[] image = new WritableImage[2];
        StatisticsPage[] page = new StatisticsPage[1];
        FxToolkit.setupFixture(() -> {
            Application.setUserAgentStylesheet(theme.equals("light") ? new PrimerLight().getUserAgentStylesheet()
                    : new PrimerDark().getUserAgentStylesheet());
            page[0] = StatisticsPages.statistics(ui, clock, (owner, title, name, type) -> Optional.empty());
            Stage stage = new Stage();
            stage.setScene(new Scene((javafx.scene.Parent) page[0].root(), 1280, 800));
            stage.show();
            page[0].model().range().choose(RangePreset.LAST_90_DAYS);
            page[0].open(demo.scope());
            if (tab == StatisticsTab.MEMBER) {
                page[0].model().openMember(new dev.gavel.core.stats.ActivityReader.AuthorName(
                        demo.statistics.topParticipants(page[0].model().requestProperty().get()).participants().get(0).authorId(),
                        demo.statistics.topParticipants(page[0].model().requestProperty().get()).participants().get(0).name()));
            }
            page[0].showTab(tab);
        });
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> ui.runningProperty().get() == 0 && !page[0].model().loadingProperty().get());
        WaitForAsyncUtils.waitForFxEvents();
        FxToolkit.setupFixture(() -> {
            StatisticsViewModel model = page[0].model();
            assertThat(model.errorProperty().get()).isNull();
            Object shown = switch (tab) {
                case OVERVIEW -> model.overview().report();
                case TOP -> model.top().reportProperty().get();
                case MEMBER -> model.member().data();
                case BENCHMARKS -> model.cohort().report();
            };
            assertThat(shown).as("%s loaded before the picture", tab).isNotNull();
            image[0] = page[0].root().getScene().getRoot().snapshot(null, null);
            if (page[0].tabs().getSelectionModel().getSelectedItem().getContent() instanceof javafx.scene.control.ScrollPane scroll) {
                image[1] = scroll.getContent().snapshot(null, null);
            }
            page[0].close();
            ((Stage) page[0].root().getScene().getWindow()).close();
        });
        ImageIO.write(SwingFXUtils.fromFXImage(image[0], null), "png", file.toFile());
        if (image[1] != null) {
            ImageIO.write(SwingFXUtils.fromFXImage(image[1], null), "png",
                    file.resolveSibling(file.getFileName().toString().replace(".png", "-full.png")).toFile());
        }
    }
}
