package dev.gavel.discord.fake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import net.dv8tion.jda.api.JDA;
import net.dv8tion.jda.api.audit.ActionType;
import net.dv8tion.jda.api.audit.AuditLogEntry;
import net.dv8tion.jda.api.entities.Guild;
import net.dv8tion.jda.api.entities.Member;
import net.dv8tion.jda.api.entities.Message;
import net.dv8tion.jda.api.entities.MessageHistory;
import net.dv8tion.jda.api.entities.channel.concrete.TextChannel;
import net.dv8tion.jda.api.entities.channel.concrete.ThreadChannel;
import net.dv8tion.jda.api.events.message.MessageReceivedEvent;
import net.dv8tion.jda.api.exceptions.ErrorResponseException;
import net.dv8tion.jda.api.interactions.commands.Command;
import net.dv8tion.jda.api.interactions.commands.build.Commands;
import net.dv8tion.jda.api.requests.ErrorResponse;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The fake answers the REST calls the real JDA makes, records them, and fails them on request. */
@ExtendWith(FakeDiscordExtension.class)
class FakeDiscordRestTest {

    private static final Duration WAIT = Duration.ofSeconds(10);

    private FakeGuild guild;
    private FakeChannel general;
    private FakeUser alice;
    private JdaEventRecorder events;

    private JDA connect(FakeDiscord fake) {
        guild = fake.addGuild("Reactiflux");
        general = guild.addTextChannel("general");
        alice = fake.addUser("alice");
        guild.addMember(alice);
        events = new JdaEventRecorder(fake);
        return fake.startClient(events);
    }

    private static <T> T get(java.util.concurrent.CompletableFuture<T> future) throws Exception {
        return future.get(WAIT.toMillis(), TimeUnit.MILLISECONDS);
    }

    @Test
    @DisplayName("a sent message is recorded with its JSON body, answered, and comes back as MESSAGE_CREATE")
    void sendMessage(FakeDiscord fake) throws Exception {
        JDA jda = connect(fake);

        Message sent = get(jda.getTextChannelById(general.id()).sendMessage("hello from the bot").submit());

        RestCall call = fake.rest().awaitCall("POST", "/channels/{channel_id}/messages", WAIT);
        assertThat(call.params("/channels/{channel_id}/messages").id("channel_id")).isEqualTo(general.id());
        assertThat(call.json().get("content").asText()).isEqualTo("hello from the bot");
        assertThat(call.status()).isEqualTo(200);
        assertThat(general.message(sent.getIdLong()).content()).isEqualTo("hello from the bot");
        MessageReceivedEvent echoed = events.await(MessageReceivedEvent.class, WAIT);
        assertThat(echoed.getAuthor().getIdLong()).isEqualTo(fake.bot().id());
    }

    @Test
    @DisplayName("message history pages forward 100 at a time with after=, and before= / around= answer too")
    void historyPaging(FakeDiscord fake) throws Exception {
        JDA jda = connect(fake);
        Instant start = Instant.parse("2024-01-01T00:00:00Z");
        List<FakeMessage> scripted = new ArrayList<>();
        for (int i = 0; i < 250; i++) {
            scripted.add(general.addMessage(alice, "message " + i, start.plusSeconds(60L * i)));
        }
        TextChannel channel = jda.getTextChannelById(general.id());

        List<Long> fetched = new ArrayList<>();
        long after = scripted.get(0).id();
        while (true) {
            List<Message> page = get(MessageHistory.getHistoryAfter(channel, Long.toString(after)).limit(100)
                    .submit()).getRetrievedHistory();
            if (page.isEmpty()) {
                break;
            }
            List<Message> oldestFirst = new ArrayList<>(page);
            oldestFirst.sort((a, b) -> Long.compare(a.getIdLong(), b.getIdLong()));
            oldestFirst.forEach(message -> fetched.add(message.getIdLong()));
            after = oldestFirst.get(oldestFirst.size() - 1).getIdLong();
        }

        assertThat(fetched).containsExactlyElementsOf(scripted.subList(1, 250).stream().map(FakeMessage::id).toList());
        List<RestCall> calls = fake.rest().calls("GET", "/channels/{channel_id}/messages");
        assertThat(calls).hasSize(4).allSatisfy(call -> assertThat(call.query("limit")).isEqualTo("100"));
        assertThat(get(MessageHistory.getHistoryBefore(channel, Long.toString(scripted.get(10).id())).limit(5)
                .submit()).getRetrievedHistory()).extracting(Message::getContentRaw)
                .containsExactly("message 9", "message 8", "message 7", "message 6", "message 5");
        assertThat(get(MessageHistory.getHistoryAround(channel, Long.toString(scripted.get(100).id())).limit(3)
                .submit()).getRetrievedHistory()).extracting(Message::getContentRaw)
                .contains("message 100");
    }

