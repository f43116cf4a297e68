package dev.gavel.core.model;

/**
 * A channel as last seen ({@code channel_info}). {@code category} is the name the statistics use:
 * the parent category's name, or for a thread its parent channel's name.
 */
public record ChannelInfo(
        String id,
        String guildId,
        String name,
        String category,
        ChannelKind type,
        String parentId,
        Integer position) {
}
