package dev.gavel.discord;

import static dev.gavel.discord.RuntimeHarness.assertMeasured;
import static org.assertj.core.api.Assertions.assertThat;

import dev.gavel.core.model.ChannelInfo;
import dev.gavel.core.model.ChannelKind;
import dev.gavel.core.model.GuildProfile;
import dev.gavel.core.model.Member;
import dev.gavel.core.model.MessageStat;
import dev.gavel.core.model.Role;
import dev.gavel.discord.fake.FakeChannel;
import dev.gavel.discord.fake.FakeDiscord;
import dev.gavel.discord.fake.FakeDiscordExtension;
import dev.gavel.discord.fake.FakeGuild;
import dev.gavel.discord.fake.FakeMessage;
import dev.gavel.discord.fake.FakeUser;
import dev.gavel.store.ChannelDao;
import dev.gavel.store.GuildDao;
import dev.gavel.store.MemberDao;
import dev.gavel.store.RoleDao;
import dev.gavel.discord.fake.Emoji;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/** The runtime records what happens in a guild, through the real JDA against the fake Discord, into a real store. */
@ExtendWith(FakeDiscordExtension.class)
class BotRuntimeRecordingTest {

    @TempDir
    Path dir;

    @Test
    @DisplayName("on connect the guild's profile, channels with their categories, roles and members' names are stored")
    void guildSetup(FakeDiscord fake) {
        FakeGuild guild = fake.addGuild("Reactiflux").icon("abc123");
        FakeChannel community = guild.addCategory("Community");
        FakeChannel general = guild.addTextChannel("general", community);
        FakeChannel forum = guild.addForumChannel("help-forum", community);
        FakeChannel post = guild.addThread(forum, "How do hooks work?", fake.addUser("asker"));
        guild.addRole("Moderators", 0);
        FakeUser alice = fake.addUser("alice").globalName("Alice A.");
        guild.addMember(alice).nick("Ali");

        try (RuntimeHarness harness = new RuntimeHarness(fake, dir.resolve("gavel.db"))) {
            harness.start();
            String guildId = Long.toString(guild.id());
            RuntimeHarness.await(() -> harness.store.read(MemberDao.class, dao -> dao.find(guildId, Long.toString(alice.id()))).isPresent(),
                    () -> "alice's name");

            Optional<GuildProfile> profile = harness.store.read(GuildDao.class, dao -> dao.findProfile(guildId));
            assertThat(profile).get().satisfies(p -> {
                assertThat(p.name()).isEqualTo("Reactiflux");
                assertThat(p.iconUrl()).contains("abc123");
            });
            List<ChannelInfo> channels = harness.store.read(ChannelDao.class, dao -> dao.listByGuild(guildId));
            assertThat(channels).extracting(ChannelInfo::name, ChannelInfo::category, ChannelInfo::type).contains(
                    org.assertj.core.groups.Tuple.tuple("Community", null, ChannelKind.CATEGORY),
                    org.assertj.core.groups.Tuple.tuple("general", "Community", ChannelKind.TEXT),
                    org.assertj.core.groups.Tuple.tuple("help-forum", "Community", ChannelKind.FORUM),
                    org.assertj.core.groups.Tuple.tuple("How do hooks work?", "help-forum", ChannelKind.PUBLIC_THREAD));
            List<Role> roles = harness.store.read(RoleDao.class, dao -> dao.listByGuild(guildId));
            assertThat(roles).extracting(Role::name).contains("Moderators", "@everyone");
            Optional<Member> member = harness.store.read(MemberDao.class, dao -> dao.find(guildId, Long.toString(alice.id())));
            assertThat(member).get().satisfies(m -> {
                assertThat(m.username()).isEqualTo("alice");
                assertThat(m.displayName()).isEqualTo("Ali");
            });
            assertThat(harness.runtime().status().connection()).isEqualTo(ConnectionState.CONNECTED);
            assertThat(harness.runtime().status().guilds()).extracting(GuildSummary::name).containsExactly("Reactiflux");
            assertThat(general).isNotNull();
            assertThat(post).isNotNull();
        }
    }

