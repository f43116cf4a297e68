package dev.gavel.discord.fake;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import net.dv8tion.jda.api.JDA;
import net.dv8tion.jda.api.audit.ActionType;
import net.dv8tion.jda.api.audit.AuditLogEntry;
import net.dv8tion.jda.api.audit.AuditLogKey;
import net.dv8tion.jda.api.entities.channel.ChannelType;
import net.dv8tion.jda.api.events.channel.ChannelCreateEvent;
import net.dv8tion.jda.api.events.channel.ChannelDeleteEvent;
import net.dv8tion.jda.api.events.channel.update.ChannelUpdateArchivedEvent;
import net.dv8tion.jda.api.events.channel.update.ChannelUpdateNameEvent;
import net.dv8tion.jda.api.events.guild.GuildAuditLogEntryCreateEvent;
import net.dv8tion.jda.api.events.guild.GuildBanEvent;
import net.dv8tion.jda.api.events.guild.GuildJoinEvent;
import net.dv8tion.jda.api.events.guild.GuildLeaveEvent;
import net.dv8tion.jda.api.events.guild.GuildUnbanEvent;
import net.dv8tion.jda.api.events.guild.member.GuildMemberJoinEvent;
import net.dv8tion.jda.api.events.guild.member.GuildMemberRemoveEvent;
import net.dv8tion.jda.api.events.guild.member.update.GuildMemberUpdateNicknameEvent;
import net.dv8tion.jda.api.events.guild.member.update.GuildMemberUpdateTimeOutEvent;
import net.dv8tion.jda.api.events.guild.update.GuildUpdateNameEvent;
import net.dv8tion.jda.api.events.message.MessageBulkDeleteEvent;
import net.dv8tion.jda.api.events.message.MessageDeleteEvent;
import net.dv8tion.jda.api.events.message.MessageReceivedEvent;
import net.dv8tion.jda.api.events.message.MessageUpdateEvent;
import net.dv8tion.jda.api.events.message.react.MessageReactionAddEvent;
import net.dv8tion.jda.api.events.message.react.MessageReactionRemoveAllEvent;
import net.dv8tion.jda.api.events.message.react.MessageReactionRemoveEmojiEvent;
import net.dv8tion.jda.api.events.message.react.MessageReactionRemoveEvent;
import net.dv8tion.jda.api.events.role.RoleCreateEvent;
import net.dv8tion.jda.api.events.thread.ThreadRevealedEvent;
import net.dv8tion.jda.api.events.thread.member.ThreadMemberJoinEvent;
import net.dv8tion.jda.api.events.thread.member.ThreadMemberLeaveEvent;
import net.dv8tion.jda.api.events.role.RoleDeleteEvent;
import net.dv8tion.jda.api.events.role.update.RoleUpdateNameEvent;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Every typed push of the fake reaches the real JDA as the event Discord's payload means. */
@ExtendWith(FakeDiscordExtension.class)
class FakeDiscordEventsTest {

    private static final Duration WAIT = Duration.ofSeconds(10);

    private FakeGuild guild;
    private FakeChannel general;
    private FakeUser alice;
    private JdaEventRecorder events;

    private JDA connect(FakeDiscord fake) {
        guild = fake.addGuild("Reactiflux");
        general = guild.addTextChannel("general");
        alice = fake.addUser("alice");
        guild.addMember(alice).nick("Ali");
        events = new JdaEventRecorder(fake);
        return fake.startClient(events);
    }

