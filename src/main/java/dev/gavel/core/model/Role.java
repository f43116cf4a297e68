package dev.gavel.core.model;

/** A guild role as last seen, kept for the settings pickers offline. */
public record Role(String guildId, String roleId, String name, Integer color, int position) {
}
