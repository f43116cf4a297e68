package dev.gavel.app.start;

import java.awt.Desktop;
import java.net.URI;

/** Where the bot setup guide is, and how to open it in the user's browser. */
public final class SetupGuide {

    /** Opens an address in the user's browser; false when this system offers no way to. */
    @FunctionalInterface
    public interface Browser {
        boolean browse(URI address) throws Exception;
    }

    private final URI address;
    private final Browser browser;

    public SetupGuide(URI address, Browser browser) {
        this.address = address;
        this.browser = browser;
    }

    public URI address() {
        return address;
    }

    /** Opens the guide; blocks while the browser starts, so call it off the JavaFX thread. */
    public boolean open() throws Exception {
        return browser.browse(address);
    }

    /** The desktop's browser through AWT, where the platform supports it (not in a headless JVM). */
    public static Browser desktopBrowser() {
        return address -> {
            if (!Desktop.isDesktopSupported() || !Desktop.getDesktop().isSupported(Desktop.Action.BROWSE)) {
                return false;
            }
            Desktop.getDesktop().browse(address);
            return true;
        };
    }
}
