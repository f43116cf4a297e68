package dev.gavel.store;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;

import dev.gavel.core.model.RecorderSession;
import dev.gavel.core.stats.ActivityQueries;
import dev.gavel.core.stats.ActivityReader;
import dev.gavel.core.stats.ActivityScope;
import dev.gavel.core.stats.AuthorSelection;
import dev.gavel.core.stats.Resolution;
import dev.gavel.core.stats.SourcePlanner;
import dev.gavel.store.ActivitySource.Column;
import dev.gavel.store.ActivitySource.Family;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.mapper.RowMapper;
import org.jdbi.v3.core.statement.NoTemplateEngine;
import org.jdbi.v3.core.statement.Query;
import org.jdbi.v3.core.statement.SqlStatements;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The statistics' queries on a store. A Gavel store is read from its rollups where they answer
 * exactly (see {@link SourcePlanner}); a database made by the original bot, which has none, from
 * raw {@code message_stats}, with the same numbers.
 */
public final class SqlActivityQueries implements ActivityQueries {

    private static final Logger log = LoggerFactory.getLogger(SqlActivityQueries.class);

    /** Ids per statement when looking names up, well under SQLite's limit of bound values. */
    private static final int NAME_CHUNK = 500;

    private final Store store;
    private final SourcePlanner planner;
    private final Set<String> tables;

    private SqlActivityQueries(Store store, SourcePlanner planner) {
        this.store = store;
        this.planner = planner;
        this.tables = store.readTx(tx -> new TreeSet<>(tx.handle()
                .createQuery("SELECT name FROM sqlite_master WHERE type = 'table'").mapTo(String.class).list()));
        if (!tables.contains("message_stats")) {
            throw new StoreException(store.file() + " has no message_stats table, so it holds no statistics.");
        }
    }

    /** Reads the rollups of a Gavel store, raw rows of a database made by the original bot. */
    public static SqlActivityQueries of(Store store) {
        return new SqlActivityQueries(store, store.kind() == StoreKind.GAVEL ? SourcePlanner.withRollups() : SourcePlanner.rawOnly());
    }

    /** Reads raw {@code message_stats} only: the reference the rollup plan is checked against. */
    public static SqlActivityQueries rawOnly(Store store) {
        return new SqlActivityQueries(store, SourcePlanner.rawOnly());
    }

    public boolean usesRollups() {
        return planner.usesRollups();
    }

    @Override
    public <R> R read(Function<ActivityReader, R> work) {
        return store.readTx(tx -> work.apply(new Reader(tx.handle())));
    }

    private final class Reader implements ActivityReader {

        private final Handle handle;

        Reader(Handle handle) {
            this.handle = handle;
        }

        @Override
        public List<String> guildIds() {
            String known = store.kind() == StoreKind.GAVEL
                    ? "SELECT guild_id FROM guild_profiles UNION SELECT guild_id FROM author_month"
                    : "SELECT guild_id FROM message_stats";
            String guilds = tables.contains("guilds") ? "SELECT CAST(id AS TEXT) AS guild_id FROM guilds WHERE id IS NOT NULL UNION " : "";
            return query("SELECT guild_id FROM (" + guilds + known + ") WHERE guild_id IS NOT NULL ORDER BY guild_id")
                    .mapTo(String.class).list();
        }

        @Override
        public Optional<String> settingsJson(String guildId) {
            if (!tables.contains("guilds")) {
                return Optional.empty();
            }
            // the original bot may have stored the id as a number
            return query("SELECT settings FROM guilds WHERE CAST(id AS TEXT) = :guild").bind("guild", guildId)
                    .mapTo(String.class).findFirst();
        }

        @Override
        public boolean isKnownMember(String guildId, String userId) {
            String members = tables.contains("members")
                    ? " OR EXISTS (SELECT 1 FROM members WHERE guild_id = :guild AND user_id = :user)" : "";
            return query("SELECT EXISTS (SELECT 1 FROM message_stats WHERE guild_id = :guild AND author_id = :user)" + members)
                    .bind("guild", guildId).bind("user", userId).mapTo(Boolean.class).one();
        }

