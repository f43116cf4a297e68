package dev.gavel.app.shell;

import java.util.HashMap;
import java.util.Map;

import javafx.scene.image.Image;

/**
 * Guild icons, loaded by JavaFX in the background (never blocking the window) and kept for the
 * console's run. An icon that cannot be loaded (offline, gone) stays an error image; the avatar
 * then shows the guild's letter.
 */
public final class GuildIcons {

    static final double SIZE = 64;

    private final Map<String, Image> images = new HashMap<>();

    /** The icon at {@code url}, loading in the background; call on the JavaFX thread. */
    public Image icon(String url) {
        return images.computeIfAbsent(url, address -> new Image(address, SIZE, SIZE, true, true, true));
    }
}
