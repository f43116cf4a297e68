package dev.gavel.discord.fake;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Collection;
import java.util.function.Function;

/** Building blocks of Discord's JSON: ids as strings, times as ISO-8601 with an offset. */
final class Json {

    private static final DateTimeFormatter DISCORD_TIME =
            DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSSSSSxxx").withZone(ZoneOffset.UTC);

    private Json() {
    }

    static ObjectNode object() {
        return JsonNodeFactory.instance.objectNode();
    }

    static ArrayNode array() {
        return JsonNodeFactory.instance.arrayNode();
    }

    static <T> ArrayNode array(Collection<T> items, Function<T, JsonNode> toJson) {
        ArrayNode array = array();
        for (T item : items) {
            array.add(toJson.apply(item));
        }
        return array;
    }

    static String id(long snowflake) {
        return Long.toUnsignedString(snowflake);
    }

    static String time(Instant instant) {
        return DISCORD_TIME.format(instant);
    }
}
