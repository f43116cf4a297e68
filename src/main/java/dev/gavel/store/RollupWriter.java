package dev.gavel.store;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.jdbi.v3.core.Handle;

/**
 * Writes a {@link RollupDelta} into the rollup tables, table by table, each kind of change as one
 * JDBC batch in the order of the table's key. Every changed key is updated in place; the keys
 * that gain messages (code blocks) and whose row was not there yet are then inserted; the keys
 * that lose messages are deleted where they count none any more. A change of reactions only
 * touches the reactions alone. Finally {@code author_day}'s distinct channels and categories are
 * recounted from {@code activity_day} for every author and day where an {@code activity_day}
 * row appeared or went.
 */
final class RollupWriter {

    private static final String RECOUNT_SPREAD = "UPDATE author_day SET "
            + "channels = (SELECT count(DISTINCT channel_id) FROM activity_day a WHERE a.guild_id = author_day.guild_id "
            + "AND a.day = author_day.day AND a.author_id = author_day.author_id), "
            + "categories = (SELECT count(DISTINCT nullif(category, '')) FROM activity_day a WHERE a.guild_id = author_day.guild_id "
            + "AND a.day = author_day.day AND a.author_id = author_day.author_id) "
            + "WHERE guild_id = ? AND day = ? AND author_id = ?";

    private RollupWriter() {
    }

    /** Applies {@code delta} on {@code handle}'s connection, in its transaction. */
    static void apply(Handle handle, RollupDelta delta) {
        try {
            Set<RollupKey> spreadChanged = new LinkedHashSet<>();
            for (RollupTable table : RollupTable.values()) {
                List<RollupKey> appearedOrGone = apply(handle, table, delta.changes(table));
                if (table == RollupTable.ACTIVITY_DAY) {
                    appearedOrGone.forEach(key -> spreadChanged.add(key.authorDay()));
                }
            }
            recountSpread(handle, spreadChanged);
        } catch (SQLException e) {
            throw new StoreException("Gavel could not update the activity rollups of the store (" + e.getMessage() + ").", e);
        }
    }

    /** Writes one table's changes; the keys whose row was created or deleted. */
    private static List<RollupKey> apply(Handle handle, RollupTable table, Map<RollupKey, long[]> changes)
            throws SQLException {
        List<RollupKey> appearedOrGone = new ArrayList<>();
        if (changes.isEmpty()) {
            return appearedOrGone;
        }
        List<Map.Entry<RollupKey, long[]>> ordered = new ArrayList<>(changes.entrySet());
        ordered.sort(Map.Entry.comparingByKey(RollupKey.TABLE_ORDER));
        try (Batch updates = new Batch(handle, table.updateSql());
             Batch reactions = new Batch(handle, table.isCode() ? null : table.updateReactionsSql());
             Batch inserts = new Batch(handle, table.insertSql());
             Batch emptied = new Batch(handle, table.deleteEmptySql())) {
            for (Map.Entry<RollupKey, long[]> change : ordered) {
                RollupKey key = change.getKey();
                long[] sums = change.getValue();
                if (reactionsOnly(table, sums)) {
                    PreparedStatement s = reactions.statementFor(key);
                    s.setLong(1, sums[RollupTable.REACTIONS]);
                    table.bindKey(s, 2, key);
                    s.addBatch();
                } else if (!allZero(sums)) {
                    PreparedStatement s = updates.statementFor(key);
                    bindMeasures(s, 1, sums);
                    table.bindKey(s, sums.length + 1, key);
                    s.addBatch();
                }
            }
            int[] updated = updates.execute();
            reactions.execute();
            for (int i = 0; i < updated.length; i++) {
                RollupKey key = updates.keys.get(i);
                long[] sums = changes.get(key);
                // a key that loses messages, or keeps as many, counts one already: its row is there
                if (updated[i] == 0 && sums[0] > 0) {
                    PreparedStatement s = inserts.statementFor(key);
                    bindMeasures(s, table.bindKey(s, 1, key), sums);
                    s.addBatch();
                    appearedOrGone.add(key);
                }
                if (sums[0] < 0) {
                    PreparedStatement s = emptied.statementFor(key);
                    table.bindKey(s, 1, key);
                    s.addBatch();
                }
            }
            inserts.execute();
            int[] deleted = emptied.execute();
            for (int i = 0; i < deleted.length; i++) {
                if (deleted[i] > 0) {
                    appearedOrGone.add(emptied.keys.get(i));
                }
            }
        }
        return appearedOrGone;
    }

    private static void recountSpread(Handle handle, Set<RollupKey> authorDays) throws SQLException {
        if (authorDays.isEmpty()) {
            return;
        }
        List<RollupKey> ordered = new ArrayList<>(authorDays);
        ordered.sort(RollupKey.TABLE_ORDER);
        try (Batch recount = new Batch(handle, RECOUNT_SPREAD)) {
            for (RollupKey key : ordered) {
                PreparedStatement s = recount.statementFor(key);
                RollupTable.AUTHOR_DAY.bindKey(s, 1, key);
                s.addBatch();
            }
            recount.execute();
        }
    }

    private static void bindMeasures(PreparedStatement statement, int first, long[] sums) throws SQLException {
        for (int i = 0; i < sums.length; i++) {
            statement.setLong(first + i, sums[i]);
        }
    }

    private static boolean reactionsOnly(RollupTable table, long[] sums) {
        if (table.isCode() || sums[RollupTable.REACTIONS] == 0) {
            return false;
        }
        for (int i = 0; i < sums.length; i++) {
            if (i != RollupTable.REACTIONS && sums[i] != 0) {
                return false;
            }
        }
        return true;
    }

    private static boolean allZero(long[] sums) {
        for (long sum : sums) {
            if (sum != 0) {
                return false;
            }
        }
        return true;
    }

    /** One statement run for several keys, taken when the first is added; the keys in the order added. */
    private static final class Batch implements AutoCloseable {
        private final Handle handle;
        private final String sql;
        private final List<RollupKey> keys = new ArrayList<>();
        private KeptStatements.Use use;

        Batch(Handle handle, String sql) {
            this.handle = handle;
            this.sql = sql;
        }

        /** The statement, to bind and add the row of {@code key}. */
        PreparedStatement statementFor(RollupKey key) throws SQLException {
            if (use == null) {
                use = KeptStatements.use(handle, sql);
            }
            keys.add(key);
            return use.statement();
        }

        /** The number of rows each key's statement changed. */
        int[] execute() throws SQLException {
            if (use == null) {
                return new int[0];
            }
            int[] changed = use.statement().executeBatch();
            use.succeeded();
            return changed;
        }

        @Override
        public void close() throws SQLException {
            if (use != null) {
                use.close();
            }
        }
    }
}
