package dev.gavel.store;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The shape of each rollup table (V3 and V4 migrations): its key columns, its measures and the
 * statements that add signed deltas to it. What a message adds to which key is
 * {@link RollupDelta}'s; {@link RollupWriter} runs the statements.
 */
enum RollupTable {
    ACTIVITY_HOUR("activity_hour", "hour", true, true, false),
    ACTIVITY_DAY("activity_day", "day", true, true, false),
    ACTIVITY_MONTH("activity_month", "month", true, true, false),
    AUTHOR_DAY("author_day", "day", true, false, false),
    AUTHOR_MONTH("author_month", "month", true, false, false),
    CHANNEL_HOUR("channel_hour", "hour", false, true, false),
    CHANNEL_DAY("channel_day", "day", false, true, false),
    CODE_LANG_HOUR("code_lang_hour", "hour", false, true, true),
    CODE_LANG_DAY("code_lang_day", "day", false, true, true);

    /** Index of {@code reactions} in the measures of a message table. */
    static final int REACTIONS = 3;

    private final String name;
    private final boolean byAuthor;
    private final boolean byChannel;
    private final boolean code;
    private final int measureCount;
    private final String insertSql;
    private final String updateSql;
    private final String updateReactionsSql;
    private final String deleteEmptySql;

    RollupTable(String name, String bucketColumn, boolean byAuthor, boolean byChannel, boolean code) {
        this.name = name;
        this.byAuthor = byAuthor;
        this.byChannel = byChannel;
        this.code = code;
        List<String> keys = new ArrayList<>(List.of("guild_id", bucketColumn));
        if (byAuthor) {
            keys.add("author_id");
        }
        if (byChannel) {
            keys.addAll(List.of("channel_id", "category"));
        }
        if (code) {
            keys.addAll(List.of("kind", "lang"));
        }
        // the order of RollupDelta's arrays; the first measure says whether a row counts anything
        List<String> measures = code ? List.of("blocks", "lines", "chars")
                : List.of("messages", "words", "chars", "reactions", "code_messages", "link_messages", "code_blocks",
                        "code_lines", "code_chars");
        this.measureCount = measures.size();
        String keyCondition = keys.stream().map(c -> c + " = ?").collect(Collectors.joining(" AND "));
        this.insertSql = "INSERT INTO " + name + " (" + String.join(", ", keys) + ", " + String.join(", ", measures)
                + ") VALUES (" + String.join(", ", Collections.nCopies(keys.size() + measures.size(), "?")) + ")";
        this.updateSql = "UPDATE " + name + " SET " + measures.stream().map(m -> m + " = " + m + " + ?")
                .collect(Collectors.joining(", ")) + " WHERE " + keyCondition;
        this.updateReactionsSql = code ? null : "UPDATE " + name + " SET reactions = reactions + ? WHERE " + keyCondition;
        this.deleteEmptySql = "DELETE FROM " + name + " WHERE " + keyCondition + " AND " + measures.get(0) + " = 0";
    }

    String tableName() {
        return name;
    }

    boolean isCode() {
        return code;
    }

    int measureCount() {
        return measureCount;
    }

    /** Creates a row. Parameters: the key, then the measures. */
    String insertSql() {
        return insertSql;
    }

    /** Adds the measures to a row if it is there. Parameters: the measures, then the key. */
    String updateSql() {
        return updateSql;
    }

    /** Adds to the reactions of a row that is there. Parameters: the delta, then the key. */
    String updateReactionsSql() {
        if (code) {
            throw new IllegalStateException(name + " counts no reactions");
        }
        return updateReactionsSql;
    }

    /** Deletes a row that no longer counts a message (a code block). Parameters: the key. */
    String deleteEmptySql() {
        return deleteEmptySql;
    }

    /** Binds the values of {@code key} in the order of this table's key columns, from parameter {@code first} on; the next free one is returned. */
    int bindKey(PreparedStatement statement, int first, RollupKey key) throws SQLException {
        int p = first;
        statement.setString(p++, key.guildId());
        statement.setLong(p++, key.bucket());
        if (byAuthor) {
            statement.setString(p++, key.authorId());
        }
        if (byChannel) {
            statement.setString(p++, key.channelId());
            statement.setString(p++, key.category());
        }
        if (code) {
            statement.setString(p++, key.kind());
            statement.setString(p++, key.lang());
        }
        return p;
    }
}
