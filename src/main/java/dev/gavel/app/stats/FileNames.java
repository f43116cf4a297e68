package dev.gavel.app.stats;

import java.util.Locale;
import java.util.regex.Pattern;

import dev.gavel.core.stats.DateRange;

/** Default names of exported files: guild, report and range, e.g. {@code Rustaceans_top-participants_2025-04-01_to_2025-06-30.csv}. */
final class FileNames {

    private static final Pattern NOT_IN_A_NAME = Pattern.compile("[\\\\/:*?\"<>|\\p{Cntrl}]");
    private static final Pattern SPACES = Pattern.compile("\\s+");
    private static final int MAX_PART = 60;

    private FileNames() {
    }

    static String of(String guildName, String report, DateRange range, String extension) {
        return part(guildName, "guild") + "_" + part(report, "report").toLowerCase(Locale.ROOT) + "_" + range.from() + "_to_"
                + range.to() + "." + extension;
    }

    private static String part(String text, String fallback) {
        String cleaned = text == null ? "" : SPACES.matcher(NOT_IN_A_NAME.matcher(text).replaceAll("").strip()).replaceAll("-");
        cleaned = cleaned.replaceAll("^[.-]+", "");
        if (cleaned.isEmpty()) {
            return fallback;
        }
        return cleaned.length() > MAX_PART ? cleaned.substring(0, MAX_PART) : cleaned;
    }
}
