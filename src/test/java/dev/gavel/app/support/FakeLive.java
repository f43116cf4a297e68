package dev.gavel.app.support;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

import dev.gavel.app.live.ConnectionStatus;
import dev.gavel.app.live.LiveConnection;
import dev.gavel.app.session.GuildDirectory;
import dev.gavel.app.session.StoreGuildDirectory;
import dev.gavel.app.session.OpenStore;
import dev.gavel.app.shell.LiveSignal;
import dev.gavel.core.model.ChannelInfo;
import dev.gavel.core.model.Role;

/**
 * A connected bot as the console sees it, driven by the test: its status is set by hand and the
 * channels where it may not post are named. Channels and roles come from the store.
 */
public final class FakeLive implements LiveConnection {

    private final GuildDirectory stored;
    private final List<Consumer<ConnectionStatus>> listeners = new ArrayList<>();
    private final Map<String, String> refusedChannels;
    private ConnectionStatus status;
    public boolean backfillCancelled;
    public boolean disconnected;

    public FakeLive(OpenStore store, ConnectionStatus status, Map<String, String> refusedChannels) {
        this.stored = new StoreGuildDirectory(store.reads());
        this.status = status;
        this.refusedChannels = Map.copyOf(refusedChannels);
    }

    public void publish(ConnectionStatus newStatus) {
        status = newStatus;
        List.copyOf(listeners).forEach(listener -> listener.accept(newStatus));
    }

    @Override
    public String botName() {
        return "Gavel Bot";
    }

    @Override
    public ConnectionStatus status() {
        return status;
    }

    @Override
    public LiveSignal.Subscription onStatus(Consumer<ConnectionStatus> listener) {
        listeners.add(listener);
        return () -> listeners.remove(listener);
    }

    @Override
    public LiveSignal signal() {
        return LiveSignal.NONE;
    }

    @Override
    public GuildDirectory directory() {
        return new GuildDirectory() {
            @Override
            public List<ChannelInfo> channels(String guildId) {
                return stored.channels(guildId);
            }

            @Override
            public List<Role> roles(String guildId) {
                return stored.roles(guildId);
            }

            @Override
            public boolean checksPermissions() {
                return true;
            }

            @Override
            public Optional<String> whyBotCannotPost(String guildId, String channelId) {
                return Optional.ofNullable(refusedChannels.get(channelId));
            }
        };
    }

    @Override
    public void cancelBackfill() {
        backfillCancelled = true;
    }

    @Override
    public void disconnect() {
        disconnected = true;
    }
}
