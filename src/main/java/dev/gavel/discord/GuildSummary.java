package dev.gavel.discord;

/** A guild the bot is in, as the guild picker shows it. */
public record GuildSummary(String id, String name, String iconUrl) {
}
