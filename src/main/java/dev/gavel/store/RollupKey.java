package dev.gavel.store;

import java.util.Comparator;

/**
 * The primary key of a row in one of the rollup tables; the parts a table has no column for are
 * null ({@link RollupTable#bindKey} binds only the table's own).
 *
 * @param bucket the hour, day or month number of the table
 */
record RollupKey(String guildId, long bucket, String authorId, String channelId, String category, String kind, String lang) {

    /** The order of every rollup table's primary key: rows written in it are neighbours in the table. */
    static final Comparator<RollupKey> TABLE_ORDER = RollupKey::compareInTableOrder;

    private static int compareInTableOrder(RollupKey a, RollupKey b) {
        int c = a.guildId.compareTo(b.guildId);
        if (c == 0) {
            c = Long.compare(a.bucket, b.bucket);
        }
        if (c == 0) {
            c = compareNullsFirst(a.authorId, b.authorId);
        }
        if (c == 0) {
            c = compareNullsFirst(a.channelId, b.channelId);
        }
        if (c == 0) {
            c = compareNullsFirst(a.category, b.category);
        }
        if (c == 0) {
            c = compareNullsFirst(a.kind, b.kind);
        }
        return c != 0 ? c : compareNullsFirst(a.lang, b.lang);
    }

    private static int compareNullsFirst(String a, String b) {
        if (a == null || b == null) {
            return a == null ? (b == null ? 0 : -1) : 1;
        }
        return a.compareTo(b);
    }

    /** The {@code author_day} row of an {@code activity_day} row. */
    RollupKey authorDay() {
        return new RollupKey(guildId, bucket, authorId, null, null, null, null);
    }
}