        @Override
        public Map<String, String> memberNames(String guildId, Collection<String> userIds) {
            Map<String, String> names = new HashMap<>();
            if (!tables.contains("members")) {
                return names;
            }
            MemberDao members = handle.attach(MemberDao.class);
            for (List<String> chunk : chunks(userIds)) {
                members.findAll(guildId, chunk).forEach(member -> names.put(member.userId(), member.shownName()));
            }
            return names;
        }

        @Override
        public Map<String, ChannelName> channelNames(Collection<String> channelIds) {
            Map<String, ChannelName> names = new HashMap<>();
            if (!tables.contains("channel_info")) {
                return names;
            }
            for (List<String> chunk : chunks(channelIds)) {
                query("SELECT id, name, category FROM channel_info WHERE id IN (<ids>)").bindList("ids", chunk)
                        .map((rs, ctx) -> Map.entry(rs.getString(1), new ChannelName(rs.getString(2), rs.getString(3))))
                        .forEach(e -> names.put(e.getKey(), e.getValue()));
            }
            return names;
        }

        @Override
        public boolean hasRecorderSessions() {
            return tables.contains("sessions") && query("SELECT EXISTS (SELECT 1 FROM sessions WHERE json_valid(data) "
                    + "AND json_extract(data, '$.startedAt') IS NOT NULL)").mapTo(Boolean.class).one();
        }

        @Override
        public List<RecorderSession> recorderSessions(Instant from, Instant to) {
            return tables.contains("sessions") ? handle.attach(SessionDao.class).listOverlapping(from, to) : List.of();
        }

        @Override
        public List<DayRow> days(ActivityScope scope, int communicatorMinMessages) {
            ActivitySource.Built source = ActivitySource.build(planner, scope, Family.AUTHOR, Resolution.LOCAL_DAY,
                    AuthorSelection.ALL, List.of(Column.AUTHOR, Column.MESSAGES, Column.WORDS, Column.REACTIONS));
            // author_day has one row per day and author already
            String perAuthor = source.readsOnly("author_day") ? "{source}"
                    : "SELECT d, author_id, sum(messages) AS messages, sum(words) AS words, sum(reactions) AS reactions "
                    + "FROM ({source}) GROUP BY d, author_id";
            return aggregate(source, "SELECT d, sum(messages), sum(words), sum(reactions), count(*), sum(messages >= :communicator) "
                    + "FROM (" + perAuthor + ") GROUP BY d", (rs, ctx) -> new DayRow(LocalDate.ofEpochDay(rs.getLong(1)),
                    rs.getLong(2), rs.getLong(3), rs.getLong(4), rs.getLong(5), rs.getLong(6)), Map.of("communicator", communicatorMinMessages));
        }

        @Override
        public List<ChannelRow> channels(ActivityScope scope) {
            ActivitySource.Built source = ActivitySource.build(planner, scope, Family.CHANNEL, Resolution.TOTAL, AuthorSelection.ALL,
                    List.of(Column.CHANNEL, Column.CATEGORY, Column.MESSAGES, Column.WORDS, Column.REACTIONS,
                            Column.CODE_MESSAGES, Column.LINK_MESSAGES));
            return aggregate(source, "SELECT channel_id, category, sum(messages), sum(words), sum(reactions), sum(code_messages), "
                    + "sum(link_messages) FROM ({source}) GROUP BY channel_id, category", (rs, ctx) -> new ChannelRow(rs.getString(1),
                    category(rs.getString(2)), rs.getLong(3), rs.getLong(4), rs.getLong(5), rs.getLong(6), rs.getLong(7)), Map.of());
        }

        @Override
        public Map<String, Long> channelAuthors(ActivityScope scope) {
            ActivitySource.Built source = ActivitySource.build(planner, scope, Family.ACTIVITY, Resolution.TOTAL, AuthorSelection.ALL,
                    List.of(Column.CHANNEL, Column.AUTHOR));
            Map<String, Long> authors = new HashMap<>();
            aggregate(source, "SELECT channel_id, count(DISTINCT author_id) FROM ({source}) GROUP BY channel_id",
                    (rs, ctx) -> Map.entry(rs.getString(1), rs.getLong(2)), Map.of())
                    .forEach(e -> authors.put(e.getKey(), e.getValue()));
            return authors;
        }

