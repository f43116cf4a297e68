package dev.gavel.discord;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import dev.gavel.core.model.ChannelInfo;
import dev.gavel.core.model.Role;
import net.dv8tion.jda.api.JDA;
import net.dv8tion.jda.api.Permission;
import net.dv8tion.jda.api.entities.Guild;
import net.dv8tion.jda.api.entities.Member;
import net.dv8tion.jda.api.entities.channel.middleman.GuildChannel;
import net.dv8tion.jda.api.entities.channel.middleman.GuildMessageChannel;

/**
 * What a connected bot sees of its guilds, for the console's settings: channels and roles as
 * Discord has them now, and whether the bot may post in a channel. Reads the client's cache only
 * (no request to Discord), so it answers at once; empty while the bot is not connected.
 */
public final class LiveDirectory {

    /** What posting a log line needs. */
    static final Set<Permission> TO_POST = EnumSet.of(Permission.VIEW_CHANNEL, Permission.MESSAGE_SEND);

    private final BotRuntime runtime;

    public LiveDirectory(BotRuntime runtime) {
        this.runtime = runtime;
    }

    /** True while the client is there to answer (connected or resuming). */
    public boolean isAvailable() {
        return runtime.client() != null;
    }

    /** The bot's user name; empty before it connected. */
    public Optional<String> botName() {
        JDA client = runtime.client();
        return client == null ? Optional.empty() : Optional.of(client.getSelfUser().getName());
    }

    public List<ChannelInfo> channels(String guildId) {
        return guild(guildId).map(Snapshots::channels).orElse(List.of());
    }

    public List<Role> roles(String guildId) {
        return guild(guildId).map(Snapshots::roles).orElse(List.of());
    }

    /** Why the bot may not post in the channel, as a sentence naming what it lacks; empty when it may. */
    public Optional<String> whyBotCannotPost(String guildId, String channelId) {
        Optional<Guild> found = guild(guildId);
        if (found.isEmpty()) {
            return Optional.of("The bot is not in this guild now, so it cannot post there.");
        }
        Guild guild = found.get();
        GuildChannel channel = guild.getGuildChannelById(channelId);
        if (channel == null) {
            return Optional.of("This channel is not in " + guild.getName() + " any more; choose another.");
        }
        if (!(channel instanceof GuildMessageChannel)) {
            return Optional.of("#" + channel.getName() + " is not a channel the bot can post in; choose a text channel.");
        }
        Member self = guild.getSelfMember();
        List<String> missing = new ArrayList<>();
        for (Permission permission : TO_POST) {
            if (!self.hasPermission(channel, permission)) {
                missing.add(permission.getName());
            }
        }
        if (missing.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of("The bot may not post in #" + channel.getName() + ": it lacks " + String.join(" and ", missing)
                + " there. Give its role that permission in the channel, or choose another.");
    }

    private Optional<Guild> guild(String guildId) {
        JDA client = runtime.client();
        if (client == null || guildId == null) {
            return Optional.empty();
        }
        try {
            return Optional.ofNullable(client.getGuildById(guildId));
        } catch (NumberFormatException notAnId) {
            return Optional.empty();
        }
    }
}
