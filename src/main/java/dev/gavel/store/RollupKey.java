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
    static final Comparator<RollupKey> TABLE_ORDER = Comparator.comparing(RollupKey::guildId)
            .thenComparingLong(RollupKey::bucket)
            .thenComparing(RollupKey::authorId, Comparator.nullsFirst(Comparator.naturalOrder()))
            .thenComparing(RollupKey::channelId, Comparator.nullsFirst(Comparator.naturalOrder()))
            .thenComparing(RollupKey::category, Comparator.nullsFirst(Comparator.naturalOrder()))
            .thenComparing(RollupKey::kind, Comparator.nullsFirst(Comparator.naturalOrder()))
            .thenComparing(RollupKey::lang, Comparator.nullsFirst(Comparator.naturalOrder()));

    /** The {@code author_day} row of an {@code activity_day} row. */
    RollupKey authorDay() {
        return new RollupKey(guildId, bucket, authorId, null, null, null, null);
    }
}
