package dev.gavel.core.model;

import java.time.Instant;

/**
 * A message filed into a member's thread ({@code reported_messages}). {@code content} and
 * {@code attachments} (a JSON array of file names and URLs) are what was quoted, kept so that a case
 * reads offline. A null {@code createdAt} is an unknown time (a database of the original bot may hold
 * the text {@code CURRENT_TIMESTAMP} instead of a time); such a database kept no content.
 */
public record ReportedMessage(
        String id,
        String reportedMessageId,
        String reportedChannelId,
        String reportedUserId,
        String guildId,
        String logMessageId,
        String logChannelId,
        ReportReason reason,
        String staffId,
        String staffUsername,
        String extra,
        Instant createdAt,
        Instant deletedAt,
        String content,
        String attachments) {
}
