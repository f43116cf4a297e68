package dev.gavel.discord.fake;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import net.dv8tion.jda.api.JDA;
import net.dv8tion.jda.api.components.actionrow.ActionRow;
import net.dv8tion.jda.api.components.buttons.Button;
import net.dv8tion.jda.api.entities.ApplicationInfo;
import net.dv8tion.jda.api.entities.Guild;
import net.dv8tion.jda.api.entities.Message;
import net.dv8tion.jda.api.entities.ThreadMember;
import net.dv8tion.jda.api.entities.User;
import net.dv8tion.jda.api.entities.UserSnowflake;
import net.dv8tion.jda.api.entities.channel.concrete.ForumChannel;
import net.dv8tion.jda.api.entities.channel.concrete.TextChannel;
import net.dv8tion.jda.api.entities.channel.concrete.ThreadChannel;
import net.dv8tion.jda.api.entities.emoji.Emoji;
import net.dv8tion.jda.api.events.channel.ChannelDeleteEvent;
import net.dv8tion.jda.api.events.guild.GuildBanEvent;
import net.dv8tion.jda.api.events.guild.GuildUnbanEvent;
import net.dv8tion.jda.api.events.guild.member.GuildMemberRemoveEvent;
import net.dv8tion.jda.api.events.guild.member.update.GuildMemberUpdateTimeOutEvent;
import net.dv8tion.jda.api.events.interaction.component.ButtonInteractionEvent;
import net.dv8tion.jda.api.events.message.MessageBulkDeleteEvent;
import net.dv8tion.jda.api.events.message.MessageDeleteEvent;
import net.dv8tion.jda.api.events.message.MessageUpdateEvent;
import net.dv8tion.jda.api.events.message.react.MessageReactionAddEvent;
import net.dv8tion.jda.api.events.message.react.MessageReactionRemoveEvent;
import net.dv8tion.jda.api.interactions.InteractionHook;
import net.dv8tion.jda.api.interactions.commands.build.Commands;
import net.dv8tion.jda.api.utils.messages.MessageCreateData;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The rest of the default routes, each through the JDA call that uses it. */
@ExtendWith(FakeDiscordExtension.class)
class FakeDiscordMoreRoutesTest {

    private static final Duration WAIT = Duration.ofSeconds(10);

    private FakeGuild guild;
    private FakeChannel general;
    private FakeMember alice;
    private JdaEventRecorder events;

    private JDA connect(FakeDiscord fake) {
        guild = fake.addGuild("Reactiflux");
        general = guild.addTextChannel("general");
        alice = guild.addMember(fake.addUser("alice"));
        guild.botRole().permissions(Permissions.GAVEL_BOT | Permissions.KICK_MEMBERS | Permissions.BAN_MEMBERS
                | Permissions.MODERATE_MEMBERS | Permissions.MANAGE_CHANNELS);
        events = new JdaEventRecorder(fake);
        return fake.startClient(events);
    }

    private static <T> T get(CompletableFuture<T> future) throws Exception {
        return future.get(WAIT.toMillis(), TimeUnit.MILLISECONDS);
    }

    @Test
    @DisplayName("timeout, kick, ban, ban lookup and unban change the state, push their events and keep the reason")
    void moderation(FakeDiscord fake) throws Exception {
        JDA jda = connect(fake);
        Guild seen = jda.getGuildById(guild.id());
        FakeMember bob = guild.addMember(fake.addUser("bob"));
        fake.pushMemberAdd(bob);

        get(seen.timeoutFor(UserSnowflake.fromId(alice.id()), Duration.ofMinutes(10)).reason("spam").submit());
        assertThat(events.await(GuildMemberUpdateTimeOutEvent.class, WAIT).getNewTimeOutEnd()).isNotNull();
        get(seen.kick(UserSnowflake.fromId(bob.id())).reason("rude").submit());
        get(seen.ban(UserSnowflake.fromId(alice.id()), 0, TimeUnit.SECONDS).reason("again").submit());
        String banReason = get(seen.retrieveBan(UserSnowflake.fromId(alice.id())).submit()).getReason();
        get(seen.unban(UserSnowflake.fromId(alice.id())).submit());

        assertThat(alice.timeoutUntil()).isNotNull();
        assertThat(fake.rest().awaitCall("PATCH", "/guilds/{guild_id}/members/{user_id}", WAIT).auditLogReason())
                .isEqualTo("spam");
        assertThat(events.await(GuildMemberRemoveEvent.class, event -> event.getUser().getIdLong() == bob.id(), WAIT))
                .isNotNull();
        assertThat(events.await(GuildBanEvent.class, WAIT).getUser().getIdLong()).isEqualTo(alice.id());
        assertThat(banReason).isEqualTo("again");
        assertThat(events.await(GuildUnbanEvent.class, WAIT).getUser().getIdLong()).isEqualTo(alice.id());
        assertThat(guild.member(bob.id())).isNull();
        assertThat(guild.isBanned(alice.user())).isFalse();
    }

