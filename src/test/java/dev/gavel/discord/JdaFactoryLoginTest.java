package dev.gavel.discord;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gavel.discord.fake.FakeChannel;
import dev.gavel.discord.fake.FakeDiscord;
import dev.gavel.discord.fake.FakeDiscordExtension;
import dev.gavel.discord.fake.FakeGuild;
import dev.gavel.discord.fake.FakeRole;
import dev.gavel.discord.fake.FakeUser;
import dev.gavel.discord.fake.Permissions;
import net.dv8tion.jda.api.JDA;
import net.dv8tion.jda.api.entities.Guild;
import net.dv8tion.jda.api.entities.Member;
import net.dv8tion.jda.api.entities.channel.concrete.ThreadChannel;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(FakeDiscordExtension.class)
class JdaFactoryLoginTest {

    @Test
    @DisplayName("logs in and sees the scripted guild with its channels, thread, roles and member names")
    void seesTheScriptedGuild(FakeDiscord fake) {
        // GIVEN a guild with a category, channels of each kind, a thread, a role and a member
        FakeGuild guild = fake.addGuild("Reactiflux").icon("a1b2c3");
        FakeRole moderators = guild.addRole("Moderators", Permissions.MANAGE_MESSAGES);
        FakeChannel community = guild.addCategory("Community");
        FakeChannel general = guild.addTextChannel("general", community);
        FakeChannel news = guild.addNewsChannel("announcements", community);
        FakeChannel voice = guild.addVoiceChannel("Lounge", community);
        FakeChannel forum = guild.addForumChannel("help", community);
        FakeUser alice = fake.addUser("alice").globalName("Alice A.").avatar("f00d");
        guild.addMember(alice).nick("Ali").addRoles(moderators);
        FakeChannel thread = guild.addThread(general, "release plans", alice);

        // WHEN the client logs in through the real factory
        JDA jda = fake.startClient();

        // THEN it sees all of it, with the right names
        Guild seen = jda.getGuildById(guild.id());
        assertThat(seen).isNotNull();
        assertThat(seen.getName()).isEqualTo("Reactiflux");
        assertThat(seen.getIconId()).isEqualTo("a1b2c3");
        assertThat(seen.getCategoryById(community.id()).getName()).isEqualTo("Community");
        assertThat(seen.getTextChannelById(general.id()).getParentCategoryIdLong()).isEqualTo(community.id());
        assertThat(seen.getNewsChannelById(news.id()).getName()).isEqualTo("announcements");
        assertThat(seen.getVoiceChannelById(voice.id()).getName()).isEqualTo("Lounge");
        assertThat(seen.getForumChannelById(forum.id()).getName()).isEqualTo("help");
        ThreadChannel seenThread = seen.getThreadChannelById(thread.id());
        assertThat(seenThread.getName()).isEqualTo("release plans");
        assertThat(seenThread.getParentChannel().getIdLong()).isEqualTo(general.id());
        assertThat(seen.getRoleById(moderators.id()).getName()).isEqualTo("Moderators");

        Member member = seen.getMemberById(alice.id());
        assertThat(member.getNickname()).isEqualTo("Ali");
        assertThat(member.getUser().getName()).isEqualTo("alice");
        assertThat(member.getUser().getGlobalName()).isEqualTo("Alice A.");
        assertThat(member.getUser().getAvatarId()).isEqualTo("f00d");
        assertThat(member.getRoles()).extracting(role -> role.getIdLong()).containsExactly(moderators.id());
        assertThat(seen.getSelfMember().getIdLong()).isEqualTo(fake.bot().id());
        assertThat(seen.getMemberCount()).isEqualTo(3);
    }

    @Test
    @DisplayName("asks the gateway for exactly Gavel's intents, the privileged ones included")
    void identifiesWithGavelsIntents(FakeDiscord fake) {
        fake.addGuild("Reactiflux");

        fake.startClient();

        int guilds = 1;
        int guildMembers = 1 << 1;
        int guildModeration = 1 << 2;
        int guildMessages = 1 << 9;
        int guildMessageReactions = 1 << 10;
        int messageContent = 1 << 15;
        assertThat(fake.gateway().lastIdentifyIntents()).isEqualTo(guilds | guildMembers | guildModeration
                | guildMessages | guildMessageReactions | messageContent);
    }
}
