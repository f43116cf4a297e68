package dev.gavel.app.session;

import java.util.List;
import java.util.Optional;

import dev.gavel.core.model.ChannelInfo;
import dev.gavel.core.model.Role;
import dev.gavel.store.ModerationReads;

/** The channels and roles the store last saw: offline, nothing about permissions can be checked. */
public final class StoreGuildDirectory implements GuildDirectory {

    private final ModerationReads reads;

    public StoreGuildDirectory(ModerationReads reads) {
        this.reads = reads;
    }

    @Override
    public List<ChannelInfo> channels(String guildId) {
        return reads.channels(guildId);
    }

    @Override
    public List<Role> roles(String guildId) {
        return reads.roles(guildId);
    }

    @Override
    public boolean checksPermissions() {
        return false;
    }

    @Override
    public Optional<String> whyBotCannotPost(String guildId, String channelId) {
        return Optional.empty();
    }
}
