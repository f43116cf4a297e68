package dev.gavel.store;

import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.StringJoiner;

import dev.gavel.core.stats.ActivityScope;
import dev.gavel.core.stats.AuthorSelection;
import dev.gavel.core.stats.ChannelFilter;
import dev.gavel.core.stats.Grain;
import dev.gavel.core.stats.OffsetSpan;
import dev.gavel.core.stats.Resolution;
import dev.gavel.core.stats.Segment;
import dev.gavel.core.stats.SourcePlan;
import dev.gavel.core.stats.SourcePlanner;

/**
 * Builds the rows a statistics query aggregates: a {@code UNION ALL} of one {@code SELECT} per
 * segment of a {@link SourcePlan}, each reading the rollup of the segment's grain (or raw
 * {@code message_stats}) and projecting the same columns, so that each report shape is written
 * once, over {@code FROM (<source>)}, whatever the plan.
 *
 * <p>Projected columns, by name: {@code d} (local epoch day), {@code lh} (local epoch hour) or
 * {@code eh} (whole hours since the range's first moment) as the resolution asks, then the requested {@link Column}s. Categories are {@code ''} when missing, as in
 * the rollups.
 */
final class ActivitySource {

    /** Up to about three years of days, listed (see {@link #timeCondition}). */
    private static final int MAX_LISTED_BUCKETS = 1100;
    static final long HOUR_MS = 3_600_000L;
    static final long DAY_MS = 86_400_000L;

    /** Kinds of rollup, by the dimensions they keep, with their table per grain. */
    enum Family {
        /** Per author only (no channel): the cheapest per-author totals and daily series. */
        AUTHOR(Map.of(Grain.MONTH, "author_month", Grain.DAY, "author_day", Grain.HOUR, "activity_hour")),
        /** Per author, channel and category. */
        ACTIVITY(Map.of(Grain.MONTH, "activity_month", Grain.DAY, "activity_day", Grain.HOUR, "activity_hour")),
        /** Per channel and category. */
        CHANNEL(Map.of(Grain.DAY, "channel_day", Grain.HOUR, "channel_hour")),
        /** Code blocks per kind and language, channel and category. */
        CODE(Map.of(Grain.DAY, "code_lang_day", Grain.HOUR, "code_lang_hour"));

        private final Map<Grain, String> tables;

        Family(Map<Grain, String> tables) {
            this.tables = tables;
        }

        Set<Grain> grains() {
            EnumSet<Grain> grains = EnumSet.of(Grain.RAW);
            grains.addAll(tables.keySet());
            return grains;
        }

        String table(Grain grain) {
            String table = tables.get(grain);
            if (table == null) {
                throw new IllegalArgumentException(name() + " has no " + grain + " rollup");
            }
            return table;
        }

        /** A channel filter needs a rollup that keeps the channel. */
        Family filteredBy(ChannelFilter filter) {
            return this == AUTHOR && !filter.isEmpty() ? ACTIVITY : this;
        }
    }

    enum Column {
        AUTHOR("author_id", "m.author_id", false),
        CHANNEL("channel_id", "m.channel_id", false),
        CATEGORY("category", "coalesce(m.channel_category, '')", false),
        MESSAGES("messages", "1", true),
        WORDS("words", "m.word_count", true),
        REACTIONS("reactions", "m.react_count", true),
        CODE_MESSAGES("code_messages", "(coalesce(json_array_length(m.code_stats), 0) > 0)", true),
        LINK_MESSAGES("link_messages", "(coalesce(json_array_length(m.link_stats), 0) > 0)", true),
        CODE_LINES("code_lines", "(SELECT coalesce(sum(json_extract(value, '$.lines')), 0) FROM json_each(m.code_stats))", true),
        CODE_CHARS("code_chars", "(SELECT coalesce(sum(json_extract(value, '$.chars')), 0) FROM json_each(m.code_stats))", true),
        /** Code family only: one raw row per code block. */
        KIND("kind", "CASE WHEN json_type(j.value, '$.lang') IS NULL THEN 'inline' ELSE 'fenced' END", false),
        LANG("lang", "coalesce(json_extract(j.value, '$.lang'), '')", false),
        BLOCKS("blocks", "1", true),
        LINES("lines", "coalesce(json_extract(j.value, '$.lines'), 0)", true),
        CHARS("chars", "coalesce(json_extract(j.value, '$.chars'), 0)", true),
        /** author_day only: the day's distinct channels and categories. */
        CHANNEL_COUNT("channels", null, false),
        CATEGORY_COUNT("categories", null, false);

