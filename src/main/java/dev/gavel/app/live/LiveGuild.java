package dev.gavel.app.live;

/** A guild the connected bot is in. */
public record LiveGuild(String id, String name, String iconUrl) {
}
