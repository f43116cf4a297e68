package dev.gavel.discord;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import dev.gavel.core.metrics.MessageMetricsCalculator;
import dev.gavel.discord.fake.FakeChannel;
import dev.gavel.discord.fake.FakeDiscord;
import dev.gavel.discord.fake.FakeDiscordExtension;
import dev.gavel.discord.fake.FakeGuild;
import dev.gavel.discord.fake.FakeUser;
import dev.gavel.discord.fake.RestCall;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import net.dv8tion.jda.api.JDA;
import net.dv8tion.jda.api.events.message.MessageReceivedEvent;
import net.dv8tion.jda.api.hooks.ListenerAdapter;
import net.dv8tion.jda.api.interactions.commands.build.CommandData;
import net.dv8tion.jda.api.interactions.commands.build.Commands;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/** What the console and later features see of the runtime: status, features, cancel, the end of a session. */
@ExtendWith(FakeDiscordExtension.class)
class BotRuntimeLifecycleTest {

    @TempDir
    Path dir;

    @Test
    @DisplayName("listeners see connecting, connected with the guilds and events, then offline; features plug in listeners and commands")
    void statusAndFeatures(FakeDiscord fake) throws Exception {
        FakeGuild guild = fake.addGuild("Reactiflux");
        FakeChannel general = guild.addTextChannel("general");
        FakeUser alice = fake.addUser("alice");
        guild.addMember(alice);
        List<String> featureCalls = new CopyOnWriteArrayList<>();
        RuntimeFeature feature = new RuntimeFeature() {
            @Override
            public String name() {
                return "probe";
            }

            @Override
            public List<Object> listeners() {
                return List.of(new ListenerAdapter() {
                    @Override
                    public void onMessageReceived(MessageReceivedEvent event) {
                        featureCalls.add("message " + event.getMessage().getContentRaw());
                    }
                });
            }

            @Override
            public List<CommandData> guildCommands() {
                return List.of(Commands.message("Track"), Commands.slash("tickets-channel", "Post a ticket panel"));
            }

            @Override
            public void connected(JDA jda) {
                featureCalls.add("connected");
            }

            @Override
            public void stopping() {
                featureCalls.add("stopping");
            }
        };
        List<RuntimeStatus> seen = new CopyOnWriteArrayList<>();
        try (var store = dev.gavel.store.Store.open(dir.resolve("gavel.db"))) {
            BotRuntime runtime = new BotRuntime(store, new JdaFactory(fake.endpoints()), RuntimeHarness.FAST, List.of(feature),
                    new MessageMetricsCalculator(), Clock.systemUTC());
            runtime.addListener(seen::add);
            RuntimeHarness.join(runtime.start(fake.token()));
            RestCall commands = fake.rest().awaitCall("PUT", "/applications/{application_id}/guilds/{guild_id}/commands",
                    RuntimeHarness.WAIT);
            fake.pushMessage(general, alice, "hello");
            RuntimeHarness.await(() -> featureCalls.contains("message hello"), () -> "the feature's listener: " + featureCalls);
            RuntimeHarness.await(() -> seen.stream().anyMatch(status -> status.connection() == ConnectionState.CONNECTED
                    && status.eventsRecorded() > 0 && !status.guilds().isEmpty()), () -> "a connected status: " + seen);
            runtime.stop();

            assertThat(commands.path()).contains(Long.toString(guild.id()));
            assertThat(commands.json().findValuesAsText("name")).contains("Track", "tickets-channel");
            assertThat(featureCalls).startsWith("connected").endsWith("stopping");
            assertThat(seen.get(seen.size() - 1).connection()).isEqualTo(ConnectionState.OFFLINE);
            assertThat(seen.get(seen.size() - 1).guilds()).isEmpty();
            assertThat(seen).extracting(RuntimeStatus::guilds).anySatisfy(guilds ->
                    assertThat(guilds).extracting(GuildSummary::name).containsExactly("Reactiflux"));
            assertThat(runtime.terminated()).isCompleted();
        }
    }

    @Test
    @DisplayName("a backfill can be cancelled; the next connect goes on from where it stopped")
    void cancelBackfill(FakeDiscord fake) {
        FakeGuild guild = fake.addGuild("Reactiflux");
        FakeChannel general = guild.addTextChannel("general");
        FakeUser alice = fake.addUser("alice");
        guild.addMember(alice);
        for (int i = 0; i < 350; i++) {
            general.addMessage(alice, "history " + i, Instant.now().minusSeconds(1000 - i));
        }
        fake.rest().rateLimitNext("GET", "/channels/{channel_id}/messages", 2, 1);
        Path file = dir.resolve("gavel.db");
        try (RuntimeHarness first = new RuntimeHarness(fake, file)) {
            BotRuntime runtime = first.start();
            runtime.cancelBackfill();
            first.awaitIdle();
            BackfillProgress progress = runtime.status().backfill();
            assertThat(progress.cancelled()).isTrue();
            assertThat(first.rowCount(guild.id())).isLessThan(350);
        }
        try (RuntimeHarness second = new RuntimeHarness(fake, file)) {
            second.start();
            second.awaitRowCount(guild.id(), 350);
        }
    }

    @Test
    @DisplayName("Discord ending the session for good (close code 4004 after connecting) stops the runtime with the reason")
    void endedByDiscord(FakeDiscord fake) throws Exception {
        fake.addGuild("Reactiflux");
        fake.jdaLogs().expect("cannot be recovered due to identification issues");
        try (RuntimeHarness harness = new RuntimeHarness(fake, dir.resolve("gavel.db"))) {
            BotRuntime runtime = harness.start();
            fake.gateway().close(4004, "Authentication failed.");

            Throwable ended = catchThrowable(() -> runtime.terminated().get(RuntimeHarness.WAIT.toSeconds(), TimeUnit.SECONDS));
            assertThat(ended).isInstanceOf(ExecutionException.class).cause().isInstanceOf(LoginFailure.class)
                    .hasMessageContaining("rejected the bot token");
            assertThat(runtime.status().connection()).isEqualTo(ConnectionState.OFFLINE);
            assertThat(runtime.status().reason()).contains("rejected the bot token");
        }
    }

    @Test
    @DisplayName("a wrong token fails the start with a LoginFailure and leaves the runtime offline")
    void wrongToken(FakeDiscord fake) {
        fake.addGuild("Reactiflux");
        try (var store = dev.gavel.store.Store.open(dir.resolve("gavel.db"))) {
            BotRuntime runtime = new BotRuntime(store, new JdaFactory(fake.endpoints()), RuntimeHarness.FAST, List.of(),
                    new MessageMetricsCalculator(), Clock.systemUTC());
            Throwable failure = catchThrowable(() -> RuntimeHarness.join(runtime.start("not-the-token")));
            assertThat(failure).isInstanceOf(LoginFailure.class);
            assertThat(((LoginFailure) failure).kind()).isEqualTo(LoginFailure.Kind.INVALID_TOKEN);
            RuntimeHarness.await(() -> runtime.terminated().isDone(), () -> "the runtime stopped");
            assertThat(runtime.status().connection()).isEqualTo(ConnectionState.OFFLINE);
            assertThat(runtime.status().reason()).contains("rejected the bot token");
        }
    }
}