        @Override
        public List<HeatRow> heatmap(ActivityScope scope) {
            ActivitySource.Built source = ActivitySource.build(planner, scope, Family.CHANNEL, Resolution.LOCAL_HOUR, AuthorSelection.ALL,
                    List.of(Column.MESSAGES), true);
            // epoch day 0 (1970-01-01) was a Thursday: ISO weekday 4
            return aggregate(source, "SELECT (lh / 24 + 3) % 7 + 1, lh % 24, sum(messages) FROM ({source}) GROUP BY 1, 2",
                    (rs, ctx) -> new HeatRow(rs.getInt(1), rs.getInt(2), rs.getLong(3)), Map.of());
        }

        @Override
        public List<CodeRow> codeLanguages(ActivityScope scope) {
            ActivitySource.Built source = ActivitySource.build(planner, scope, Family.CODE, Resolution.TOTAL, AuthorSelection.ALL,
                    List.of(Column.KIND, Column.LANG, Column.BLOCKS, Column.LINES, Column.CHARS));
            return aggregate(source, "SELECT kind, lang, sum(blocks), sum(lines), sum(chars) FROM ({source}) GROUP BY kind, lang",
                    (rs, ctx) -> new CodeRow(rs.getString(1), rs.getString(2), rs.getLong(3), rs.getLong(4), rs.getLong(5)), Map.of());
        }

        @Override
        public List<AuthorRow> authorTotals(ActivityScope scope, AuthorSelection authors) {
            ActivitySource.Built source = ActivitySource.build(planner, scope, Family.AUTHOR, Resolution.TOTAL, authors,
                    List.of(Column.AUTHOR, Column.MESSAGES, Column.WORDS, Column.REACTIONS, Column.CODE_LINES, Column.CODE_CHARS));
            return aggregate(source, "SELECT author_id, sum(messages), sum(words), sum(reactions), sum(code_lines), sum(code_chars) "
                    + "FROM ({source}) GROUP BY author_id", (rs, ctx) -> new AuthorRow(rs.getString(1), rs.getLong(2), rs.getLong(3),
                    rs.getLong(4), rs.getLong(5), rs.getLong(6)), Map.of());
        }

        @Override
        public List<AuthorDayRow> authorDays(ActivityScope scope, AuthorSelection authors, boolean spread) {
            RowMapper<AuthorDayRow> mapper = (rs, ctx) -> new AuthorDayRow(rs.getString(1), LocalDate.ofEpochDay(rs.getLong(2)),
                    rs.getLong(3), rs.getLong(4), rs.getLong(5), rs.getLong(6), rs.getLong(7));
            List<Column> columns = new ArrayList<>(List.of(Column.AUTHOR, Column.MESSAGES, Column.WORDS, Column.REACTIONS));
            if (ActivitySource.readsOnly(planner, scope, Family.AUTHOR, Resolution.LOCAL_DAY, "author_day")) {
                // one row per day and author, with the day's distinct channels and categories kept by triggers
                if (spread) {
                    columns.addAll(List.of(Column.CHANNEL_COUNT, Column.CATEGORY_COUNT));
                }
                ActivitySource.Built source = ActivitySource.build(planner, scope, Family.AUTHOR, Resolution.LOCAL_DAY, authors, columns);
                return aggregate(source, "SELECT author_id, d, messages, words, reactions, "
                        + (spread ? "channels, categories" : "0, 0") + " FROM ({source})", mapper, Map.of());
            }
            if (spread) {
                columns.addAll(List.of(Column.CHANNEL, Column.CATEGORY));
            }
            ActivitySource.Built source = ActivitySource.build(planner, scope, spread ? Family.ACTIVITY : Family.AUTHOR,
                    Resolution.LOCAL_DAY, authors, columns);
            String spreadColumns = spread ? "count(DISTINCT channel_id), count(DISTINCT nullif(category, ''))" : "0, 0";
            return aggregate(source, "SELECT author_id, d, sum(messages), sum(words), sum(reactions), " + spreadColumns
                    + " FROM ({source}) GROUP BY author_id, d", mapper, Map.of());
        }

