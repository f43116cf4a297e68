package dev.gavel.app.shell;

import java.nio.file.Path;

/** What the About box shows. */
public record AboutInfo(String version, Path store, Path log, String javaVersion, String javafxVersion) {

    public String text() {
        return "Gavel " + version + "\n\n"
                + "Store: " + (store == null ? "none open" : store) + "\n"
                + "Log: " + log + "\n"
                + "Java: " + javaVersion + "\n"
                + "JavaFX: " + javafxVersion;
    }
}