        final String name;
        final String raw;
        /** Summed when a segment sums per bucket; the other columns are grouped by. */
        final boolean measure;

        Column(String name, String raw, boolean measure) {
            this.name = name;
            this.raw = raw;
            this.measure = measure;
        }
    }

    private final StringBuilder sql = new StringBuilder();
    private final Map<String, Object> binds = new LinkedHashMap<>();
    private final SourcePlan plan;

    private ActivitySource(SourcePlan plan) {
        this.plan = plan;
    }

    /** The source's SQL and its bindings (the guild is {@code :guild}), and the table of a plan of one segment. */
    record Built(String sql, Map<String, Object> binds, String onlyTable) {

        /** Whether the rows come from one segment of {@code table}. */
        boolean readsOnly(String table) {
            return table.equals(onlyTable);
        }
    }

    /** Whether the query would read one segment of {@code table} only. */
    static boolean readsOnly(SourcePlanner planner, ActivityScope scope, Family family, Resolution resolution, String table) {
        Family used = family.filteredBy(scope.filter());
        List<Segment> segments = planner.plan(scope.range(), resolution, used.grains()).segments();
        return segments.size() == 1 && segments.get(0).grain() != Grain.RAW && table.equals(used.table(segments.get(0).grain()));
    }

    /** A source whose rows are one per bucket of the rollups and per raw message. */
    static Built build(SourcePlanner planner, ActivityScope scope, Family family, Resolution resolution,
                       AuthorSelection authors, List<Column> columns) {
        return build(planner, scope, family, resolution, authors, columns, false);
    }

    /**
     * A source; with {@code sumPerBucket}, each rollup segment sums its measure columns per bucket
     * (and the other requested columns), which SQLite streams in key order: fewer rows for the
     * query's own grouping when it keys on time only.
     */
    static Built build(SourcePlanner planner, ActivityScope scope, Family family, Resolution resolution,
                       AuthorSelection authors, List<Column> columns, boolean sumPerBucket) {
        Family used = family.filteredBy(scope.filter());
        SourcePlan plan = planner.plan(scope.range(), resolution, used.grains());
        ActivitySource source = new ActivitySource(plan);
        source.binds.put("guild", scope.guildId());
        String authorList = authors.all() ? null : source.inList("author", authors.authorIds());
        String channelList = scope.filter().channelIds().isEmpty() ? null : source.inList("channel", scope.filter().channelIds());
        String categoryList = scope.filter().categories().isEmpty() ? null : source.inList("category", scope.filter().categories());
        StringJoiner union = new StringJoiner("\nUNION ALL\n");
        for (Segment segment : plan.segments()) {
            union.add(source.select(segment, used, resolution, columns, authorList, channelList, categoryList, sumPerBucket));
        }
        source.sql.append(union);
        Segment only = plan.segments().size() == 1 ? plan.segments().get(0) : null;
        String onlyTable = only == null ? null : only.grain() == Grain.RAW ? "message_stats" : used.table(only.grain());
        return new Built(source.sql.toString(), source.binds, onlyTable);
    }

    private String select(Segment segment, Family family, Resolution resolution, List<Column> columns,
                          String authorList, String channelList, String categoryList, boolean sumPerBucket) {
        boolean raw = segment.grain() == Grain.RAW;
        boolean sum = sumPerBucket && !raw;
        String time = raw ? "m.sent_at" : timeColumn(segment.grain());
        List<String> projections = new ArrayList<>();
        switch (resolution) {
            case LOCAL_DAY -> projections.add(localDay(segment.grain()) + " AS d");
            case LOCAL_HOUR -> projections.add(localHour(segment.grain()) + " AS lh");
            case ELAPSED_HOUR -> projections.add(elapsedHour(segment.grain()) + " AS eh");
            case TOTAL -> { }
            default -> throw new IllegalArgumentException(resolution.name());
        }
        List<String> groupBy = new ArrayList<>(List.of(time));
        for (Column column : columns) {
            if (raw && column.raw == null) {
                throw new IllegalArgumentException(column + " is kept by author_day only");
            }
            String expression = raw ? column.raw : column.name;
            if (sum && column.measure) {
                expression = "sum(" + expression + ")";
            } else if (sum) {
                groupBy.add(column.name);
            }
            projections.add(expression + " AS " + column.name);
        }
        String from;
        if (raw) {
            from = family == Family.CODE ? "message_stats m, json_each(m.code_stats) j" : "message_stats m";
        } else {
            from = family.table(segment.grain());
        }
        String prefix = raw ? "m." : "";
        StringBuilder select = new StringBuilder("SELECT ").append(String.join(", ", projections))
                .append(" FROM ").append(from)
                .append(" WHERE ").append(prefix).append("guild_id = :guild AND ").append(timeCondition(segment, time, authorList != null));
        if (authorList != null) {
            select.append(" AND ").append(prefix).append("author_id IN ").append(authorList);
        }
        if (channelList != null || categoryList != null) {
            List<String> either = new ArrayList<>();
            if (channelList != null) {
                either.add(prefix + "channel_id IN " + channelList);
            }
            if (categoryList != null) {
                either.add((raw ? Column.CATEGORY.raw : "category") + " IN " + categoryList);
            }
            select.append(" AND (").append(String.join(" OR ", either)).append(')');
        }
        if (sum) {
            select.append(" GROUP BY ").append(String.join(", ", groupBy));
        }
        return select.toString();
    }

