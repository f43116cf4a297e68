package dev.gavel.store;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.gavel.core.model.MessageStat;

/**
 * What a set of changes to {@code message_stats} does to every rollup table, summed per key
 * before anything is written: each row that leaves counts −1 (its measures subtracted), each row
 * that arrives +1. The one place where a row's buckets and measures are worked out; the formulas
 * are those of the V3 and V4 migrations (and of {@link BulkLoader}'s sums):
 * <ul>
 *   <li>hour = {@code sent_at / 3600000}, day = {@code sent_at / 86400000}, month = UTC year × 12
 *       + month − 1 of {@code sent_at / 1000} seconds; category {@code ''} for none</li>
 *   <li>messages 1, words, chars, reactions; code_messages and link_messages 1 when the
 *       {@code code_stats} / {@code link_stats} array is not empty; code_blocks = the number of
 *       code blocks, code_lines and code_chars their sums of {@code lines} and {@code chars}</li>
 *   <li>per code block: kind {@code fenced} when it has a {@code lang} key (lang {@code ''} when
 *       that is null), else {@code inline} with lang {@code ''}; blocks 1, its lines and chars</li>
 * </ul>
 * Not thread-safe: one delta belongs to one write.
 */
final class RollupDelta {

    private static final long MS_PER_HOUR = 3_600_000L;
    private static final long MS_PER_DAY = 86_400_000L;
    private static final long SECONDS_PER_DAY = 86_400L;
    private static final String EMPTY_ARRAY = "[]";
    private static final ObjectMapper JSON = new ObjectMapper();

    private final Map<RollupTable, Map<RollupKey, long[]>> changes = new EnumMap<>(RollupTable.class);

    /** A row that arrives: a new message, or the new state of a changed one. */
    void add(MessageStat row) {
        count(row, 1);
    }

    /** A row that leaves: a deleted message, or the old state of a changed one. */
    void remove(MessageStat row) {
        count(row, -1);
    }

    /** The reactions of {@code row} change by {@code delta}, nothing else of it. */
    void changeReactions(MessageStat row, long delta) {
        if (delta == 0) {
            return;
        }
        Buckets at = Buckets.of(row);
        for (RollupTable table : RollupTable.values()) {
            if (!table.isCode()) {
                sum(table, messageKey(table, row, at))[RollupTable.REACTIONS] += delta;
            }
        }
    }

    /** The summed changes of one table's keys (some may have come to all zeros). */
    Map<RollupKey, long[]> changes(RollupTable table) {
        return changes.getOrDefault(table, Map.of());
    }

    private void count(MessageStat row, int sign) {
        Buckets at = Buckets.of(row);
        List<CodeBlock> blocks = codeBlocks(row);
        long lines = 0;
        long chars = 0;
        for (CodeBlock block : blocks) {
            lines += block.lines();
            chars += block.chars();
        }
        long[] measures = {1, row.wordCount(), row.charCount(), row.reactCount(), blocks.isEmpty() ? 0 : 1,
            hasLinks(row) ? 1 : 0, blocks.size(), lines, chars};
        for (RollupTable table : RollupTable.values()) {
            if (table.isCode()) {
                for (CodeBlock block : blocks) {
                    long[] sums = sum(table, codeKey(table, row, at, block));
                    sums[0] += sign;
                    sums[1] += sign * block.lines();
                    sums[2] += sign * block.chars();
                }
            } else {
                long[] sums = sum(table, messageKey(table, row, at));
                for (int i = 0; i < measures.length; i++) {
                    sums[i] += sign * measures[i];
                }
            }
        }
    }

    private long[] sum(RollupTable table, RollupKey key) {
        return changes.computeIfAbsent(table, t -> new HashMap<>()).computeIfAbsent(key, k -> new long[table.measureCount()]);
    }

