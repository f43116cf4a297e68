package dev.gavel.core.stats;

/** From {@code fromMillis} (UTC epoch ms) until the next span, local time is UTC plus {@code offsetMillis}. */
public record OffsetSpan(long fromMillis, long offsetMillis) {
}