    @Test
    @DisplayName("a pushed message becomes a row measured from its content, with category, time and author")
    void oneMessage(FakeDiscord fake) {
        FakeGuild guild = fake.addGuild("Reactiflux");
        FakeChannel general = guild.addTextChannel("general", guild.addCategory("Community"));
        FakeUser alice = fake.addUser("alice");
        guild.addMember(alice);

        try (RuntimeHarness harness = new RuntimeHarness(fake, dir.resolve("gavel.db"))) {
            harness.start();
            String content = "check out this [link](<https://example.com>) now `x`";
            FakeMessage message = fake.pushMessage(general, alice, content);

            MessageStat row = harness.awaitRow(message);
            assertMeasured(row, content);
            assertThat(row.channelCategory()).isEqualTo("Community");
            assertThat(row.authorId()).isEqualTo(Long.toString(alice.id()));
            assertThat(row.sentAt()).isEqualTo(message.createdAt().toEpochMilli());
        }
    }

    private static final List<String> CONTENTS = List.of(
            "hello world",
            "Hello, world! How's it going? 👍🏽 🎉",
            "check out this [link](<https://example.com>) now",
            "see <https://a.com/x> and https://b.com/y)",
            "use `npm install` then\n```js\nconst x = 42;\nconsole.log(x);\n```\ndone",
            "don't can't e-mail foo_bar 3.14 日本語のテキスト",
            "",
            "   ",
            "ok",
            "a\u00a0b\u2028c");

    @Test
    @DisplayName("1,000 messages in text, news, voice, thread and forum-post channels become exactly the expected rows")
    void thousandMessages(FakeDiscord fake) {
        FakeGuild guild = fake.addGuild("Reactiflux");
        FakeChannel community = guild.addCategory("Community");
        FakeChannel general = guild.addTextChannel("general", community);
        FakeChannel news = guild.addNewsChannel("announcements", guild.addCategory("News"));
        FakeChannel voice = guild.addVoiceChannel("Lounge", community);
        FakeChannel loose = guild.addTextChannel("no-category");
        FakeChannel forum = guild.addForumChannel("help", community);
        List<FakeUser> people = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            FakeUser user = fake.addUser("user" + i);
            guild.addMember(user);
            people.add(user);
        }
        FakeChannel thread = guild.addThread(general, "a thread", people.get(0));
        FakeChannel post = guild.addThread(forum, "a forum post", people.get(1));
        List<FakeChannel> channels = List.of(general, news, voice, loose, thread, post);
        Map<FakeChannel, String> categories = Map.of(general, "Community", news, "News", voice, "Community",
                loose, "", thread, "general", post, "help");

