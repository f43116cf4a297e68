package dev.gavel.app.live;

import java.util.Optional;

import dev.gavel.core.UserFacingException;

/** Keeps the token in memory for this run only: where there is no keychain. */
public final class MemoryTokenKeeper implements TokenKeeper {

    private volatile String held;

    @Override
    public boolean canRemember() {
        return false;
    }

    @Override
    public Optional<String> remembered() {
        return Optional.ofNullable(held);
    }

    @Override
    public void remember(String token) {
        throw new UserFacingException("No keychain is available here, so the token cannot be remembered between runs.");
    }

    @Override
    public void holdForThisRun(String token) {
        held = token;
    }
}
