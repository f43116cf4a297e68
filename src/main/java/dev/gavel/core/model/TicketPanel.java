package dev.gavel.core.model;

import java.time.Instant;

/**
 * A ticket panel: the original's {@code tickets_config} row ({@code messageId}, {@code targetChannelId}
 * — null means tickets open in the panel's own channel — and {@code roleId}) with Gavel's settings.
 */
public record TicketPanel(
        String messageId,
        String guildId,
        String panelChannelId,
        String targetChannelId,
        String roleId,
        String buttonText,
        int openLimit,
        PanelStatus status,
        String createdBy,
        Instant createdAt) {

    /** The channel where this panel's tickets open. */
    public String ticketChannelId() {
        return targetChannelId != null ? targetChannelId : panelChannelId;
    }
}
