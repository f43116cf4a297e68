package dev.gavel.core.model;

import java.time.Instant;

/**
 * A moderation action seen on Discord ({@code mod_actions}). A null {@code createdAt} is an unknown
 * time (a database of the original bot may hold the text {@code CURRENT_TIMESTAMP} instead of a time).
 */
public record ModAction(
        String id,
        String userId,
        String guildId,
        ModActionType actionType,
        String executorId,
        String executorUsername,
        String reason,
        String duration,
        Instant createdAt) {
}
