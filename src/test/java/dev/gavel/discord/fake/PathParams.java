package dev.gavel.discord.fake;

import java.util.Map;

/** The values a REST path gave to the {@code {names}} of a route template. */
public record PathParams(Map<String, String> values) {

    public String get(String name) {
        String value = values.get(name);
        if (value == null) {
            throw new IllegalArgumentException("the route has no {" + name + "}");
        }
        return value;
    }

    /** A snowflake parameter; {@code @me} is the bot's id. */
    public long id(String name) {
        return Long.parseUnsignedLong(get(name));
    }
}
