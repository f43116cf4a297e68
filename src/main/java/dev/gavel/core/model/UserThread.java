package dev.gavel.core.model;

import java.time.Instant;

/** The moderation thread of one member in one guild. */
public record UserThread(String userId, String guildId, String threadId, Instant createdAt, Instant updatedAt) {
}