    @Test
    @DisplayName("the bot edits, reacts to, unreacts, deletes and bulk deletes messages")
    void messages(FakeDiscord fake) throws Exception {
        JDA jda = connect(fake);
        TextChannel channel = jda.getTextChannelById(general.id());
        Message own = get(channel.sendMessage("draft").submit());
        FakeMessage first = fake.pushMessage(general, alice.user(), "one");
        FakeMessage second = fake.pushMessage(general, alice.user(), "two");
        FakeMessage third = fake.pushMessage(general, alice.user(), "three");
        User aliceUser = get(jda.retrieveUserById(alice.id()).submit());

        get(channel.editMessageById(own.getIdLong(), "final").submit());
        get(channel.addReactionById(first.id(), Emoji.fromUnicode("👀")).submit());
        get(channel.removeReactionById(first.id(), Emoji.fromUnicode("👀"), aliceUser).submit());
        get(channel.deleteMessageById(first.id()).submit());
        get(channel.deleteMessagesByIds(List.of(Long.toString(second.id()), Long.toString(third.id()))).submit());

        assertThat(events.await(MessageUpdateEvent.class, WAIT).getMessage().getContentRaw()).isEqualTo("final");
        assertThat(events.await(MessageReactionAddEvent.class, WAIT).getUserIdLong()).isEqualTo(fake.bot().id());
        assertThat(events.await(MessageReactionRemoveEvent.class, WAIT).getUserIdLong()).isEqualTo(alice.id());
        assertThat(events.await(MessageDeleteEvent.class, WAIT).getMessageIdLong()).isEqualTo(first.id());
        assertThat(events.await(MessageBulkDeleteEvent.class, WAIT).getMessageIds()).hasSize(2);
        assertThat(general.messages()).extracting(FakeMessage::content).containsExactly("final");
    }

    @Test
    @DisplayName("threads from a message and forum posts are created; active and archived threads and thread members are listed")
    void threads(FakeDiscord fake) throws Exception {
        JDA jda = connect(fake);
        FakeChannel help = guild.addForumChannel("help", null);
        fake.pushChannelCreate(help);
        FakeChannel old = guild.addThread(general, "old talk", alice.user()).archived(true);
        TextChannel channel = jda.getTextChannelById(general.id());
        Message starter = get(channel.sendMessage("let's discuss").submit());

        ThreadChannel fromMessage = get(starter.createThreadChannel("discussion").submit());
        ForumChannel forum = jda.getForumChannelById(help.id());
        ThreadChannel post = get(forum.createForumPost("How do I…", MessageCreateData.fromContent("…test this?"))
                .submit()).getThreadChannel();
        List<ThreadChannel> active = get(jda.getGuildById(guild.id()).retrieveActiveThreads().submit());
        List<ThreadChannel> archived = get(channel.retrieveArchivedPublicThreadChannels().submit());
        List<ThreadMember> members = get(fromMessage.retrieveThreadMembers().submit());
        ThreadMember bot = get(fromMessage.retrieveThreadMemberById(fake.bot().id()).submit());

        assertThat(fromMessage.getIdLong()).isEqualTo(starter.getIdLong());
        assertThat(fake.channel(post.getIdLong()).messages()).extracting(FakeMessage::content)
                .containsExactly("…test this?");
        assertThat(active).extracting(ThreadChannel::getIdLong).contains(fromMessage.getIdLong(), post.getIdLong())
                .doesNotContain(old.id());
        assertThat(archived).extracting(ThreadChannel::getIdLong).containsExactly(old.id());
        assertThat(members).extracting(ThreadMember::getIdLong).containsExactly(fake.bot().id());
        assertThat(bot.getIdLong()).isEqualTo(fake.bot().id());
    }

    @Test
    @DisplayName("a button can update its message, and the reply hook edits and deletes the original")
    void interactionUpdatesAndHook(FakeDiscord fake) throws Exception {
        JDA jda = connect(fake);
        Message panel = get(jda.getTextChannelById(general.id()).sendMessage("Ticket open")
                .setComponents(ActionRow.of(Button.danger("close", "Close"))).submit());

        fake.pushButtonClick(general.message(panel.getIdLong()), alice, "close");
        get(events.await(ButtonInteractionEvent.class, WAIT).editMessage("Ticket closed").setComponents().submit());
        FakeInteraction second = fake.pushButtonClick(general.message(panel.getIdLong()), alice, "close");
        InteractionHook hook = get(events.await(ButtonInteractionEvent.class, WAIT).reply("Closing…").submit());
        get(hook.editOriginal("Closed.").submit());
        FakeMessage original = second.originalResponse();
        get(hook.deleteOriginal().submit());

        assertThat(general.message(panel.getIdLong()).content()).isEqualTo("Ticket closed");
        assertThat(general.message(panel.getIdLong()).components()).isEmpty();
        assertThat(original.content()).isEqualTo("Closed.");
        assertThat(general.message(original.id())).isNull();
        assertThat(events.await(MessageDeleteEvent.class, WAIT).getMessageIdLong()).isEqualTo(original.id());
    }

    @Test
    @DisplayName("application info, typing, global and single guild commands, and channel deletion are answered")
    void misc(FakeDiscord fake) throws Exception {
        JDA jda = connect(fake);
        FakeChannel doomed = guild.addTextChannel("doomed");
        fake.pushChannelCreate(doomed);

        ApplicationInfo application = get(jda.retrieveApplicationInfo().submit());
        get(jda.getTextChannelById(general.id()).sendTyping().submit());
        get(jda.updateCommands().addCommands(Commands.slash("ping", "Is the bot there?")).submit());
        get(jda.getGuildById(guild.id()).upsertCommand(Commands.message("Report")).submit());
        get(jda.getTextChannelById(doomed.id()).delete().submit());

        assertThat(application.getIdLong()).isEqualTo(fake.bot().id());
        assertThat(fake.globalCommands()).extracting(command -> command.get("name").asText()).containsExactly("ping");
        assertThat(guild.commands()).extracting(command -> command.get("name").asText()).containsExactly("Report");
        assertThat(events.await(ChannelDeleteEvent.class, WAIT).getChannel().getIdLong()).isEqualTo(doomed.id());
        assertThat(guild.channel(doomed.id())).isNull();
        fake.rest().awaitCall("POST", "/channels/{channel_id}/typing", WAIT);
    }
}
