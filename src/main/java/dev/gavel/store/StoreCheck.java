package dev.gavel.store;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import dev.gavel.core.model.GuildProfile;
import dev.gavel.core.model.RecorderSession;
import org.jdbi.v3.core.Handle;

/**
 * What {@code gavel check} finds in a file, read without writing it: for a Gavel store its schema,
 * integrity, row counts, guilds, message span and recorder coverage; for a database of the original
 * bot its Kysely migrations, integrity, counts and quirks.
 */
public final class StoreCheck {

    /** The original's tables, as its latest version has them. */
    static final List<String> ORIGINAL_TABLES = List.of("users", "sessions", "guilds", "message_stats", "channel_info",
            "tickets_config", "guild_subscriptions", "user_threads", "reported_messages", "mod_actions");
    private static final int MAX_PROBLEMS = 20;
    private static final List<String[]> ORIGINAL_TIME_COLUMNS = List.of(
            new String[] {"user_threads", "created_at"}, new String[] {"reported_messages", "created_at"},
            new String[] {"reported_messages", "deleted_at"}, new String[] {"mod_actions", "created_at"},
            new String[] {"guild_subscriptions", "created_at"}, new String[] {"guild_subscriptions", "updated_at"},
            new String[] {"guild_subscriptions", "current_period_end"}, new String[] {"sessions", "expires"});

    private StoreCheck() {
    }

    public record Report(
            Path file,
            StoreKind kind,
            int schemaVersion,
            Instant snapshotTakenAt,
            List<String> integrityProblems,
            List<String> foreignKeyProblems,
            Map<String, Long> rowCounts,
            List<GuildProfile> guilds,
            Instant firstMessage,
            Instant lastMessage,
            Coverage coverage,
            List<Migration> originalMigrations,
            List<String> quirks) {

        public boolean healthy() {
            return integrityProblems.isEmpty() && foreignKeyProblems.isEmpty();
        }

        public boolean needsUpgrade() {
            return kind == StoreKind.GAVEL && schemaVersion < Store.SCHEMA_VERSION;
        }
    }

    /** A Kysely migration the original bot applied. */
    public record Migration(String name, String appliedAt) {
    }

    /**
     * How much of the message span recorder sessions cover.
     *
     * @param covered the union of the sessions' connected times, within the span
     * @param gaps    stretches of the span no session covers
     */
    public record Coverage(int sessions, Duration span, Duration covered, int gaps) {
    }

    /** Checks a file without writing it (a Gavel store of an older schema too). */
    public static Report run(Path file) {
        try (Store store = Store.openReadOnlyAnySchema(file)) {
            return store.readTx(tx -> check(store, tx.handle()));
        } catch (org.jdbi.v3.core.JdbiException e) {
            Throwable cause = e;
            while (cause != null && !(cause instanceof java.sql.SQLException)) {
                cause = cause.getCause();
            }
            if (cause instanceof java.sql.SQLException sql) {
                throw StoreInspection.unreadable(file, sql);
            }
            throw e;
        }
    }

    /** Brings a Gavel store's schema up to date (the only time check writes). */
    public static void upgrade(Path file) {
        Store.open(file).close();
    }

