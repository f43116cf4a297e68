package dev.gavel.core.model;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * What changed between two stored settings texts, key by key: nested objects by their dotted path
 * ({@code thresholds.topLimit}), lists as their items. A text that is not a JSON object is one
 * value under {@link #AS_STORED}, so that a malformed setting and its repair still show.
 */
public final class SettingsDiff {

    /** The key under which a text that is not a JSON object is compared as a whole. */
    public static final String AS_STORED = "(settings as stored)";

    private static final ObjectMapper JSON = new ObjectMapper();

    /**
     * One changed key. A value is a list: empty when the key is absent, one item for a single
     * value, the items of a list.
     */
    public record Change(String key, List<String> before, List<String> after) {
        public Change {
            before = List.copyOf(before);
            after = List.copyOf(after);
        }
    }

    private SettingsDiff() {
    }

    /** The keys whose values differ, in the order of the newer text's keys, then the removed ones. */
    public static List<Change> between(String before, String after) {
        Map<String, List<String>> old = flatten(before);
        Map<String, List<String>> current = flatten(after);
        Set<String> keys = new LinkedHashSet<>(current.keySet());
        keys.addAll(old.keySet());
        List<Change> changes = new ArrayList<>();
        for (String key : keys) {
            List<String> was = old.getOrDefault(key, List.of());
            List<String> is = current.getOrDefault(key, List.of());
            if (!Objects.equals(was, is)) {
                changes.add(new Change(key, was, is));
            }
        }
        return changes;
    }

    private static Map<String, List<String>> flatten(String text) {
        Map<String, List<String>> values = new LinkedHashMap<>();
        if (text == null || text.isBlank()) {
            return values;
        }
        JsonNode root;
        try {
            root = JSON.readTree(text);
        } catch (JsonProcessingException e) {
            values.put(AS_STORED, List.of(text));
            return values;
        }
        if (root == null || root.isNull()) {
            return values;
        }
        if (!root.isObject()) {
            values.put(AS_STORED, List.of(text));
            return values;
        }
        flatten("", root, values);
        return values;
    }

    private static void flatten(String prefix, JsonNode object, Map<String, List<String>> values) {
        Iterator<Map.Entry<String, JsonNode>> fields = object.fields();
        while (fields.hasNext()) {
            Map.Entry<String, JsonNode> field = fields.next();
            String key = prefix + field.getKey();
            JsonNode value = field.getValue();
            if (value.isObject()) {
                flatten(key + ".", value, values);
            } else if (value.isArray()) {
                List<String> items = new ArrayList<>();
                value.forEach(item -> items.add(text(item)));
                values.put(key, items);
            } else if (!value.isNull()) {
                values.put(key, List.of(text(value)));
            }
        }
    }

    private static String text(JsonNode value) {
        return value.isValueNode() ? value.asText() : value.toString();
    }
}
