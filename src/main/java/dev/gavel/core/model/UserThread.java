package dev.gavel.core.model;

import java.time.Instant;

/**
 * The moderation thread of one member in one guild. A null {@code createdAt} or {@code updatedAt}
 * is an unknown time: a database of the original bot may hold the text {@code CURRENT_TIMESTAMP}
 * instead of a time, and it kept no {@code updated_at} (read as {@code createdAt}).
 */
public record UserThread(String userId, String guildId, String threadId, Instant createdAt, Instant updatedAt) {
}
