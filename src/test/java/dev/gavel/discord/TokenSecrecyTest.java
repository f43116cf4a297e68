package dev.gavel.discord;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.encoder.PatternLayoutEncoder;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.FileAppender;
import dev.gavel.discord.fake.Emoji;
import dev.gavel.discord.fake.FakeChannel;
import dev.gavel.discord.fake.FakeDiscord;
import dev.gavel.discord.fake.FakeDiscordExtension;
import dev.gavel.discord.fake.FakeGuild;
import dev.gavel.discord.fake.FakeMessage;
import dev.gavel.discord.fake.FakeUser;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.LoggerFactory;

/** The bot token never reaches the store, a log, the console output, an exception message or a thread name. */
@ExtendWith(FakeDiscordExtension.class)
class TokenSecrecyTest {

    @TempDir
    Path dir;

    @Test
    @DisplayName("a whole session (and a failed login) leaves no trace of the token in the store, the log file or stdout/stderr")
    void tokenLeavesNoTrace(FakeDiscord fake) throws Exception {
        FakeGuild guild = fake.addGuild("Reactiflux");
        FakeChannel general = guild.addTextChannel("general");
        FakeUser alice = fake.addUser("alice");
        guild.addMember(alice);
        general.addMessage(alice, "history to backfill");
        String token = fake.token();
        String wrongToken = "wrong-" + token;
        Path logFile = dir.resolve("logs").resolve("gavel.log");
        LoggerContext context = (LoggerContext) LoggerFactory.getILoggerFactory();
        Logger gavelLogger = context.getLogger("dev.gavel");
        Level previousLevel = gavelLogger.getLevel();
        FileAppender<ILoggingEvent> file = fileAppender(context, logFile);
        Logger root = context.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
        PrintStream realOut = System.out;
        PrintStream realErr = System.err;
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        List<String> texts = new ArrayList<>();
        root.addAppender(file);
        gavelLogger.setLevel(Level.DEBUG);
        System.setOut(new PrintStream(new Tee(realOut, captured), true, StandardCharsets.UTF_8));
        System.setErr(new PrintStream(new Tee(realErr, captured), true, StandardCharsets.UTF_8));
        try (RuntimeHarness harness = new RuntimeHarness(fake, dir.resolve("gavel.db"))) {
            BotRuntime refused = harness.newRuntime(RuntimeHarness.FAST);
            Throwable failure = catchThrowable(() -> RuntimeHarness.join(refused.start(wrongToken)));
            assertThat(failure).isInstanceOf(LoginFailure.class);
            texts.add(describe(failure));

            harness.start();
            FakeMessage message = fake.pushMessage(general, alice, "hello");
            harness.awaitRow(message);
            fake.pushReactionAdd(message, alice, Emoji.unicode("👍"));
            harness.awaitRow(message, row -> row.reactCount() == 1, "the reaction");
            fake.gateway().dropConnections();
            fake.gateway().awaitResumes(1, RuntimeHarness.WAIT);
            texts.add(harness.runtime().status().toString());
            Thread.getAllStackTraces().keySet().forEach(thread -> texts.add(thread.getName()));
            byte[] storeBytes = Files.readAllBytes(harness.storeFile);
            Path wal = harness.storeFile.resolveSibling(harness.storeFile.getFileName() + "-wal");
            byte[] walBytes = Files.exists(wal) ? Files.readAllBytes(wal) : new byte[0];
            assertThat(contains(storeBytes, token)).as("the store file holds the token").isFalse();
            assertThat(contains(walBytes, token)).as("the write-ahead log holds the token").isFalse();
            harness.stop();
        } finally {
            System.setOut(realOut);
            System.setErr(realErr);
            root.detachAppender(file);
            file.stop();
            gavelLogger.setLevel(previousLevel);
        }
        String log = Files.readString(logFile);
        assertThat(log).contains("Connected as Gavel").contains("Stopping the bot");
        for (String secret : List.of(token, wrongToken)) {
            assertThat(log).doesNotContain(secret);
            assertThat(captured.toString(StandardCharsets.UTF_8)).doesNotContain(secret);
            assertThat(texts).noneMatch(text -> text.contains(secret));
        }
        try (var files = Files.list(dir)) {
            for (Path path : files.filter(Files::isRegularFile).toList()) {
                assertThat(contains(Files.readAllBytes(path), token)).as("%s holds the token", path).isFalse();
            }
        }
    }