    private static RollupKey messageKey(RollupTable table, MessageStat row, Buckets at) {
        return switch (table) {
            case ACTIVITY_HOUR -> new RollupKey(row.guildId(), at.hour(), row.authorId(), row.channelId(), at.category(), null, null);
            case ACTIVITY_DAY -> new RollupKey(row.guildId(), at.day(), row.authorId(), row.channelId(), at.category(), null, null);
            case ACTIVITY_MONTH -> new RollupKey(row.guildId(), at.month(), row.authorId(), row.channelId(), at.category(), null, null);
            case AUTHOR_DAY -> new RollupKey(row.guildId(), at.day(), row.authorId(), null, null, null, null);
            case AUTHOR_MONTH -> new RollupKey(row.guildId(), at.month(), row.authorId(), null, null, null, null);
            case CHANNEL_HOUR -> new RollupKey(row.guildId(), at.hour(), null, row.channelId(), at.category(), null, null);
            case CHANNEL_DAY -> new RollupKey(row.guildId(), at.day(), null, row.channelId(), at.category(), null, null);
            case CODE_LANG_HOUR, CODE_LANG_DAY -> throw new IllegalArgumentException(table + " is keyed by code block");
        };
    }

    private static RollupKey codeKey(RollupTable table, MessageStat row, Buckets at, CodeBlock block) {
        long bucket = switch (table) {
            case CODE_LANG_HOUR -> at.hour();
            case CODE_LANG_DAY -> at.day();
            default -> throw new IllegalArgumentException(table + " is not keyed by code block");
        };
        return new RollupKey(row.guildId(), bucket, null, row.channelId(), at.category(), block.kind(), block.lang());
    }

    /** Where a row is counted: its UTC hour, day and month, and its category ('' for none). */
    private record Buckets(long hour, long day, long month, String category) {

        static Buckets of(MessageStat row) {
            long sentAt = row.sentAt();
            // as SQLite's strftime(..., sent_at / 1000, 'unixepoch'): whole seconds, truncated
            LocalDate date = LocalDate.ofEpochDay(Math.floorDiv(sentAt / 1000, SECONDS_PER_DAY));
            return new Buckets(sentAt / MS_PER_HOUR, sentAt / MS_PER_DAY, date.getYear() * 12L + date.getMonthValue() - 1,
                    row.channelCategory() == null ? "" : row.channelCategory());
        }
    }

    private record CodeBlock(String kind, String lang, long lines, long chars) {
    }

    private static List<CodeBlock> codeBlocks(MessageStat row) {
        if (EMPTY_ARRAY.equals(row.codeStats())) {
            return Collections.emptyList();
        }
        JsonNode array = jsonArray(row, "code_stats", row.codeStats());
        List<CodeBlock> blocks = new ArrayList<>(array.size());
        for (JsonNode block : array) {
            JsonNode lang = block.isObject() ? block.get("lang") : null;
            blocks.add(new CodeBlock(lang == null ? "inline" : "fenced", lang == null ? "" : text(lang),
                    block.path("lines").asLong(0), block.path("chars").asLong(0)));
        }
        return blocks;
    }

    /** A JSON value as SQLite's json_extract gives it to a TEXT column: '' for null. */
    private static String text(JsonNode value) {
        if (value.isNull()) {
            return "";
        }
        return value.isValueNode() ? value.asText() : value.toString();
    }

    private static boolean hasLinks(MessageStat row) {
        return !EMPTY_ARRAY.equals(row.linkStats()) && !jsonArray(row, "link_stats", row.linkStats()).isEmpty();
    }

    private static JsonNode jsonArray(MessageStat row, String column, String json) {
        JsonNode node;
        try {
            node = json == null ? null : JSON.readTree(json);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException(column + " of message " + row.messageId() + " is not JSON: " + json, e);
        }
        if (node == null || !node.isArray()) {
            throw new IllegalArgumentException(column + " of message " + row.messageId() + " is not a JSON array: " + json);
        }
        return node;
    }
}
