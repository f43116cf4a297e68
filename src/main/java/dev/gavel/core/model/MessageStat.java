package dev.gavel.core.model;

/**
 * One row of {@code message_stats}: what Gavel keeps of a message (never its content).
 * {@code codeStats} and {@code linkStats} are the JSON arrays described in METRICS.md.
 */
public record MessageStat(
        String messageId,
        String guildId,
        String channelId,
        String channelCategory,
        String authorId,
        String recipientId,
        long sentAt,
        int wordCount,
        int charCount,
        int reactCount,
        String codeStats,
        String linkStats) {
}
