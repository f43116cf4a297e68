package dev.gavel.core.stats;

import java.util.List;

/** Per channel over a range, by messages descending; {@code share} is the channel's fraction (0–1) of the messages. */
public record ChannelsReport(StatsRequest request, long messages, List<Channel> channels) {

    public ChannelsReport {
        channels = List.copyOf(channels);
    }

    public record Channel(String channelId, String name, String category, long messages, long words, long reactions,
                          long authors, double share) {
    }
}
