package dev.gavel.app.stats;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;

import javax.imageio.ImageIO;

import dev.gavel.app.task.BackgroundTask;
import dev.gavel.app.task.UiExecutor;
import dev.gavel.core.UserFacingException;
import dev.gavel.core.stats.ReportTable;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Node;
import javafx.scene.SnapshotParameters;
import javafx.scene.image.WritableImage;
import javafx.stage.Window;

/**
 * Saves tables as CSV and charts as PNG where the moderator chooses. The file is written off the
 * JavaFX thread (the chart's snapshot is taken on it); the outcome is a sentence in
 * {@link #messageProperty()}.
 */
final class Exporter {

    private final UiExecutor ui;
    private final FileSaver saver;
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper(this, "message");

    Exporter(UiExecutor ui, FileSaver saver) {
        this.ui = Objects.requireNonNull(ui);
        this.saver = Objects.requireNonNull(saver);
    }

    /** "Saved …" or why saving failed; null before the first export. */
    ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    /** Asks where to save {@code table} and writes it as CSV (UTF-8, header row). */
    void saveCsv(Window owner, ReportTable table, String suggestedName) {
        Optional<Path> target = saver.choose(owner, "Save " + table.title() + " as CSV", suggestedName, FileSaver.FileType.CSV);
        if (target.isEmpty()) {
            return;
        }
        Path file = target.get();
        String csv = table.toCsv();
        write(file, () -> Files.writeString(file, csv, StandardCharsets.UTF_8));
    }

    /** Asks where to save a picture of {@code chart} (as it is drawn now) and writes it as PNG. */
    void savePng(Node chart, String title, String suggestedName) {
        Window owner = chart.getScene() == null ? null : chart.getScene().getWindow();
        Optional<Path> target = saver.choose(owner, "Save " + title + " as PNG", suggestedName, FileSaver.FileType.PNG);
        if (target.isEmpty()) {
            return;
        }
        Path file = target.get();
        WritableImage snapshot = chart.snapshot(new SnapshotParameters(), null);
        write(file, () -> {
            BufferedImage image = SwingFXUtils.fromFXImage(snapshot, null);
            if (!ImageIO.write(image, "png", file.toFile())) {
                throw new IOException("no PNG writer is installed");
            }
        });
    }

    private void write(Path file, FileWrite write) {
        message.set("Saving " + file.getFileName() + "…");
        ui.submit(BackgroundTask.<Path>of("Export " + file.getFileName(), progress -> {
                    write.run();
                    return file;
                })
                .onSuccess(saved -> message.set("Saved " + saved + "."))
                .onFailure(failure -> message.set(failure instanceof UserFacingException ? failure.getMessage()
                        : file + " could not be written (" + failure.getMessage() + "). Choose another folder or name.")));
    }

    @FunctionalInterface
    private interface FileWrite {
        void run() throws IOException;
    }
}