        @Override
        public List<AuthorChannelRow> authorChannels(ActivityScope scope, AuthorSelection authors) {
            ActivitySource.Built source = ActivitySource.build(planner, scope, Family.ACTIVITY, Resolution.TOTAL, authors,
                    List.of(Column.AUTHOR, Column.CHANNEL, Column.CATEGORY, Column.MESSAGES, Column.WORDS, Column.REACTIONS));
            return aggregate(source, "SELECT author_id, channel_id, category, sum(messages), sum(words), sum(reactions) "
                    + "FROM ({source}) GROUP BY author_id, channel_id, category", (rs, ctx) -> new AuthorChannelRow(rs.getString(1),
                    rs.getString(2), category(rs.getString(3)), rs.getLong(4), rs.getLong(5), rs.getLong(6)), Map.of());
        }

        @Override
        public List<HourBucketRow> hourBuckets(ActivityScope scope, int hoursPerBucket) {
            if (hoursPerBucket < 1) {
                throw new IllegalArgumentException("a bucket holds at least one hour, not " + hoursPerBucket);
            }
            ActivitySource.Built source = ActivitySource.build(planner, scope, Family.CHANNEL, Resolution.ELAPSED_HOUR,
                    AuthorSelection.ALL, List.of(Column.MESSAGES), true);
            return aggregate(source, "SELECT eh / :width, count(*), min(n), max(n), sum(n) "
                    + "FROM (SELECT eh, sum(messages) AS n FROM ({source}) GROUP BY eh) GROUP BY 1",
                    (rs, ctx) -> new HourBucketRow(rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getLong(4), rs.getLong(5)),
                    Map.of("width", hoursPerBucket));
        }

        @Override
        public List<AuthorName> findAuthors(String guildId, String text, int limit) {
            String wanted = text.strip();
            if (wanted.isEmpty() || limit < 1) {
                return List.of();
            }
            List<AuthorName> found = new ArrayList<>();
            if (tables.contains("members")) {
                found.addAll(query("SELECT user_id, coalesce(nullif(display_name, ''), username) AS shown FROM members "
                        + "WHERE guild_id = :guild AND is_bot = 0 AND (user_id = :text "
                        + "OR instr(lower(coalesce(display_name, '')), lower(:text)) > 0 OR instr(lower(username), lower(:text)) > 0) "
                        + "ORDER BY lower(shown), user_id LIMIT :limit")
                        .bind("guild", guildId).bind("text", wanted).bind("limit", limit)
                        .map((rs, ctx) -> new AuthorName(rs.getString(1), rs.getString(2))).list());
            }
            boolean idListed = found.stream().anyMatch(author -> author.authorId().equals(wanted));
            if (!idListed && found.size() < limit && query("SELECT EXISTS (SELECT 1 FROM message_stats "
                    + "WHERE guild_id = :guild AND author_id = :text)").bind("guild", guildId).bind("text", wanted)
                    .mapTo(Boolean.class).one()) {
                found.add(0, new AuthorName(wanted, wanted));
            }
            return found;
        }

        private <T> List<T> aggregate(ActivitySource.Built source, String shape, RowMapper<T> mapper, Map<String, Object> extra) {
            String sql = shape.replace("{source}", source.sql());
            Query query = plainQuery(handle, sql);
            source.binds().forEach(query::bind);
            extra.forEach(query::bind);
            long started = System.nanoTime();
            List<T> rows = query.map(mapper).list();
            log.debug("{} rows in {} ms: {}", rows.size(), (System.nanoTime() - started) / 1_000_000, sql);
            return rows;
        }

        private Query query(String sql) {
            return handle.createQuery(sql);
        }
    }

    /** The store keeps a missing category as ''. */
    private static String category(String stored) {
        return stored == null || stored.isEmpty() ? null : stored;
    }

    private static List<List<String>> chunks(Collection<String> ids) {
        List<String> all = new ArrayList<>(new TreeSet<>(ids));
        List<List<String>> chunks = new ArrayList<>();
        for (int i = 0; i < all.size(); i += NAME_CHUNK) {
            chunks.add(all.subList(i, Math.min(all.size(), i + NAME_CHUNK)));
        }
        return chunks;
    }

    /** Builds a query without Jdbi's {@code <name>} templating, for generated SQL with comparisons in it. */
    static Query plainQuery(Handle handle, String sql) {
        return handle.createQuery(sql).configure(SqlStatements.class, statements -> statements.setTemplateEngine(new NoTemplateEngine()));
    }
}
