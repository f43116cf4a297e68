package dev.gavel.discord;

import com.github.javakeyring.Keyring;
import com.github.javakeyring.PasswordAccessException;
import dev.gavel.core.UserFacingException;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Where the bot token lives: in the operating system's keychain (Windows Credential Manager, macOS
 * Keychain, the Secret Service on Linux) when one is available and unlocked; else only in memory
 * for this run, or in the {@value #ENVIRONMENT_VARIABLE} environment variable. Never on disk in
 * clear text, never in the store, a log line or an exception message.
 */
public final class TokenVault {

    public static final String ENVIRONMENT_VARIABLE = "GAVEL_TOKEN";
    static final String SERVICE = "Gavel";
    static final String ACCOUNT = "discord-bot-token";

    private static final Logger log = LoggerFactory.getLogger(TokenVault.class);

    /** A place that keeps one secret across runs. */
    public interface Keychain {
        /** The kept token; empty when none is kept. */
        Optional<String> read();

        void write(String token);

        void delete();
    }

    private final Keychain keychain;
    private final Map<String, String> environment;
    private volatile String held;

    /**
     * @param keychain    the keychain, or null where none is available
     * @param environment the process's environment ({@code System.getenv()})
     */
    public TokenVault(Keychain keychain, Map<String, String> environment) {
        this.keychain = keychain;
        this.environment = Map.copyOf(environment);
    }

    /** A vault over the operating system's keychain, or without one when it is missing or locked. */
    public static TokenVault withSystemKeychain(Map<String, String> environment) {
        return new TokenVault(SystemKeychain.open().orElse(null), environment);
    }

    public boolean isKeychainAvailable() {
        return keychain != null;
    }

    /**
     * The token to connect with: {@value #ENVIRONMENT_VARIABLE} when set, else the one held for this
     * run, else the one kept in the keychain.
     */
    public Optional<String> find() {
        String fromEnvironment = environment.get(ENVIRONMENT_VARIABLE);
        if (fromEnvironment != null && !fromEnvironment.isBlank()) {
            return Optional.of(fromEnvironment.strip());
        }
        if (held != null) {
            return Optional.of(held);
        }
        return keychain == null ? Optional.empty() : keychain.read();
    }

    /** Keeps the token in memory for this run only. */
    public void hold(String token) {
        this.held = token == null || token.isBlank() ? null : token.strip();
    }

    /**
     * Keeps the token in the keychain for later runs (and holds it for this one).
     *
     * @throws UserFacingException when there is no keychain or it refuses
     */
    public void remember(String token) {
        if (token == null || token.isBlank()) {
            throw new UserFacingException("The bot token is empty; paste the token from the Bot page of your application.");
        }
        if (keychain == null) {
            throw new UserFacingException("No keychain is available (on Linux: an unlocked Secret Service such as"
                    + " GNOME Keyring), so the token cannot be remembered. Set " + ENVIRONMENT_VARIABLE
                    + " instead, e.g. from a file only you can read.");
        }
        keychain.write(token.strip());
        hold(token);
    }

    /** Removes the token from the keychain and from memory. */
    public void forget() {
        held = null;
        if (keychain != null) {
            keychain.delete();
        }
    }

    /** The operating system's keychain through java-keyring. */
    static final class SystemKeychain implements Keychain {

        private final Keyring keyring;

        private SystemKeychain(Keyring keyring) {
            this.keyring = keyring;
        }

        /** The keychain, or empty when there is none or it cannot be used (java-keyring throws several kinds). */
        static Optional<Keychain> open() {
            try {
                Keyring keyring = Keyring.create();
                SystemKeychain keychain = new SystemKeychain(keyring);
                keychain.probe();
                return Optional.of(keychain);
            } catch (Exception | LinkageError e) {
                log.info("No usable keychain ({}); the token is read from {} or held in memory only",
                        e.getClass().getSimpleName(), ENVIRONMENT_VARIABLE);
                return Optional.empty();
            }
        }

        /**
         * Fails when the keychain cannot be reached (no Secret Service, a locked one that throws);
         * java-keyring's own "cannot read this entry" (a missing entry) means the keychain answered.
         */
        private void probe() throws Exception {
            try {
                keyring.getPassword(SERVICE, ACCOUNT);
            } catch (PasswordAccessException answered) {
                log.debug("The keychain answered the probe: {}", answered.getClass().getSimpleName());
            }
        }

        @Override
        public Optional<String> read() {
            try {
                return Optional.ofNullable(keyring.getPassword(SERVICE, ACCOUNT)).filter(token -> !token.isBlank());
            } catch (PasswordAccessException noEntry) {
                return Optional.empty();
            } catch (Exception e) {
                log.warn("The keychain could not be read ({})", e.getClass().getSimpleName());
                return Optional.empty();
            }
        }

        @Override
        public void write(String token) {
            try {
                keyring.setPassword(SERVICE, ACCOUNT, token);
            } catch (Exception e) {
                throw new UserFacingException("The keychain refused to keep the token (" + e.getClass().getSimpleName()
                        + "). Unlock it and try again, or set " + ENVIRONMENT_VARIABLE + " instead.");
            }
        }

        @Override
        public void delete() {
            try {
                keyring.deletePassword(SERVICE, ACCOUNT);
            } catch (Exception e) {
                log.info("No token was removed from the keychain ({})", e.getClass().getSimpleName());
            }
        }
    }
}
