package dev.gavel.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jdbi.v3.core.Handle;

/**
 * Every rollup table recomputed from raw {@code message_stats} with the definitions of the V3 and
 * V4 migrations (their triggers' expressions, written out here as plain GROUP BY queries), to
 * check what the store keeps against. Independent of the Java that keeps the rollups.
 */
final class RollupRecomputation {

    private static final String HOUR = "sent_at / 3600000";
    private static final String DAY = "sent_at / 86400000";
    private static final String MONTH = "CAST(strftime('%Y', sent_at / 1000, 'unixepoch') AS INTEGER) * 12 "
            + "+ CAST(strftime('%m', sent_at / 1000, 'unixepoch') AS INTEGER) - 1";
    private static final String CATEGORY = "coalesce(channel_category, '')";
    private static final String MEASURES = "count(*), sum(word_count), sum(char_count), sum(react_count), "
            + "sum(json_array_length(code_stats) > 0), sum(json_array_length(link_stats) > 0), sum(json_array_length(code_stats)), "
            + "sum((SELECT coalesce(sum(json_extract(value, '$.lines')), 0) FROM json_each(code_stats))), "
            + "sum((SELECT coalesce(sum(json_extract(value, '$.chars')), 0) FROM json_each(code_stats)))";
    private static final String KEPT_MEASURES = "messages, words, chars, reactions, code_messages, link_messages, code_blocks, "
            + "code_lines, code_chars";
    private static final String CODE = "SELECT guild_id, %s, channel_id, " + CATEGORY + ", "
            + "CASE WHEN json_type(j.value, '$.lang') IS NULL THEN 'inline' ELSE 'fenced' END, "
            + "coalesce(json_extract(j.value, '$.lang'), ''), count(*), sum(coalesce(json_extract(j.value, '$.lines'), 0)), "
            + "sum(coalesce(json_extract(j.value, '$.chars'), 0)) FROM message_stats, json_each(code_stats) j "
            + "GROUP BY 1, 2, 3, 4, 5, 6";

    /** Per table: the rows kept, and the same rows recomputed (columns in the same order). */
    static final Map<String, String[]> QUERIES = queries();

    private RollupRecomputation() {
    }

    private static Map<String, String[]> queries() {
        Map<String, String[]> queries = new LinkedHashMap<>();
        queries.put("activity_hour", new String[] {
            "SELECT guild_id, hour, author_id, channel_id, category, " + KEPT_MEASURES + " FROM activity_hour",
            "SELECT guild_id, " + HOUR + ", author_id, channel_id, " + CATEGORY + ", " + MEASURES + " FROM message_stats GROUP BY 1, 2, 3, 4, 5"});
        queries.put("activity_day", new String[] {
            "SELECT guild_id, day, author_id, channel_id, category, " + KEPT_MEASURES + " FROM activity_day",
            "SELECT guild_id, " + DAY + ", author_id, channel_id, " + CATEGORY + ", " + MEASURES + " FROM message_stats GROUP BY 1, 2, 3, 4, 5"});
        queries.put("activity_month", new String[] {
            "SELECT guild_id, month, author_id, channel_id, category, " + KEPT_MEASURES + " FROM activity_month",
            "SELECT guild_id, " + MONTH + ", author_id, channel_id, " + CATEGORY + ", " + MEASURES + " FROM message_stats GROUP BY 1, 2, 3, 4, 5"});
        queries.put("author_day", new String[] {
            "SELECT guild_id, day, author_id, " + KEPT_MEASURES + ", channels, categories FROM author_day",
            "SELECT guild_id, " + DAY + ", author_id, " + MEASURES + ", count(DISTINCT channel_id), "
                    + "count(DISTINCT nullif(channel_category, '')) FROM message_stats GROUP BY 1, 2, 3"});
        queries.put("author_month", new String[] {
            "SELECT guild_id, month, author_id, " + KEPT_MEASURES + " FROM author_month",
            "SELECT guild_id, " + MONTH + ", author_id, " + MEASURES + " FROM message_stats GROUP BY 1, 2, 3"});
        queries.put("channel_hour", new String[] {
            "SELECT guild_id, hour, channel_id, category, " + KEPT_MEASURES + " FROM channel_hour",
            "SELECT guild_id, " + HOUR + ", channel_id, " + CATEGORY + ", " + MEASURES + " FROM message_stats GROUP BY 1, 2, 3, 4"});
        queries.put("channel_day", new String[] {
            "SELECT guild_id, day, channel_id, category, " + KEPT_MEASURES + " FROM channel_day",
            "SELECT guild_id, " + DAY + ", channel_id, " + CATEGORY + ", " + MEASURES + " FROM message_stats GROUP BY 1, 2, 3, 4"});
        queries.put("code_lang_hour", new String[] {
            "SELECT guild_id, hour, channel_id, category, kind, lang, blocks, lines, chars FROM code_lang_hour", CODE.formatted(HOUR)});
        queries.put("code_lang_day", new String[] {
            "SELECT guild_id, day, channel_id, category, kind, lang, blocks, lines, chars FROM code_lang_day", CODE.formatted(DAY)});
        return queries;
    }

    /**
     * Every rollup table holds exactly the rows recomputed from message_stats, value for value and
     * type for type; returns the number of rows of each (so that a test can tell the check was not vacuous).
     */
    static Map<String, Integer> assertRollupsMatchRawRows(Store store) {
        return store.readTx(tx -> assertRollupsMatchRawRows(tx.handle()));
    }

    static Map<String, Integer> assertRollupsMatchRawRows(Handle handle) {
        assertThat(QUERIES.keySet()).containsExactlyElementsOf(Rollups.TABLES);
        Map<String, Integer> counts = new LinkedHashMap<>();
        QUERIES.forEach((table, queries) -> {
            List<String> kept = rows(handle, queries[0]);
            assertThat(kept).as(table).containsExactlyInAnyOrderElementsOf(rows(handle, queries[1]));
            counts.put(table, kept.size());
        });
        return counts;
    }

    /** Each row as text: every value with its SQLite type. */
    private static List<String> rows(Handle handle, String sql) {
        return handle.createQuery(sql).map((rs, ctx) -> {
            StringBuilder row = new StringBuilder();
            for (int i = 1; i <= rs.getMetaData().getColumnCount(); i++) {
                Object value = rs.getObject(i);
                row.append(value).append(':').append(value == null ? "null" : value.getClass().getSimpleName()).append('|');
            }
            return row.toString();
        }).list();
    }
}
