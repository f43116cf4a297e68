package dev.gavel.core.stats;

/** Messages in one category; {@code category} is null for channels without one. */
public record CategoryCount(String category, long messages) {
}