    @Test
    @DisplayName("a pushed message arrives as MessageReceivedEvent with its content, author and time")
    void messageCreate(FakeDiscord fake) {
        connect(fake);
        Instant written = Instant.parse("2024-05-01T10:15:30Z");

        FakeMessage pushed = fake.pushMessage(general, alice, "hello <@" + fake.bot().id() + ">", written);

        MessageReceivedEvent received = events.await(MessageReceivedEvent.class, WAIT);
        assertThat(received.getMessageIdLong()).isEqualTo(pushed.id());
        assertThat(received.getMessage().getContentRaw()).isEqualTo("hello <@" + fake.bot().id() + ">");
        assertThat(received.getAuthor().getIdLong()).isEqualTo(alice.id());
        assertThat(received.getMember().getNickname()).isEqualTo("Ali");
        assertThat(received.getChannel().getIdLong()).isEqualTo(general.id());
        assertThat(received.getMessage().getTimeCreated().toInstant()).isEqualTo(written);
        assertThat(received.getMessage().getMentions().getUsers()).extracting(user -> user.getIdLong())
                .containsExactly(fake.bot().id());
        assertThat(general.messages()).containsExactly(pushed);
    }

    @Test
    @DisplayName("edits, deletes and bulk deletes arrive as their events")
    void messageUpdateAndDeletes(FakeDiscord fake) {
        connect(fake);
        FakeMessage first = fake.pushMessage(general, alice, "frist");
        FakeMessage second = fake.pushMessage(general, alice, "two");
        FakeMessage third = fake.pushMessage(general, alice, "three");

        fake.pushMessageUpdate(first, "first");
        fake.pushMessageDelete(second);
        fake.pushMessageDeleteBulk(general, List.of(first, third));

        assertThat(events.await(MessageUpdateEvent.class, WAIT).getMessage().getContentRaw()).isEqualTo("first");
        assertThat(events.await(MessageDeleteEvent.class, WAIT).getMessageIdLong()).isEqualTo(second.id());
        assertThat(events.await(MessageBulkDeleteEvent.class, WAIT).getMessageIds())
                .containsExactlyInAnyOrder(Long.toString(first.id()), Long.toString(third.id()));
        assertThat(general.messages()).isEmpty();
    }

    @Test
    @DisplayName("reaction add, remove, remove all and remove emoji arrive as their events")
    void reactions(FakeDiscord fake) {
        connect(fake);
        FakeMessage message = fake.pushMessage(general, alice, "react to me");
        Emoji thumbsUp = Emoji.unicode("👍");
        Emoji gavel = Emoji.custom("gavel", fake.snowflakes().next());

        fake.pushReactionAdd(message, alice, thumbsUp);
        fake.pushReactionAdd(message, alice, gavel);
        fake.pushReactionRemove(message, alice, thumbsUp);
        fake.pushReactionRemoveEmoji(message, gavel);
        fake.pushReactionRemoveAll(message);

        List<MessageReactionAddEvent> added = events.awaitAll(MessageReactionAddEvent.class, event -> true, 2, WAIT);
        assertThat(added.get(0).getEmoji().getName()).isEqualTo("👍");
        assertThat(added.get(0).getUserIdLong()).isEqualTo(alice.id());
        assertThat(added.get(1).getEmoji().asCustom().getIdLong()).isEqualTo(gavel.id());
        assertThat(events.await(MessageReactionRemoveEvent.class, WAIT).getEmoji().getName()).isEqualTo("👍");
        assertThat(events.await(MessageReactionRemoveEmojiEvent.class, WAIT).getEmoji().getName()).isEqualTo("gavel");
        assertThat(events.await(MessageReactionRemoveAllEvent.class, WAIT).getMessageIdLong()).isEqualTo(message.id());
    }

    @Test
    @DisplayName("channel create, rename and delete arrive as their events")
    void channels(FakeDiscord fake) {
        connect(fake);
        FakeChannel added = guild.addTextChannel("off-topic");

        fake.pushChannelCreate(added);
        assertThat(events.await(ChannelCreateEvent.class, WAIT).getChannel().getName()).isEqualTo("off-topic");
        added.name("random");
        fake.pushChannelUpdate(added);
        fake.pushChannelDelete(added);

        ChannelUpdateNameEvent renamed = events.await(ChannelUpdateNameEvent.class, WAIT);
        assertThat(renamed.getOldValue()).isEqualTo("off-topic");
        assertThat(renamed.getNewValue()).isEqualTo("random");
        assertThat(events.await(ChannelDeleteEvent.class, WAIT).getChannel().getIdLong()).isEqualTo(added.id());
    }

