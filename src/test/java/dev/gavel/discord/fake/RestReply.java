package dev.gavel.discord.fake;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.LinkedHashMap;
import java.util.Map;

/** The fake's answer to a REST call: a status, headers and a body (JSON or none). */
public record RestReply(int status, Map<String, String> headers, JsonNode json) {

    public static RestReply json(int status, JsonNode body) {
        return new RestReply(status, Map.of(), body);
    }

    public static RestReply ok(JsonNode body) {
        return json(200, body);
    }

    public static RestReply noContent() {
        return new RestReply(204, Map.of(), null);
    }

    /** Discord's error body: {@code {"message": ..., "code": ...}}, e.g. 404 / 10008 "Unknown Message". */
    public static RestReply error(int status, int discordCode, String message) {
        return json(status, Json.object().put("message", message).put("code", discordCode));
    }

    public RestReply withHeader(String name, String value) {
        Map<String, String> more = new LinkedHashMap<>(headers);
        more.put(name, value);
        return new RestReply(status, more, json);
    }
}
