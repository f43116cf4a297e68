package dev.gavel.app.session;

import java.util.List;
import java.util.Optional;

import dev.gavel.core.model.ChannelInfo;
import dev.gavel.core.model.Role;

/**
 * A guild's channels and roles for the settings pickers: live from Discord while a bot is
 * connected, else as the store last saw them. Every method may block: call them off the JavaFX thread.
 */
public interface GuildDirectory {

    List<ChannelInfo> channels(String guildId);

    List<Role> roles(String guildId);

    /** True when the directory can tell whether the bot may post in a channel (live only). */
    boolean checksPermissions();

    /** Why the bot may not post in the channel, as a sentence; empty when it may (or when that cannot be checked). */
    Optional<String> whyBotCannotPost(String guildId, String channelId);
}
