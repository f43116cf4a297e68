package dev.gavel.core;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;

/**
 * Where Gavel keeps the user's files: the store, the console's settings and the logs, in the
 * operating system's per-user folders (never the install folder). {@code GAVEL_HOME} puts all
 * three under one folder, for portable use and for tests.
 */
public record AppPaths(Path dataDir, Path configDir, Path logDir) {

    public static final String STORE_FILE_NAME = "gavel.db";

    public Path defaultStore() {
        return dataDir.resolve(STORE_FILE_NAME);
    }

    public static AppPaths forCurrentUser() {
        return resolve(System.getProperty("os.name", ""), System.getenv(), Path.of(System.getProperty("user.home")));
    }

    static AppPaths resolve(String osName, Map<String, String> env, Path home) {
        String gavelHome = env.get("GAVEL_HOME");
        if (isSet(gavelHome)) {
            Path root = Path.of(gavelHome);
            return new AppPaths(root, root, root.resolve("logs"));
        }
        String os = osName.toLowerCase(Locale.ROOT);
        if (os.startsWith("windows")) {
            Path roaming = isSet(env.get("APPDATA")) ? Path.of(env.get("APPDATA")) : home.resolve("AppData").resolve("Roaming");
            Path local = isSet(env.get("LOCALAPPDATA")) ? Path.of(env.get("LOCALAPPDATA")) : home.resolve("AppData").resolve("Local");
            return new AppPaths(roaming.resolve("Gavel"), roaming.resolve("Gavel"), local.resolve("Gavel").resolve("logs"));
        }
        if (os.startsWith("mac")) {
            Path support = home.resolve("Library").resolve("Application Support").resolve("Gavel");
            return new AppPaths(support, support, home.resolve("Library").resolve("Logs").resolve("Gavel"));
        }
        Path data = xdg(env, "XDG_DATA_HOME", home.resolve(".local").resolve("share"));
        Path config = xdg(env, "XDG_CONFIG_HOME", home.resolve(".config"));
        Path state = xdg(env, "XDG_STATE_HOME", home.resolve(".local").resolve("state"));
        return new AppPaths(data.resolve("gavel"), config.resolve("gavel"), state.resolve("gavel").resolve("logs"));
    }

    private static Path xdg(Map<String, String> env, String variable, Path fallback) {
        String value = env.get(variable);
        // The XDG spec says relative values are invalid and must be ignored.
        return isSet(value) && Path.of(value).isAbsolute() ? Path.of(value) : fallback;
    }

    private static boolean isSet(String value) {
        return value != null && !value.isBlank();
    }
}