    @Test
    @DisplayName("a created thread is seen, its messages arrive, and archiving it arrives as an update")
    void threads(FakeDiscord fake) {
        connect(fake);
        FakeChannel thread = guild.addThread(general, "help me", alice);

        fake.pushThreadCreate(thread);
        ChannelCreateEvent created = events.await(ChannelCreateEvent.class, WAIT);
        fake.pushMessage(thread, alice, "inside the thread");
        MessageReceivedEvent inThread = events.await(MessageReceivedEvent.class, WAIT);
        thread.archived(true);
        fake.pushThreadUpdate(thread);

        assertThat(created.getChannelType()).isEqualTo(ChannelType.GUILD_PUBLIC_THREAD);
        assertThat(inThread.getChannel().getIdLong()).isEqualTo(thread.id());
        assertThat(inThread.getChannelType()).isEqualTo(ChannelType.GUILD_PUBLIC_THREAD);
        assertThat(events.await(ChannelUpdateArchivedEvent.class, WAIT).getNewValue()).isTrue();
    }

    @Test
    @DisplayName("a thread list sync reveals threads, and thread member updates arrive as joins and leaves")
    void threadSyncAndMembers(FakeDiscord fake) {
        connect(fake);
        FakeChannel unseen = guild.addThread(general, "started while away", alice);
        FakeUser bob = fake.addUser("bob");
        guild.addMember(bob);
        fake.pushMemberAdd(guild.member(bob));

        fake.pushThreadListSync(guild);
        assertThat(events.await(ThreadRevealedEvent.class, WAIT).getThread().getIdLong()).isEqualTo(unseen.id());
        fake.pushThreadMembersUpdate(unseen, List.of(bob), List.of());
        fake.pushThreadMembersUpdate(unseen, List.of(), List.of(bob));

        assertThat(events.await(ThreadMemberJoinEvent.class, WAIT).getThreadMemberIdLong()).isEqualTo(bob.id());
        assertThat(events.await(ThreadMemberLeaveEvent.class, WAIT).getThreadMemberIdLong()).isEqualTo(bob.id());
        assertThat(unseen.threadMemberIds()).containsExactly(alice.id());
    }

    @Test
    @DisplayName("member join, nickname change, timeout and leave arrive as their events")
    void members(FakeDiscord fake) {
        connect(fake);
        FakeUser bob = fake.addUser("bob");
        FakeMember member = guild.addMember(bob);

        fake.pushMemberAdd(member);
        fake.pushMemberUpdate(member.nick("Bobby"));
        fake.pushMemberUpdate(member.timeoutUntil(Instant.now().plusSeconds(600)));
        fake.pushMemberRemove(guild, bob);

        assertThat(events.await(GuildMemberJoinEvent.class, WAIT).getUser().getName()).isEqualTo("bob");
        assertThat(events.await(GuildMemberUpdateNicknameEvent.class, WAIT).getNewNickname()).isEqualTo("Bobby");
        assertThat(events.await(GuildMemberUpdateTimeOutEvent.class, WAIT).getNewTimeOutEnd()).isNotNull();
        assertThat(events.await(GuildMemberRemoveEvent.class, WAIT).getUser().getIdLong()).isEqualTo(bob.id());
    }

    @Test
    @DisplayName("joining a guild, its rename and leaving it arrive as their events")
    void guilds(FakeDiscord fake) {
        connect(fake);
        FakeGuild joined = fake.addGuild("Second server");
        joined.addTextChannel("welcome");

        fake.pushGuildCreate(joined);
        assertThat(events.await(GuildJoinEvent.class, WAIT).getGuild().getTextChannels()).extracting(
                channel -> channel.getName()).containsExactly("welcome");
        fake.pushGuildUpdate(joined.name("Renamed server"));
        fake.pushGuildDelete(joined);

        assertThat(events.await(GuildUpdateNameEvent.class, WAIT).getNewName()).isEqualTo("Renamed server");
        assertThat(events.await(GuildLeaveEvent.class, WAIT).getGuild().getIdLong()).isEqualTo(joined.id());
        assertThat(fake.guilds()).containsExactly(guild);
    }