    @Test
    @DisplayName("a private thread is created, a member added, then archived and locked")
    void privateThreads(FakeDiscord fake) throws Exception {
        JDA jda = connect(fake);
        TextChannel channel = jda.getTextChannelById(general.id());

        ThreadChannel thread = get(channel.createThreadChannel("alice – 2024-05-01", true).setInvitable(false)
                .setAutoArchiveDuration(ThreadChannel.AutoArchiveDuration.TIME_1_WEEK).submit());
        get(thread.addThreadMemberById(alice.id()).submit());
        get(thread.getManager().setArchived(true).setLocked(true).submit());

        FakeChannel created = fake.channel(thread.getIdLong());
        assertThat(created.type()).isEqualTo(FakeChannel.Type.PRIVATE_THREAD);
        assertThat(created.isInvitable()).isFalse();
        assertThat(created.autoArchiveMinutes()).isEqualTo(10080);
        assertThat(created.threadMemberIds()).contains(alice.id(), fake.bot().id());
        assertThat(created.isArchived()).isTrue();
        assertThat(created.isLocked()).isTrue();
        RestCall create = fake.rest().awaitCall("POST", "/channels/{channel_id}/threads", WAIT);
        assertThat(create.json().get("type").asInt()).isEqualTo(12);
        fake.rest().awaitCall("PUT", "/channels/{channel_id}/thread-members/{user_id}", WAIT);
        fake.rest().awaitCall("PATCH", "/channels/{channel_id}", WAIT);
    }

    @Test
    @DisplayName("guild commands are registered by bulk overwrite and keep their ids")
    void commands(FakeDiscord fake) throws Exception {
        JDA jda = connect(fake);
        Guild seen = jda.getGuildById(guild.id());

        List<Command> first = get(seen.updateCommands().addCommands(Commands.message("Track"),
                Commands.slash("tickets-channel", "Post a ticket panel")).submit());
        List<Command> second = get(seen.updateCommands().addCommands(Commands.message("Track")).submit());

        assertThat(first).extracting(Command::getName).containsExactly("Track", "tickets-channel");
        assertThat(second.get(0).getIdLong()).isEqualTo(first.get(0).getIdLong());
        assertThat(guild.commands()).hasSize(1);
        assertThat(fake.rest().calls("PUT", "/applications/{application_id}/guilds/{guild_id}/commands")).hasSize(2);
    }

    @Test
    @DisplayName("the audit log is read back filtered by action type, with executor and reason")
    void auditLog(FakeDiscord fake) throws Exception {
        JDA jda = connect(fake);
        FakeUser moderator = fake.addUser("mod");
        guild.addMember(moderator);
        guild.addAuditLogEntry(FakeAuditLogEntry.MEMBER_KICK, moderator, alice.id(), "rude");
        guild.addAuditLogEntry(FakeAuditLogEntry.MEMBER_BAN_ADD, moderator, alice.id(), "spam");

        List<AuditLogEntry> kicks = get(jda.getGuildById(guild.id()).retrieveAuditLogs().type(ActionType.KICK)
                .limit(10).submit());

        assertThat(kicks).singleElement().satisfies(entry -> {
            assertThat(entry.getUser().getName()).isEqualTo("mod");
            assertThat(entry.getTargetIdLong()).isEqualTo(alice.id());
            assertThat(entry.getReason()).isEqualTo("rude");
        });
    }

    @Test
    @DisplayName("members are retrieved by id, and an unknown one is Discord's Unknown Member")
    void members(FakeDiscord fake) throws Exception {
        JDA jda = connect(fake);
        Guild seen = jda.getGuildById(guild.id());

        Member retrieved = get(seen.retrieveMemberById(alice.id()).useCache(false).submit());
        Throwable unknown = catchThrowable(() -> get(seen.retrieveMemberById(fake.snowflakes().next()).useCache(false).submit()));

        assertThat(retrieved.getUser().getName()).isEqualTo("alice");
        assertThat(unknown).isInstanceOf(ExecutionException.class).cause().isInstanceOfSatisfying(
                ErrorResponseException.class,
                error -> assertThat(error.getErrorResponse()).isEqualTo(ErrorResponse.UNKNOWN_MEMBER));
    }

    @Test
    @DisplayName("an injected failure reaches the client as Discord's error, and a scripted answer replaces the default")
    void injectedFailureAndScriptedAnswer(FakeDiscord fake) throws Exception {
        JDA jda = connect(fake);
        TextChannel channel = jda.getTextChannelById(general.id());
        fake.rest().failNext("POST", "/channels/{channel_id}/messages", 1, 403, 50013, "Missing Permissions");
        FakeMessage scripted = general.addMessage(alice, "original");
        fake.rest().on("GET", "/channels/{channel_id}/messages/{message_id}", (call, params) ->
                RestReply.ok(scripted.toJson(false).put("content", "scripted")));

        Throwable refused = catchThrowable(() -> get(channel.sendMessage("denied").submit()));
        Message sentAfterwards = get(channel.sendMessage("allowed").submit());
        Message retrieved = get(channel.retrieveMessageById(scripted.id()).submit());

        assertThat(refused).cause().isInstanceOfSatisfying(ErrorResponseException.class,
                error -> assertThat(error.getErrorResponse()).isEqualTo(ErrorResponse.MISSING_PERMISSIONS));
        assertThat(sentAfterwards.getContentRaw()).isEqualTo("allowed");
        assertThat(retrieved.getContentRaw()).isEqualTo("scripted");
        assertThat(fake.rest().calls("POST", "/channels/{channel_id}/messages")).extracting(RestCall::status)
                .containsExactly(403, 200);
    }
}