    private static Report check(Store store, Handle h) {
        boolean original = store.kind() == StoreKind.ORIGINAL;
        List<String> integrity = h.createQuery("PRAGMA integrity_check(" + MAX_PROBLEMS + ")").mapTo(String.class).list();
        if (integrity.size() == 1 && "ok".equals(integrity.get(0))) {
            integrity = List.of();
        }
        List<String> foreignKeys = h.createQuery("PRAGMA foreign_key_check").map((rs, ctx) -> rs.getString("table")
                + " row " + rs.getLong("rowid") + " points to a missing " + rs.getString("parent") + " row").list();
        foreignKeys = foreignKeys.subList(0, Math.min(foreignKeys.size(), MAX_PROBLEMS));
        Set<String> tables = new TreeSet<>(h.createQuery("SELECT name FROM sqlite_master WHERE type = 'table' "
                + "AND name NOT LIKE 'sqlite_%'").mapTo(String.class).list());
        Map<String, Long> counts = new LinkedHashMap<>();
        for (String table : tables) {
            counts.put(table, h.createQuery("SELECT count(*) FROM \"" + table.replace("\"", "\"\"") + "\"").mapTo(Long.class).one());
        }
        List<GuildProfile> guilds = original || store.schemaVersion() == Store.SCHEMA_VERSION
                ? new ModerationReads(store).guilds()
                : olderStoreGuilds(h, tables);
        Instant first = null;
        Instant last = null;
        if (tables.contains("message_stats")) {
            var span = h.createQuery("SELECT min(sent_at) AS first, max(sent_at) AS last FROM message_stats "
                    + "WHERE typeof(sent_at) = 'integer'").mapToMap().one();
            first = span.get("first") == null ? null : Instant.ofEpochMilli(((Number) span.get("first")).longValue());
            last = span.get("last") == null ? null : Instant.ofEpochMilli(((Number) span.get("last")).longValue());
        }
        Coverage coverage = original || first == null ? null
                : coverage(h.attach(SessionDao.class).listAll(), first, last);
        List<Migration> migrations = original
                ? h.createQuery("SELECT name, timestamp FROM " + Store.ORIGINAL_MIGRATION_TABLE + " ORDER BY name")
                        .map((rs, ctx) -> new Migration(rs.getString(1), rs.getString(2))).list()
                : List.of();
        List<String> quirks = original ? quirks(h, tables) : List.of();
        return new Report(store.file(), store.kind(), store.schemaVersion(), store.snapshotTakenAt().orElse(null), integrity,
                foreignKeys, counts, guilds, first, last, coverage, migrations, quirks);
    }

    /** Guilds of a store whose schema may predate the tables GuildDao reads. */
    private static List<GuildProfile> olderStoreGuilds(Handle h, Set<String> tables) {
        String name = tables.contains("guild_profiles")
                ? "coalesce((SELECT name FROM guild_profiles p WHERE p.guild_id = g.id), g.id)" : "g.id";
        return h.createQuery("SELECT g.id, " + name + " AS name FROM guilds g ORDER BY g.id")
                .map((rs, ctx) -> new GuildProfile(rs.getString(1), rs.getString(2), null, null, false)).list();
    }

    static Coverage coverage(List<RecorderSession> sessions, Instant first, Instant last) {
        Duration span = Duration.between(first, last);
        List<RecorderSession> ordered = sessions.stream().filter(s -> s.startedAt() != null && s.expires() != null)
                .sorted(Comparator.comparing(RecorderSession::startedAt)).toList();
        Duration covered = Duration.ZERO;
        int gaps = 0;
        Instant reached = first;
        for (RecorderSession session : ordered) {
            Instant start = session.startedAt().isBefore(first) ? first : session.startedAt();
            Instant end = session.expires().isAfter(last) ? last : session.expires();
            if (!end.isAfter(reached)) {
                continue;
            }
            if (start.isAfter(reached)) {
                gaps++;
            } else {
                start = reached;
            }
            covered = covered.plus(Duration.between(start, end));
            reached = end;
        }
        if (reached.isBefore(last)) {
            gaps++;
        }
        return new Coverage(ordered.size(), span, covered, gaps);
    }

