package dev.gavel.core.stats;

import java.util.Objects;

/** The rows a query reads: one guild's messages in a range, through a channel filter. */
public record ActivityScope(String guildId, DateRange range, ChannelFilter filter) {

    public ActivityScope {
        Objects.requireNonNull(guildId, "guildId");
        Objects.requireNonNull(range, "range");
        filter = filter == null ? ChannelFilter.NONE : filter;
    }

    public static ActivityScope of(StatsRequest request) {
        return new ActivityScope(request.guildId(), request.range(), request.filter());
    }

    public ActivityScope unfiltered() {
        return new ActivityScope(guildId, range, ChannelFilter.NONE);
    }
}
