package dev.gavel.app.live;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import dev.gavel.app.session.GuildDirectory;
import dev.gavel.app.session.OpenStore;
import dev.gavel.app.support.DemoFixture;
import dev.gavel.app.task.DirectUiExecutor;
import dev.gavel.core.UserFacingException;
import dev.gavel.core.metrics.MessageMetricsCalculator;
import dev.gavel.core.model.ChannelInfo;
import dev.gavel.core.model.Role;
import dev.gavel.discord.JdaFactory;
import dev.gavel.discord.LoginFailure;
import dev.gavel.discord.RuntimeSettings;
import dev.gavel.discord.fake.FakeChannel;
import dev.gavel.discord.fake.FakeDiscord;
import dev.gavel.discord.fake.FakeDiscordExtension;
import dev.gavel.discord.fake.FakeGuild;
import dev.gavel.discord.fake.FakeUser;
import dev.gavel.discord.fake.Permissions;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/** The console's live mode through the real runtime and JDA, against the fake Discord on 127.0.0.1. */
@ExtendWith(FakeDiscordExtension.class)
class RuntimeConnectorTest {

    private static final RuntimeSettings FAST = RuntimeSettings.DEFAULT.withSessionRefresh(Duration.ofMillis(200))
            .withLoginTimeout(Duration.ofSeconds(20));

    @TempDir
    Path dir;

    private static RuntimeConnector connector(FakeDiscord fake) {
        return new RuntimeConnector(new JdaFactory(fake.endpoints()), FAST, new MessageMetricsCalculator(), Clock.systemUTC(),
                new DirectUiExecutor());
    }

    @Test
    @DisplayName("connecting records into the store; the status, guilds, channels, roles and the bot's permissions come live")
    void connects(FakeDiscord fake) throws Exception {
        FakeGuild guild = fake.addGuild("Reactiflux");
        FakeChannel modLog = guild.addTextChannel("mod-log");
        FakeChannel announcements = guild.addTextChannel("announcements");
        announcements.overwrite(guild.botRole(), 0, Permissions.SEND_MESSAGES);
        guild.addRole("Moderators", Permissions.KICK_MEMBERS);
        FakeUser author = fake.addUser("ada");
        guild.addMember(author);

        OpenStore store = DemoFixture.open(dir.resolve("gavel.db"));
        LiveConnection live = connector(fake).connect(store, fake.token());
        try {
            List<ConnectionStatus> seen = new ArrayList<>();
            live.onStatus(seen::add);
            ConnectionStatus status = live.status();
            assertThat(status.state()).isEqualTo(ConnectionStatus.State.CONNECTED);
            assertThat(status.guilds()).extracting(LiveGuild::name).containsExactly("Reactiflux");
            assertThat(live.botName()).isEqualTo(fake.bot().username());

            GuildDirectory directory = live.directory();
            String guildId = Long.toString(guild.id());
            assertThat(directory.checksPermissions()).isTrue();
            assertThat(directory.channels(guildId)).extracting(ChannelInfo::name).contains("mod-log", "announcements");
            assertThat(directory.roles(guildId)).extracting(Role::name).contains("Moderators");
            assertThat(directory.whyBotCannotPost(guildId, Long.toString(modLog.id()))).isEmpty();
            assertThat(directory.whyBotCannotPost(guildId, Long.toString(announcements.id()))).get().asString()
                    .contains("#announcements").contains("Send Messages");

            List<String> signals = new ArrayList<>();
            live.signal().onActivityRecorded(guildId, () -> signals.add("recorded"));
            fake.pushMessage(modLog, author, "hello there");
            long deadline = System.nanoTime() + Duration.ofSeconds(15).toNanos();
            while (signals.isEmpty() && System.nanoTime() < deadline) {
                Thread.sleep(20);
            }
            assertThat(signals).isNotEmpty();
            assertThat(seen).last().extracting(ConnectionStatus::eventsRecorded).isNotEqualTo(0L);
        } finally {
            live.disconnect();
            store.close();
        }
        assertThat(live.status().state()).isEqualTo(ConnectionStatus.State.OFFLINE);
    }

    @Test
    @DisplayName("a wrong token fails with the login's sentence, which never shows the token")
    void wrongToken(FakeDiscord fake) {
        fake.addGuild("Reactiflux");
        OpenStore store = DemoFixture.open(dir.resolve("gavel.db"));
        String wrong = "not-" + fake.token();
        Throwable failure = catchThrowable(() -> connector(fake).connect(store, wrong));
        store.close();
        assertThat(failure).isInstanceOf(LoginFailure.class);
        assertThat(((LoginFailure) failure).kind()).isEqualTo(LoginFailure.Kind.INVALID_TOKEN);
        assertThat(failure.getMessage()).contains("rejected the bot token").doesNotContain(wrong);
    }

    @Test
    @DisplayName("a database of the original bot is refused before anything connects")
    void readOnlyStore(FakeDiscord fake) {
        Path file = dev.gavel.store.original.OriginalDatabaseFixture.latest().guild("1", "{}").writeTo(dir.resolve("bot.sqlite3"));
        OpenStore store = DemoFixture.open(file);
        Throwable failure = catchThrowable(() -> connector(fake).connect(store, fake.token()));
        store.close();
        assertThat(failure).isInstanceOf(UserFacingException.class).hasMessageContaining("records into a Gavel store only");
        assertThat(fake.gateway().connectionsOpened()).isZero();
    }
}
