package dev.gavel.app.live;

import java.util.Optional;

/**
 * Where the start screen keeps the bot token: the operating system's keychain when there is one
 * (the "remember" box shows only then), otherwise in memory for this run only. Never on disk.
 */
public interface TokenKeeper {

    /** True when a keychain can keep the token between runs. May block on the keychain: call it off the JavaFX thread. */
    boolean canRemember();

    /** The token kept from an earlier run (or given by the environment), if any. May block on the keychain. */
    Optional<String> remembered();

    /** Keeps the token between runs. @throws dev.gavel.core.UserFacingException when the keychain refuses */
    void remember(String token);

    /** Keeps the token for this run only. */
    void holdForThisRun(String token);
}
