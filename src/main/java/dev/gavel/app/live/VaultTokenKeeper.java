package dev.gavel.app.live;

import java.util.Optional;
import java.util.function.Supplier;

import dev.gavel.discord.TokenVault;

/**
 * The start screen's token kept by the runtime's {@link TokenVault}: the keychain where there is
 * one. The vault is made on first use (finding the keychain can take a moment), off the JavaFX thread.
 */
public final class VaultTokenKeeper implements TokenKeeper {

    private final Supplier<TokenVault> vaultMaker;
    private TokenVault vault;

    public VaultTokenKeeper(Supplier<TokenVault> vaultMaker) {
        this.vaultMaker = vaultMaker;
    }

    private synchronized TokenVault vault() {
        if (vault == null) {
            vault = vaultMaker.get();
        }
        return vault;
    }

    @Override
    public boolean canRemember() {
        return vault().isKeychainAvailable();
    }

    @Override
    public Optional<String> remembered() {
        return vault().find();
    }

    @Override
    public void remember(String token) {
        vault().remember(token);
    }

    @Override
    public void holdForThisRun(String token) {
        vault().hold(token);
    }
}
