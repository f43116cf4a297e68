package dev.gavel.discord.fake;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * A REST request the client made and the status the fake answered.
 *
 * @param path the path after {@code /api/v10}, e.g. {@code /channels/1/messages}
 * @param query the query parameters (first value of each)
 * @param body the raw body, empty for none
 * @param json the JSON body, or the {@code payload_json} part of a multipart body; null for none
 * @param auditLogReason the {@code X-Audit-Log-Reason} header, URL-decoded; null for none
 * @param attachmentNames the file names of a multipart body's files
 */
public record RestCall(String method, String path, Map<String, String> query, String body, JsonNode json,
        String auditLogReason, List<String> attachmentNames, Instant receivedAt, int status) {

    public String query(String name) {
        return query.get(name);
    }

    /** Whether this call matches a template such as {@code POST /channels/{channel_id}/messages}. */
    public boolean matches(String templateMethod, String template) {
        return RouteTemplate.of(templateMethod, template).match(method, path) != null;
    }

    /** The path parameters by the names of {@code template}, e.g. {@code params("/channels/{id}").id("id")}. */
    public PathParams params(String template) {
        PathParams params = RouteTemplate.of(method, template).match(method, path);
        if (params == null) {
            throw new IllegalArgumentException(this + " does not match " + template);
        }
        return params;
    }

    RestCall answered(int answeredStatus) {
        return new RestCall(method, path, query, body, json, auditLogReason, attachmentNames, receivedAt,
                answeredStatus);
    }

    @Override
    public String toString() {
        return method + " " + path + (query.isEmpty() ? "" : " " + query) + " -> " + status;
    }
}
