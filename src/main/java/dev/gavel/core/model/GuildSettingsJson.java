package dev.gavel.core.model;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;

/** Reads and writes {@code guilds.settings}, keeping keys Gavel does not know. */
public final class GuildSettingsJson {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final TypeReference<LinkedHashMap<String, Object>> MAP = new TypeReference<>() { };
    private static final List<String> KNOWN = List.of("modLog", "moderator", "restricted", "deletionLog",
            "statsChannels", "statsCategories", "timeZone", "thresholds");

    private GuildSettingsJson() {
    }

    /**
     * Parses stored settings; null or blank text gives empty settings.
     *
     * @throws IllegalArgumentException naming the key when the text is not a JSON object or a
     *                                  value has the wrong type
     */
    public static GuildSettings parse(String json) {
        if (json == null || json.isBlank()) {
            return GuildSettings.empty();
        }
        Map<String, Object> map;
        try {
            map = JSON.readValue(json, MAP);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("The settings are not a JSON object: " + e.getOriginalMessage(), e);
        }
        if (map == null) {
            return GuildSettings.empty();
        }
        Map<String, Object> other = new LinkedHashMap<>(map);
        KNOWN.forEach(other::remove);
        return new GuildSettings(
                id(map, "modLog"), id(map, "moderator"), id(map, "restricted"), id(map, "deletionLog"),
                strings(map, "statsChannels"), strings(map, "statsCategories"), text(map, "timeZone"),
                thresholds(map.get("thresholds")), other);
    }

    public static String write(GuildSettings settings) {
        Map<String, Object> map = new LinkedHashMap<>();
        putIfSet(map, "modLog", settings.modLog());
        putIfSet(map, "moderator", settings.moderator());
        putIfSet(map, "restricted", settings.restricted());
        putIfSet(map, "deletionLog", settings.deletionLog());
        map.put("statsChannels", settings.statsChannels());
        map.put("statsCategories", settings.statsCategories());
        map.put("timeZone", settings.timeZone());
        StatsThresholds t = settings.thresholds();
        Map<String, Object> thresholds = new LinkedHashMap<>();
        thresholds.put("topMinMessages", t.topMinMessages());
        thresholds.put("topMinWords", t.topMinWords());
        thresholds.put("topLimit", t.topLimit());
        thresholds.put("cohortMinMessages", t.cohortMinMessages());
        thresholds.put("communicatorMinMessages", t.communicatorMinMessages());
        map.put("thresholds", thresholds);
        settings.otherKeys().forEach(map::putIfAbsent);
        try {
            return JSON.writeValueAsString(map);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Settings could not be written as JSON", e);
        }
    }

    private static void putIfSet(Map<String, Object> map, String key, String value) {
        if (value != null && !value.isBlank()) {
            map.put(key, value);
        }
    }

    /** Ids may be stored as numbers by other tools; they are snowflakes, kept as text. */
    private static String id(Map<String, Object> map, String key) {
        Object value = map.get(key);
        if (value == null) {
            return null;
        }
        if (value instanceof String || value instanceof Number) {
            String text = value.toString();
            return text.isBlank() ? null : text;
        }
        throw new IllegalArgumentException("The setting '" + key + "' should be an id, but it is " + value);
    }

    private static String text(Map<String, Object> map, String key) {
        Object value = map.get(key);
        if (value == null || value instanceof String) {
            return (String) value;
        }
        throw new IllegalArgumentException("The setting '" + key + "' should be text, but it is " + value);
    }

    private static List<String> strings(Map<String, Object> map, String key) {
        Object value = map.get(key);
        if (value == null) {
            return List.of();
        }
        if (!(value instanceof List<?> list)) {
            throw new IllegalArgumentException("The setting '" + key + "' should be a list, but it is " + value);
        }
        List<String> result = new ArrayList<>();
        for (Object item : list) {
            if (!(item instanceof String || item instanceof Number)) {
                throw new IllegalArgumentException("The setting '" + key + "' should list texts, but holds " + item);
            }
            result.add(item.toString());
        }
        return result;
    }

    private static StatsThresholds thresholds(Object value) {
        if (value == null) {
            return StatsThresholds.DEFAULTS;
        }
        if (!(value instanceof Map<?, ?> map)) {
            throw new IllegalArgumentException("The setting 'thresholds' should be an object, but it is " + value);
        }
        StatsThresholds d = StatsThresholds.DEFAULTS;
        return new StatsThresholds(
                count(map, "topMinMessages", d.topMinMessages()),
                count(map, "topMinWords", d.topMinWords()),
                count(map, "topLimit", d.topLimit()),
                count(map, "cohortMinMessages", d.cohortMinMessages()),
                count(map, "communicatorMinMessages", d.communicatorMinMessages()));
    }

    private static int count(Map<?, ?> map, String key, int fallback) {
        Object value = map.get(key);
        if (value == null) {
            return fallback;
        }
        if (value instanceof Integer || value instanceof Long) {
            long number = ((Number) value).longValue();
            if (number >= 0 && number <= Integer.MAX_VALUE) {
                return (int) number;
            }
        }
        throw new IllegalArgumentException("The threshold '" + key + "' should be a whole number of zero or more, but it is " + value);
    }
}