    /**
     * The segment's buckets. For a few authors, whole days and months are listed one by one: the
     * rollups are keyed by time first, and SQLite can then look each (bucket, author) up instead of
     * reading every author's rows of the range.
     */
    private static String timeCondition(Segment segment, String time, boolean fewAuthors) {
        boolean listed = fewAuthors && (segment.grain() == Grain.DAY || segment.grain() == Grain.MONTH)
                && segment.to() - segment.from() <= MAX_LISTED_BUCKETS;
        if (listed) {
            StringJoiner buckets = new StringJoiner(", ", time + " IN (", ")");
            for (long bucket = segment.from(); bucket < segment.to(); bucket++) {
                buckets.add(Long.toString(bucket));
            }
            return buckets.toString();
        }
        return time + " >= " + segment.from() + " AND " + time + " < " + segment.to();
    }

    private static String timeColumn(Grain grain) {
        return switch (grain) {
            case HOUR -> "hour";
            case DAY -> "day";
            case MONTH -> "month";
            case RAW -> "m.sent_at";
        };
    }

    private String localDay(Grain grain) {
        return switch (grain) {
            case RAW -> "(m.sent_at + " + offset("m.sent_at", 1) + ") / " + DAY_MS;
            case HOUR -> "(hour + " + offset("hour", HOUR_MS) + ") / 24";
            // the planner reads days only where local time is UTC throughout
            case DAY -> "day";
            case MONTH -> throw new IllegalArgumentException("months have no days");
        };
    }

    private String localHour(Grain grain) {
        return switch (grain) {
            case RAW -> "(m.sent_at + " + offset("m.sent_at", 1) + ") / " + HOUR_MS;
            case HOUR -> "hour + " + offset("hour", HOUR_MS);
            case DAY, MONTH -> throw new IllegalArgumentException(grain + " buckets have no hours");
        };
    }

    /** Whole hours since the range's start; hourly buckets are read only when the range starts on a whole UTC hour. */
    private String elapsedHour(Grain grain) {
        long start = plan.offsets().get(0).fromMillis();
        return switch (grain) {
            case RAW -> "(m.sent_at - " + start + ") / " + HOUR_MS;
            case HOUR -> "hour - " + start / HOUR_MS;
            case DAY, MONTH -> throw new IllegalArgumentException(grain + " buckets have no hours");
        };
    }

    /** The zone's offset at {@code time} (in {@code unitMs} units), as a constant or a CASE over the range's transitions. */
    private String offset(String time, long unitMs) {
        List<OffsetSpan> spans = plan.offsets();
        if (spans.size() == 1) {
            return Long.toString(spans.get(0).offsetMillis() / unitMs);
        }
        StringBuilder expression = new StringBuilder("CASE");
        for (int i = 1; i < spans.size(); i++) {
            expression.append(" WHEN ").append(time).append(" < ").append(spans.get(i).fromMillis() / unitMs)
                    .append(" THEN ").append(spans.get(i - 1).offsetMillis() / unitMs);
        }
        return expression.append(" ELSE ").append(spans.get(spans.size() - 1).offsetMillis() / unitMs).append(" END").toString();
    }

    private String inList(String prefix, Collection<String> values) {
        StringJoiner list = new StringJoiner(", ", "(", ")");
        int i = 0;
        for (String value : values) {
            String name = prefix + i++;
            binds.put(name, value);
            list.add(":" + name);
        }
        return list.toString();
    }
}
