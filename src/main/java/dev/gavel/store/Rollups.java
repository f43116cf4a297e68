package dev.gavel.store;

import java.util.Arrays;
import java.util.List;

/**
 * The tables that sum {@code message_stats} (V3 and V4 migrations). Since V5 no trigger keeps
 * them: {@link MessageStatsDao} applies the change of every write to them, {@link BulkLoader}
 * sums them afresh.
 */
public final class Rollups {

    /** Every rollup table, finest first. */
    public static final List<String> TABLES = Arrays.stream(RollupTable.values()).map(RollupTable::tableName).toList();

    private Rollups() {
    }
}