        try (RuntimeHarness harness = new RuntimeHarness(fake, dir.resolve("gavel.db"))) {
            harness.start();
            Random random = new Random(7);
            Map<FakeMessage, FakeMessage> repliesTo = new LinkedHashMap<>();
            List<FakeMessage> pushed = new ArrayList<>();
            for (int i = 0; i < 1000; i++) {
                FakeChannel channel = channels.get(random.nextInt(channels.size()));
                FakeUser author = people.get(random.nextInt(people.size()));
                String content = CONTENTS.get(random.nextInt(CONTENTS.size())) + (i % 3 == 0 ? " #" + i : "");
                FakeMessage message;
                if (i % 10 == 5 && !pushed.isEmpty()) {
                    FakeMessage original = pushed.get(random.nextInt(pushed.size()));
                    message = channel.addMessage(author, content);
                    message.replyTo(original);
                    fake.pushMessageCreate(message);
                    repliesTo.put(message, original);
                } else if (i % 50 == 7) {
                    message = channel.addMessage(author, "");
                    message.attach("screenshot.png", 1234);
                    fake.pushMessageCreate(message);
                } else {
                    message = fake.pushMessage(channel, author, content);
                }
                pushed.add(message);
            }

            harness.awaitRowCount(guild.id(), 1000);
            Map<String, MessageStat> rows = harness.rowsById(guild.id());
            for (FakeMessage message : pushed) {
                MessageStat row = rows.get(Long.toString(message.id()));
                assertMeasured(row, message.content());
                assertThat(row.sentAt()).isEqualTo(message.createdAt().toEpochMilli());
                assertThat(row.channelId()).isEqualTo(Long.toString(message.channel().id()));
                assertThat(row.authorId()).isEqualTo(Long.toString(message.author().id()));
                String category = categories.get(message.channel());
                assertThat(row.channelCategory()).isEqualTo(category.isEmpty() ? null : category);
                FakeMessage original = repliesTo.get(message);
                assertThat(row.recipientId()).isEqualTo(original == null ? null : Long.toString(original.author().id()));
                assertThat(row.reactCount()).isZero();
            }
        }
    }

    @Test
    @DisplayName("messages of bots, webhooks and the system, and direct messages, are not recorded")
    void ignored(FakeDiscord fake) {
        FakeGuild guild = fake.addGuild("Reactiflux");
        FakeChannel general = guild.addTextChannel("general");
        FakeUser alice = fake.addUser("alice");
        guild.addMember(alice);
        FakeUser otherBot = fake.addBotUser("Dyno");
        guild.addMember(otherBot);

        try (RuntimeHarness harness = new RuntimeHarness(fake, dir.resolve("gavel.db"))) {
            harness.start();
            FakeMessage byBot = fake.pushMessage(general, otherBot, "I am a bot");
            FakeMessage byWebhook = general.addMessage(alice, "via a webhook").postedByWebhook(fake.snowflakes().next());
            fake.pushMessageCreate(byWebhook);
            FakeMessage system = general.addMessage(alice, "").type(7);
            fake.pushMessageCreate(system);
            long dmChannel = fake.snowflakes().next();
            var dm = new com.fasterxml.jackson.databind.ObjectMapper().createObjectNode().put("id", Long.toString(fake.snowflakes().next())).put("channel_id", Long.toString(dmChannel))
                    .put("content", "a direct message").put("timestamp", "2025-01-01T00:00:00.000000+00:00")
                    .putNull("edited_timestamp").put("tts", false).put("mention_everyone", false).put("pinned", false)
                    .put("type", 0).put("flags", 0);
            dm.putObject("author").put("id", Long.toString(alice.id())).put("username", "alice").put("discriminator", "0")
                    .putNull("global_name").putNull("avatar");
            dm.putArray("mentions");
            dm.putArray("mention_roles");
            dm.putArray("attachments");
            dm.putArray("embeds");
            dm.putArray("components");
            fake.gateway().dispatch("MESSAGE_CREATE", dm);
            FakeMessage human = fake.pushMessage(general, alice, "a human");

            harness.awaitRow(human);
            assertThat(harness.rowCount(guild.id())).isEqualTo(1);
            assertThat(harness.row(byBot)).isEmpty();
            assertThat(harness.row(byWebhook)).isEmpty();
            assertThat(harness.row(system)).isEmpty();
        }
    }

    @Test
    @DisplayName("edits recompute from the new content; deletes and bulk deletes remove rows; reactions of all four kinds keep the true total")
    void keepingRowsTrue(FakeDiscord fake) {
        FakeGuild guild = fake.addGuild("Reactiflux");
        FakeChannel general = guild.addTextChannel("general");
        FakeUser alice = fake.addUser("alice");
        FakeUser bob = fake.addUser("bob");
        FakeUser carol = fake.addUser("carol");
        guild.addMember(alice);
        guild.addMember(bob);
        guild.addMember(carol);
        Emoji thumbs = Emoji.unicode("👍");
        Emoji party = Emoji.unicode("🎉");

        try (RuntimeHarness harness = new RuntimeHarness(fake, dir.resolve("gavel.db"))) {
            harness.start();
            FakeMessage message = fake.pushMessage(general, alice, "hello world");
            harness.awaitRow(message);

            fake.pushMessageUpdate(message, "goodbye cruel world, see https://example.com");
            harness.awaitRow(message, row -> row.wordCount() == 4, "the edit");
            assertMeasured(harness.row(message).orElseThrow(), "goodbye cruel world, see https://example.com");

            fake.pushReactionAdd(message, bob, thumbs);
            fake.pushReactionAdd(message, carol, thumbs);
            fake.pushReactionAdd(message, bob, party);
            harness.awaitRow(message, row -> row.reactCount() == 3, "three reactions");
            fake.pushReactionRemove(message, carol, thumbs);
            harness.awaitRow(message, row -> row.reactCount() == 2, "one removed");
            fake.pushReactionRemoveEmoji(message, thumbs);
            harness.awaitRow(message, row -> row.reactCount() == 1, "the 👍 reactions removed");
            fake.pushReactionRemoveAll(message);
            harness.awaitRow(message, row -> row.reactCount() == 0, "all reactions removed");
            fake.pushReactionRemove(message, bob, party);
            fake.pushReactionAdd(message, carol, party);
            harness.awaitRow(message, row -> row.reactCount() == 1, "never below zero");

            fake.pushMessageUpdate(message, "edited again");
            harness.awaitRow(message, row -> row.wordCount() == 2 && row.reactCount() == 1,
                    "an edit taking the total from the message");

            fake.pushMessageDelete(message);
            RuntimeHarness.await(() -> harness.row(message).isEmpty(), () -> "the deleted row gone");

            List<FakeMessage> batch = new ArrayList<>();
            for (int i = 0; i < 5; i++) {
                batch.add(fake.pushMessage(general, bob, "bulk " + i));
            }
            FakeMessage survivor = fake.pushMessage(general, carol, "I stay");
            harness.awaitRow(survivor);
            fake.pushMessageDeleteBulk(general, batch);
            harness.awaitRowCount(guild.id(), 1);
            assertThat(harness.row(survivor)).isPresent();
        }
    }

    @Test
    @DisplayName("channels created, renamed and deleted and new threads (joined) keep channel_info fresh; member renames are stored")
    void channelsThreadsAndMembers(FakeDiscord fake) {
        FakeGuild guild = fake.addGuild("Reactiflux");
        FakeChannel community = guild.addCategory("Community");
        FakeChannel general = guild.addTextChannel("general", community);
        FakeUser alice = fake.addUser("alice");
        var aliceMember = guild.addMember(alice);

        try (RuntimeHarness harness = new RuntimeHarness(fake, dir.resolve("gavel.db"))) {
            harness.start();
            String guildId = Long.toString(guild.id());
            FakeChannel created = guild.addTextChannel("fresh", community);
            fake.pushChannelCreate(created);
            awaitChannel(harness, created, "fresh", "Community");

            community.name("People");
            fake.pushChannelUpdate(community);
            awaitChannel(harness, general, "general", "People");

            FakeChannel thread = guild.addThread(general, "new thread", alice);
            fake.pushThreadCreate(thread);
            fake.rest().awaitCall("PUT", "/channels/{channel_id}/thread-members/@me", RuntimeHarness.WAIT);
            awaitChannel(harness, thread, "new thread", "general");
            FakeMessage inThread = fake.pushMessage(thread, alice, "in the thread");
            assertThat(harness.awaitRow(inThread).channelCategory()).isEqualTo("general");

            fake.pushChannelDelete(created);
            RuntimeHarness.await(() -> harness.store.read(ChannelDao.class, dao -> dao.listByGuild(guildId)).stream()
                    .noneMatch(channel -> channel.id().equals(Long.toString(created.id()))), () -> "the deleted channel gone");

            alice.globalName("Alice Liddell");
            aliceMember.nick("Wonder");
            fake.pushMemberUpdate(aliceMember);
            RuntimeHarness.await(() -> harness.store.read(MemberDao.class, dao -> dao.find(guildId, Long.toString(alice.id())))
                    .map(Member::displayName).filter("Wonder"::equals).isPresent(), () -> "alice's new name");
        }
    }

    private static void awaitChannel(RuntimeHarness harness, FakeChannel channel, String name, String category) {
        RuntimeHarness.await(() -> harness.store.read(ChannelDao.class, dao -> dao.find(Long.toString(channel.id())))
                .filter(info -> name.equals(info.name()) && java.util.Objects.equals(category, info.category())).isPresent(),
                () -> channel + " stored as " + name + " in " + category + "; it is "
                        + harness.store.read(ChannelDao.class, dao -> dao.find(Long.toString(channel.id()))));
    }
}
