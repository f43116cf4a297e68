package dev.gavel.core.model;

import java.time.Instant;

/**
 * A ticket panel: the original's {@code tickets_config} row ({@code messageId}, {@code targetChannelId}
 * — null means tickets open in the panel's own channel — and {@code roleId}) with Gavel's settings.
 * A panel of the original bot has no settings of Gavel's: its {@code guildId} and {@code panelChannelId}
 * are derived where the recorded messages allow (else null), {@code buttonText} is null (the original's
 * button said "Open ticket"), the open limit and status are Gavel's defaults, {@code createdAt} is the
 * time in the panel message's id.
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
