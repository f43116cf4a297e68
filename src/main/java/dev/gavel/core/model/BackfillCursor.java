package dev.gavel.core.model;

/** Per channel, the newest message recorded: a reconnect backfills after it. */
public record BackfillCursor(String channelId, String guildId, String lastMessageId) {
}