    private static List<String> quirks(Handle h, Set<String> tables) {
        List<String> quirks = new ArrayList<>();
        List<String> missing = ORIGINAL_TABLES.stream().filter(t -> !tables.contains(t)).toList();
        if (!missing.isEmpty()) {
            quirks.add("tables a later version of the original added are missing (an older database): " + String.join(", ", missing));
        }
        if (tables.contains("message_stats")) {
            Set<String> columns = columns(h, "message_stats");
            List<String> lacking = List.of("code_stats", "link_stats").stream().filter(c -> !columns.contains(c)).toList();
            if (!lacking.isEmpty()) {
                quirks.add("message_stats has no " + String.join(" or ", lacking) + " column (an older database)");
            }
            var m = h.createQuery("SELECT sum(message_id IS NULL) AS null_ids, count(message_id) - count(DISTINCT message_id) AS dups, "
                    + "sum(typeof(sent_at) <> 'integer') AS bad_times, sum(author_id IS NULL OR guild_id IS NULL OR channel_id IS NULL) "
                    + "AS missing_refs FROM message_stats").mapToMap().one();
            addCount(quirks, m.get("null_ids"), "message_stats rows have a NULL message_id");
            addCount(quirks, m.get("dups"), "message_stats rows repeat a message_id");
            addCount(quirks, m.get("bad_times"), "message_stats rows have a sent_at that is not a whole number");
            addCount(quirks, m.get("missing_refs"), "message_stats rows lack an author, guild or channel id");
        }
        if (tables.contains("channel_info")) {
            addCount(quirks, h.createQuery("SELECT count(*) FROM channel_info WHERE id IS NULL").mapTo(Long.class).one(),
                    "channel_info rows have a NULL id");
        }
        if (tables.contains("tickets_config")) {
            addCount(quirks, h.createQuery("SELECT count(*) FROM tickets_config WHERE message_id IS NULL").mapTo(Long.class).one(),
                    "tickets_config rows have a NULL message_id");
        }
        if (tables.contains("guilds")) {
            addCount(quirks, h.createQuery("SELECT count(*) FROM guilds WHERE typeof(id) = 'integer'").mapTo(Long.class).one(),
                    "guilds ids are stored as INTEGER values (read as text)");
        }
        for (String[] column : ORIGINAL_TIME_COLUMNS) {
            if (tables.contains(column[0]) && columns(h, column[0]).contains(column[1])) {
                timeFormats(h, column[0], column[1]).ifPresent(quirks::add);
            }
        }
        return quirks;
    }

    /** How the times of one column are written, when not all in the store's own format. */
    private static Optional<String> timeFormats(Handle h, String table, String column) {
        String c = "\"" + column + "\"";
        Map<String, Long> formats = new LinkedHashMap<>();
        h.createQuery("SELECT CASE WHEN " + c + " IS NULL THEN 'empty' "
                        + "WHEN " + c + " = 'CURRENT_TIMESTAMP' THEN 'the text CURRENT_TIMESTAMP (unknown time)' "
                        + "WHEN " + c + " GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]T*Z' THEN 'ISO-8601 …Z' "
                        + "WHEN " + c + " GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9] [0-9][0-9]:[0-9][0-9]:[0-9][0-9]*' "
                        + "THEN 'YYYY-MM-DD HH:MM:SS' "
                        + "WHEN " + c + " GLOB '[A-Z][a-z][a-z] [A-Z][a-z][a-z] [0-9][0-9] [0-9][0-9][0-9][0-9] *GMT*' "
                        + "THEN 'JavaScript Date text' ELSE 'unreadable' END AS format, count(*) AS n FROM " + table
                        + " GROUP BY format ORDER BY n DESC, format")
                .map((rs, ctx) -> Map.entry(rs.getString(1), rs.getLong(2))).forEach(e -> formats.put(e.getKey(), e.getValue()));
        formats.remove("empty");
        if (formats.isEmpty() || formats.keySet().equals(Set.of("ISO-8601 …Z"))) {
            return Optional.empty();
        }
        return Optional.of(table + "." + column + " times: " + formats.entrySet().stream()
                .map(e -> e.getValue() + " " + e.getKey()).collect(Collectors.joining(", ")));
    }

    private static void addCount(List<String> quirks, Object count, String what) {
        long n = count == null ? 0 : ((Number) count).longValue();
        if (n > 0) {
            quirks.add(n + " " + what);
        }
    }

    static Set<String> columns(Handle h, String table) {
        return new TreeSet<>(h.createQuery("SELECT name FROM pragma_table_info(:table)").bind("table", table)
                .mapTo(String.class).list());
    }
}
