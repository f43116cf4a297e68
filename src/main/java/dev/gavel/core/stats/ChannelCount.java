package dev.gavel.core.stats;

/** Messages in one channel; {@code name} falls back to the id and {@code category} may be null. */
public record ChannelCount(String channelId, String name, String category, long messages) {
}
