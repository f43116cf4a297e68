package dev.gavel.discord.fake;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/** A method and a path with {@code {name}} segments, e.g. {@code POST /channels/{channel_id}/messages}. */
record RouteTemplate(String method, String[] segments) {

    static RouteTemplate of(String method, String path) {
        String trimmed = path.startsWith("/") ? path.substring(1) : path;
        return new RouteTemplate(method.toUpperCase(Locale.ROOT), trimmed.split("/", -1));
    }

    /** The parameters when {@code method} and {@code path} match; null otherwise. */
    PathParams match(String requestMethod, String path) {
        if (!method.equals(requestMethod)) {
            return null;
        }
        String[] parts = (path.startsWith("/") ? path.substring(1) : path).split("/", -1);
        if (parts.length != segments.length) {
            return null;
        }
        Map<String, String> values = new HashMap<>();
        for (int i = 0; i < parts.length; i++) {
            String segment = segments[i];
            if (segment.startsWith("{") && segment.endsWith("}")) {
                if (parts[i].isEmpty() || segment.endsWith("_id}") && !isIdOrAlias(parts[i])) {
                    return null;
                }
                values.put(segment.substring(1, segment.length() - 1), parts[i]);
            } else if (!segment.equals(parts[i])) {
                return null;
            }
        }
        return new PathParams(values);
    }

    /** A snowflake, or Discord's {@code @me} / {@code @original} aliases. */
    private static boolean isIdOrAlias(String part) {
        return part.startsWith("@") || part.chars().allMatch(Character::isDigit);
    }

    /** Templates with more fixed segments win: {@code /messages/bulk-delete} over {@code /messages/{id}}. */
    int fixedSegments() {
        int count = 0;
        for (String segment : segments) {
            if (!segment.startsWith("{")) {
                count++;
            }
        }
        return count;
    }

    @Override
    public String toString() {
        return method + " /" + String.join("/", segments);
    }
}
