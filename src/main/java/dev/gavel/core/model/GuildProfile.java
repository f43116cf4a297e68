package dev.gavel.core.model;

/** A guild's name and icon as last seen on Discord, kept for offline use. */
public record GuildProfile(String guildId, String name, String iconUrl, Integer memberCount, boolean botPresent) {
}
