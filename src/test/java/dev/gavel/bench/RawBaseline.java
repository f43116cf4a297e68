package dev.gavel.bench;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

import dev.gavel.core.stats.DateRange;
import dev.gavel.core.stats.StatsRequest;

/**
 * The baseline: each report as plain SQL on the raw {@code message_stats} rows, the way the
 * original bot queries its database (UTC days with {@code date(sent_at / 1000, 'unixepoch')}, one
 * GROUP BY per figure, no rollups), with every row read as Gavel reads its results.
 */
final class RawBaseline implements AutoCloseable {

    private static final String DAY = "date(sent_at / 1000, 'unixepoch')";
    private static final String RANGE = " FROM message_stats WHERE guild_id = ? AND sent_at >= ? AND sent_at < ?";

    private final Connection connection;

    private RawBaseline(Connection connection) {
        this.connection = connection;
    }

    static RawBaseline open(Path file) throws SQLException {
        return new RawBaseline(DriverManager.getConnection("jdbc:sqlite:" + file.toAbsolutePath().toUri() + "?mode=ro"));
    }

    long count(String guild) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement("SELECT count(*) FROM message_stats WHERE guild_id = ?")) {
            statement.setString(1, guild);
            try (ResultSet rs = statement.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    List<Object[]> daily(String guild, DateRange range) throws SQLException {
        return rows("SELECT " + DAY + " AS day, count(*), count(DISTINCT author_id), sum(word_count), sum(react_count)" + RANGE
                + " GROUP BY day", guild, range);
    }

    List<Object[]> overview(String guild, DateRange range) throws SQLException {
        List<Object[]> all = new ArrayList<>(daily(guild, range));
        all.addAll(rows("SELECT day, count(*) FROM (SELECT " + DAY + " AS day, author_id, count(*) AS sent" + RANGE
                + " GROUP BY day, author_id HAVING sent >= 3) GROUP BY day", guild, range));
        all.addAll(rows("SELECT channel_id, count(*) AS sent" + RANGE + " GROUP BY channel_id ORDER BY sent DESC LIMIT 10", guild, range));
        all.addAll(rows("SELECT channel_category, count(*) AS sent" + RANGE + " GROUP BY channel_category ORDER BY sent DESC LIMIT 10",
                guild, range));
        all.addAll(heatmap(guild, range));
        all.addAll(rows("SELECT sum(json_array_length(code_stats) > 0), sum(json_array_length(link_stats) > 0), count(*)" + RANGE,
                guild, range));
        all.addAll(rows("SELECT json_extract(j.value, '$.lang'), count(*), sum(json_extract(j.value, '$.lines')), "
                + "sum(json_extract(j.value, '$.chars')) FROM message_stats m, json_each(m.code_stats) j "
                + "WHERE m.guild_id = ? AND m.sent_at >= ? AND m.sent_at < ? GROUP BY 1", guild, range));
        return all;
    }

    List<Object[]> heatmap(String guild, DateRange range) throws SQLException {
        return rows("SELECT strftime('%w', sent_at / 1000, 'unixepoch') AS weekday, strftime('%H', sent_at / 1000, 'unixepoch') AS hour, "
                + "count(*)" + RANGE + " GROUP BY weekday, hour", guild, range);
    }

    List<Object[]> top(String guild, StatsRequest request) throws SQLException {
        DateRange range = request.range();
        List<Object[]> authors = rows("SELECT author_id, count(*) AS messages, sum(word_count) AS words, sum(react_count), "
                + "count(DISTINCT channel_id), count(DISTINCT channel_category)" + RANGE + " GROUP BY author_id "
                + "HAVING messages >= " + request.thresholds().topMinMessages() + " OR words >= " + request.thresholds().topMinWords()
                + " ORDER BY messages DESC LIMIT " + request.thresholds().topLimit(), guild, range);
        List<Object[]> all = new ArrayList<>(authors);
        if (!authors.isEmpty()) {
            StringBuilder in = new StringBuilder();
            for (Object[] author : authors) {
                in.append(in.length() == 0 ? "" : ", ").append('\'').append(author[0]).append('\'');
            }
            all.addAll(rows("SELECT author_id, " + DAY + " AS day, count(*), sum(word_count), count(DISTINCT channel_id), "
                    + "count(DISTINCT channel_category)" + RANGE + " AND author_id IN (" + in + ") GROUP BY author_id, day", guild, range));
        }
        return all;
    }

    List<Object[]> member(String guild, DateRange range, String author) throws SQLException {
        String where = " AND author_id = '" + author + "'";
        List<Object[]> all = new ArrayList<>(rows("SELECT " + DAY + " AS day, count(*), sum(word_count), sum(react_count)" + RANGE
                + where + " GROUP BY day", guild, range));
        all.addAll(rows("SELECT channel_category, count(*)" + RANGE + where + " GROUP BY channel_category", guild, range));
        all.addAll(rows("SELECT m.channel_id, c.name, count(*) AS sent FROM message_stats m LEFT JOIN channel_info c ON c.id = m.channel_id "
                + "WHERE m.guild_id = ? AND m.sent_at >= ? AND m.sent_at < ? AND m.author_id = '" + author + "' "
                + "GROUP BY m.channel_id ORDER BY sent DESC", guild, range));
        return all;
    }

    List<Object[]> channels(String guild, DateRange range) throws SQLException {
        return rows("SELECT m.channel_id, c.name, c.category, count(*) AS sent, sum(m.word_count), sum(m.react_count), "
                + "count(DISTINCT m.author_id) FROM message_stats m LEFT JOIN channel_info c ON c.id = m.channel_id "
                + "WHERE m.guild_id = ? AND m.sent_at >= ? AND m.sent_at < ? GROUP BY m.channel_id ORDER BY sent DESC", guild, range);
    }

    List<Object[]> cohort(String guild, DateRange range, int minMessages) throws SQLException {
        List<Object[]> all = new ArrayList<>(rows("SELECT author_id, count(*) AS messages, sum(word_count), sum(react_count), "
                + "sum((SELECT coalesce(sum(json_extract(value, '$.chars')), 0) FROM json_each(code_stats))), "
                + "sum((SELECT coalesce(sum(json_extract(value, '$.lines')), 0) FROM json_each(code_stats)))" + RANGE
                + " GROUP BY author_id HAVING messages >= " + minMessages, guild, range));
        all.addAll(rows("SELECT author_id, " + DAY + " AS day, count(*)" + RANGE + " GROUP BY author_id, day", guild, range));
        return all;
    }

    private List<Object[]> rows(String sql, String guild, DateRange range) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setString(1, guild);
            statement.setLong(2, range.start().toEpochMilli());
            statement.setLong(3, range.end().toEpochMilli());
            try (ResultSet rs = statement.executeQuery()) {
                int columns = rs.getMetaData().getColumnCount();
                List<Object[]> rows = new ArrayList<>();
                while (rs.next()) {
                    Object[] row = new Object[columns];
                    for (int i = 0; i < columns; i++) {
                        row[i] = rs.getObject(i + 1);
                    }
                    rows.add(row);
                }
                return rows;
            }
        }
    }

    @Override
    public void close() throws SQLException {
        connection.close();
    }
}
