package dev.gavel.app.start;

import java.nio.file.Path;

/** A store opened before, and whether its file is still there. */
public record RecentStore(Path path, boolean exists) {

    public String name() {
        Path name = path.getFileName();
        return name == null ? path.toString() : name.toString();
    }
}
