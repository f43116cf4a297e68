package dev.gavel.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gavel.core.model.MessageStat;
import dev.gavel.core.model.RecorderSession;
import dev.gavel.discord.DiscordEndpoints;
import dev.gavel.discord.TokenVault;
import dev.gavel.discord.fake.FakeChannel;
import dev.gavel.discord.fake.FakeDiscord;
import dev.gavel.discord.fake.FakeDiscordExtension;
import dev.gavel.discord.fake.FakeGuild;
import dev.gavel.discord.fake.FakeMessage;
import dev.gavel.discord.fake.FakeUser;
import dev.gavel.store.MessageStatsDao;
import dev.gavel.store.SessionDao;
import dev.gavel.store.Store;
import dev.gavel.store.StoreCheck;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.BooleanSupplier;
import java.util.stream.Collectors;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code gavel bot} as its own JVM against the fake Discord in this one: killed with SIGKILL in the
 * middle of a stream of messages, it loses no committed row, leaves a store that passes its
 * integrity check, and once restarted backfills every message the fake sent; SIGTERM stops it with
 * exit code 0 and a closed session.
 */
@ExtendWith(FakeDiscordExtension.class)
class BotProcessCrashTest {

    private static final Duration WAIT = Duration.ofSeconds(40);

    @TempDir
    Path dir;

    @Test
    @DisplayName("SIGKILL mid-stream loses no committed row; a restart backfills everything; SIGTERM exits 0")
    void killAndRestart(FakeDiscord fake) throws Exception {
        FakeGuild guild = fake.addGuild("Reactiflux");
        FakeChannel general = guild.addTextChannel("general");
        FakeChannel random = guild.addTextChannel("random");
        FakeUser alice = fake.addUser("alice");
        guild.addMember(alice);
        Path db = dir.resolve("gavel.db");
        String guildId = Long.toString(guild.id());

        Process first = startBot(fake, db, dir.resolve("bot-1.out"));
        List<FakeMessage> pushed = new CopyOnWriteArrayList<>();
        Set<String> committedBeforeKill;
        try {
            awaitOutput(dir.resolve("bot-1.out"), "Connected as", first);
            AtomicBoolean pushing = new AtomicBoolean(true);
            Thread pusher = new Thread(() -> {
                for (int i = 0; i < 5_000 && pushing.get(); i++) {
                    pushed.add(fake.pushMessage(i % 2 == 0 ? general : random, alice, "message " + i + " `code` https://x.dev"));
                    sleep(2);
                }
            }, "pusher");
            pusher.start();
            await(() -> committedIds(db, guildId).size() >= 100, () -> "100 committed rows", first);
            committedBeforeKill = committedIds(db, guildId);
            first.destroyForcibly();
            assertThat(first.waitFor(WAIT.toSeconds(), TimeUnit.SECONDS)).isTrue();
            int atKill = pushed.size();
            await(() -> pushed.size() >= atKill + 100, () -> "100 more messages pushed while the bot is down", pusher);
            pushing.set(false);
            pusher.join(WAIT.toMillis());
        } finally {
            first.destroyForcibly();
        }

        StoreCheck.Report afterKill = StoreCheck.run(db);
        assertThat(afterKill.integrityProblems()).isEmpty();
        assertThat(committedIds(db, guildId)).containsAll(committedBeforeKill);
        assertThat(pushed.size()).isGreaterThan(committedBeforeKill.size());

        Process second = startBot(fake, db, dir.resolve("bot-2.out"));
        try {
            Set<String> expected = pushed.stream().map(message -> Long.toString(message.id())).collect(Collectors.toSet());
            await(() -> committedIds(db, guildId).equals(expected), () -> "every pushed message (" + expected.size()
                    + ") recorded; have " + committedIds(db, guildId).size(), second);
            second.destroy();
            assertThat(second.waitFor(WAIT.toSeconds(), TimeUnit.SECONDS)).isTrue();
            assertThat(second.exitValue()).as("exit code after SIGTERM; output:%n%s", read(dir.resolve("bot-2.out"))).isZero();
        } finally {
            second.destroyForcibly();
        }

        List<RecorderSession> sessions;
        try (Store store = Store.openReadOnly(db)) {
            sessions = store.read(SessionDao.class, SessionDao::listAll);
        }
        assertThat(sessions).hasSize(2);
        assertThat(sessions.get(0).endedAt()).as("the killed session never closed").isNull();
        assertThat(sessions.get(0).expires()).isAfterOrEqualTo(sessions.get(0).startedAt());
        assertThat(sessions.get(1).endedAt()).as("the session SIGTERM ended").isNotNull();
        assertThat(StoreCheck.run(db).healthy()).isTrue();
        assertThat(read(dir.resolve("bot-2.out"))).contains("Stopping the bot").doesNotContain(fake.token());
    }

    private Process startBot(FakeDiscord fake, Path db, Path output) throws IOException {
        ProcessBuilder builder = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx256m", "-cp", System.getProperty("java.class.path"), "dev.gavel.Gavel", "bot", "--db", db.toString());
        builder.environment().put(TokenVault.ENVIRONMENT_VARIABLE, fake.token());
        builder.environment().put(DiscordEndpoints.API_VARIABLE, fake.restBaseUrl());
        builder.environment().put(DiscordEndpoints.GATEWAY_VARIABLE, fake.gatewayUrl());
        builder.environment().put("GAVEL_HOME", dir.resolve("home").toString());
        builder.redirectErrorStream(true).redirectOutput(output.toFile());
        return builder.start();
    }

    private static Set<String> committedIds(Path db, String guildId) {
        try (Store store = Store.openReadOnly(db)) {
            List<MessageStat> rows = store.read(MessageStatsDao.class, dao -> dao.listBetween(guildId, 0, Long.MAX_VALUE));
            return rows.stream().map(MessageStat::messageId).collect(Collectors.toCollection(HashSet::new));
        } catch (RuntimeException notYet) {
            return Set.of();
        }
    }

    private static void awaitOutput(Path output, String text, Process process) {
        await(() -> read(output).contains(text), () -> "\"" + text + "\" in the bot's output:\n" + read(output), process);
    }

    private static void await(BooleanSupplier condition, java.util.function.Supplier<String> what, Thread thread) {
        long deadline = System.nanoTime() + WAIT.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline || !thread.isAlive()) {
                throw new AssertionError("Timed out waiting for " + what.get());
            }
            sleep(20);
        }
    }

    private static void await(BooleanSupplier condition, java.util.function.Supplier<String> what, Process process) {
        long deadline = System.nanoTime() + WAIT.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline || !process.isAlive()) {
                throw new AssertionError((process.isAlive() ? "Timed out waiting for " : "The bot exited while waiting for ")
                        + what.get());
            }
            sleep(50);
        }
    }

    private static String read(Path file) {
        try {
            return Files.exists(file) ? Files.readString(file) : "";
        } catch (IOException e) {
            return "(unreadable: " + e + ")";
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