    @Test
    @DisplayName("the vault prefers GAVEL_TOKEN, then the token held in memory; without a keychain remembering is refused")
    void vaultWithoutKeychain() {
        TokenVault fromEnvironment = new TokenVault(null, Map.of(TokenVault.ENVIRONMENT_VARIABLE, " env-token "));
        fromEnvironment.hold("held-token");
        assertThat(fromEnvironment.find()).contains("env-token");

        TokenVault inMemory = new TokenVault(null, Map.of());
        assertThat(inMemory.isKeychainAvailable()).isFalse();
        assertThat(inMemory.find()).isEmpty();
        inMemory.hold("held-token");
        assertThat(inMemory.find()).contains("held-token");
        Throwable refused = catchThrowable(() -> inMemory.remember("held-token"));
        assertThat(refused).hasMessageContaining("No keychain is available").hasMessageNotContaining("held-token");
        inMemory.forget();
        assertThat(inMemory.find()).isEmpty();
    }

    @Test
    @DisplayName("with a keychain the vault keeps the token there and forgets it on request")
    void vaultWithKeychain() {
        List<String> kept = new ArrayList<>();
        TokenVault.Keychain keychain = new TokenVault.Keychain() {
            @Override
            public java.util.Optional<String> read() {
                return kept.stream().findFirst();
            }

            @Override
            public void write(String token) {
                kept.clear();
                kept.add(token);
            }

            @Override
            public void delete() {
                kept.clear();
            }
        };
        TokenVault vault = new TokenVault(keychain, Map.of());
        vault.remember("  kept-token ");
        assertThat(kept).containsExactly("kept-token");
        assertThat(new TokenVault(keychain, Map.of()).find()).contains("kept-token");
        vault.forget();
        assertThat(new TokenVault(keychain, Map.of()).find()).isEmpty();
    }

    private static FileAppender<ILoggingEvent> fileAppender(LoggerContext context, Path logFile) {
        PatternLayoutEncoder encoder = new PatternLayoutEncoder();
        encoder.setContext(context);
        encoder.setPattern("%d %-5level [%thread] %logger - %msg%n%ex");
        encoder.start();
        FileAppender<ILoggingEvent> file = new FileAppender<>();
        file.setContext(context);
        file.setName("token-secrecy-file");
        file.setFile(logFile.toString());
        file.setEncoder(encoder);
        file.start();
        return file;
    }

    private static String describe(Throwable failure) {
        StringBuilder text = new StringBuilder();
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            text.append(cause).append('\n');
        }
        return text.toString();
    }

    private static boolean contains(byte[] haystack, String needle) {
        byte[] bytes = needle.getBytes(StandardCharsets.UTF_8);
        outer:
        for (int i = 0; i <= haystack.length - bytes.length; i++) {
            for (int j = 0; j < bytes.length; j++) {
                if (haystack[i + j] != bytes[j]) {
                    continue outer;
                }
            }
            return true;
        }
        return false;
    }

    /** Writes to the real stream and to a capture. */
    private static final class Tee extends java.io.OutputStream {
        private final PrintStream real;
        private final ByteArrayOutputStream copy;

        Tee(PrintStream real, ByteArrayOutputStream copy) {
            this.real = real;
            this.copy = copy;
        }

        @Override
        public synchronized void write(int b) throws IOException {
            real.write(b);
            copy.write(b);
        }

        @Override
        public synchronized void write(byte[] b, int off, int len) throws IOException {
            real.write(b, off, len);
            copy.write(b, off, len);
        }
    }
}