    @Test
    @DisplayName("role create, update and delete arrive as their events")
    void roles(FakeDiscord fake) {
        connect(fake);
        FakeRole helpers = guild.addRole("Helpers", Permissions.MANAGE_THREADS);

        fake.pushRoleCreate(helpers);
        assertThat(events.await(RoleCreateEvent.class, WAIT).getRole().getName()).isEqualTo("Helpers");
        fake.pushRoleUpdate(helpers.name("Helpful"));
        fake.pushRoleDelete(helpers);

        assertThat(events.await(RoleUpdateNameEvent.class, WAIT).getNewName()).isEqualTo("Helpful");
        assertThat(events.await(RoleDeleteEvent.class, WAIT).getRole().getIdLong()).isEqualTo(helpers.id());
        assertThat(guild.roles()).doesNotContain(helpers);
    }

    @Test
    @DisplayName("bans, unbans and audit log entries arrive as their events")
    void moderation(FakeDiscord fake) {
        connect(fake);
        FakeUser moderator = fake.addUser("mod");
        guild.addMember(moderator);
        FakeAuditLogEntry entry = guild.addAuditLogEntry(FakeAuditLogEntry.MEMBER_BAN_ADD, moderator, alice.id(),
                "spam");
        FakeAuditLogEntry timeout = guild.addAuditLogEntry(FakeAuditLogEntry.MEMBER_UPDATE, moderator, alice.id(),
                "cool down").change("communication_disabled_until", null, "2024-05-01T10:00:00.000000+00:00");

        fake.pushBanAdd(guild, alice, "spam");
        fake.pushAuditLogEntryCreate(entry);
        fake.pushBanRemove(guild, alice);
        fake.pushAuditLogEntryCreate(timeout);

        assertThat(events.await(GuildBanEvent.class, WAIT).getUser().getIdLong()).isEqualTo(alice.id());
        GuildAuditLogEntryCreateEvent logged = events.await(GuildAuditLogEntryCreateEvent.class, WAIT);
        assertThat(logged.getEntry().getType()).isEqualTo(ActionType.BAN);
        assertThat(logged.getEntry().getUserIdLong()).isEqualTo(moderator.id());
        assertThat(logged.getEntry().getTargetIdLong()).isEqualTo(alice.id());
        assertThat(logged.getEntry().getReason()).isEqualTo("spam");
        assertThat(events.await(GuildUnbanEvent.class, WAIT).getUser().getIdLong()).isEqualTo(alice.id());
        AuditLogEntry timedOut = events.await(GuildAuditLogEntryCreateEvent.class, WAIT).getEntry();
        assertThat(timedOut.getType()).isEqualTo(ActionType.MEMBER_UPDATE);
        assertThat(timedOut.getChangeByKey(AuditLogKey.MEMBER_TIME_OUT).<String>getNewValue())
                .isEqualTo("2024-05-01T10:00:00.000000+00:00");
    }

    @Test
    @DisplayName("a raw dispatch of any type reaches the client too")
    void rawDispatch(FakeDiscord fake) {
        connect(fake);
        FakeMessage message = general.addMessage(alice, "kept in history only");

        fake.gateway().dispatch("MESSAGE_DELETE", Json.object().put("id", Long.toString(message.id()))
                .put("channel_id", Long.toString(general.id())).put("guild_id", Long.toString(guild.id())));

        assertThat(events.await(MessageDeleteEvent.class, WAIT).getMessageIdLong()).isEqualTo(message.id());
    }
}
