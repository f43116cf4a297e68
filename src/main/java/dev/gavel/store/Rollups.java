package dev.gavel.store;

import java.util.List;

/** The tables that sum {@code message_stats} (V3 and V4 migrations), kept true by triggers. */
public final class Rollups {

    /** Every rollup table, finest first. */
    public static final List<String> TABLES = List.of("activity_hour", "activity_day", "activity_month", "author_day",
            "author_month", "channel_hour", "channel_day", "code_lang_hour", "code_lang_day");

    private Rollups() {
    }
}
