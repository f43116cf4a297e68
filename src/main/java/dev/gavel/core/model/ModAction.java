package dev.gavel.core.model;

import java.time.Instant;

/** A moderation action seen on Discord ({@code mod_actions}). */
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
