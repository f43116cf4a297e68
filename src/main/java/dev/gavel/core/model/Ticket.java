package dev.gavel.core.model;

import java.time.Instant;

/** A ticket opened through a panel: a private thread between a member and the staff role. */
public record Ticket(
        String threadId,
        String guildId,
        String panelMessageId,
        String channelId,
        String openerId,
        String openerName,
        String concern,
        Instant openedAt,
        Instant closedAt,
        String closedBy,
        Feedback feedback) {

    public boolean isOpen() {
        return closedAt == null;
    }
}
