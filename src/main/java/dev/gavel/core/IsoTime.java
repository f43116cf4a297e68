package dev.gavel.core;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.Optional;

/** The store's time text: ISO-8601 UTC with milliseconds, {@code YYYY-MM-DDTHH:MM:SS.sssZ}. */
public final class IsoTime {

    private static final DateTimeFormatter FORMAT = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSS'Z'")
            .withZone(ZoneOffset.UTC);
    private static final DateTimeFormatter SQL_DATETIME = DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm:ss[.SSS]");

    private IsoTime() {
    }

    public static String format(Instant instant) {
        return FORMAT.format(instant.truncatedTo(ChronoUnit.MILLIS));
    }

    /** Parses the store's format and the other ISO-8601 instants ({@code …Z}, offsets). */
    public static Instant parse(String text) {
        return Instant.parse(text.strip());
    }

    /**
     * Parses a time as the original bot stored it: an ISO-8601 instant, or SQLite's
     * {@code YYYY-MM-DD HH:MM:SS} (UTC). Empty for anything else, such as the literal text
     * {@code CURRENT_TIMESTAMP} that its broken defaults wrote.
     */
    public static Optional<Instant> parseLenient(String text) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        String value = text.strip();
        try {
            return Optional.of(Instant.parse(value));
        } catch (DateTimeParseException notIso) {
            try {
                return Optional.of(LocalDateTime.parse(value, SQL_DATETIME).toInstant(ZoneOffset.UTC));
            } catch (DateTimeParseException notSql) {
                return Optional.empty();
            }
        }
    }
}
