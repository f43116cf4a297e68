package dev.gavel.core.model;

import java.time.Instant;

/** One change of a guild's settings: the settings JSON before and after. */
public record SettingsChange(long id, String guildId, Instant changedAt, String changedBy, String before, String after) {
}
