package dev.gavel.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import dev.gavel.core.model.StatsThresholds;
import dev.gavel.core.stats.ChannelFilter;
import dev.gavel.core.stats.DateRange;
import dev.gavel.core.stats.Statistics;
import dev.gavel.core.stats.StatsRequest;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.LoggerFactory;

/**
 * The statistics' queries reach rows by key: SQLite's plan for each of them searches a primary key
 * or index and never scans a whole table (what keeps them fast as a store grows).
 */
class ActivityQueryPlanTest {

    @TempDir
    Path dir;

    @Test
    @DisplayName("every query of every report, in UTC and in New York, with and without a filter, searches by key")
    void searchesByKey() throws Exception {
        try (Store store = Store.open(dir.resolve("gavel.db"))) {
            StatisticsReportsTest.fixture().writeTo(store);
            Statistics stats = new Statistics(SqlActivityQueries.of(store), Clock.systemUTC());
            List<String> statements = capture(() -> {
                for (String zone : List.of("UTC", "America/New_York")) {
                    for (ChannelFilter filter : List.of(ChannelFilter.NONE, new ChannelFilter(Set.of("c1"), Set.of("Help")))) {
                        // whole months inside, partial months at the edges
                        StatsRequest request = new StatsRequest("g", new DateRange(LocalDate.parse("2024-11-15"),
                                LocalDate.parse("2025-03-20"), ZoneId.of(zone)), filter, new StatsThresholds(1, 1, 100, 1, 3));
                        stats.overview(request);
                        stats.topParticipants(request);
                        stats.member(request, "a");
                        stats.channels(request);
                        stats.cohort(request, "a");
                        stats.messageTimeline(request, 50);
                        stats.categories(request);
                    }
                }
            });
            assertThat(statements).hasSizeGreaterThan(30);
            List<String> plans = store.readTx(tx -> {
                List<String> all = new ArrayList<>();
                Connection connection = tx.handle().getConnection();
                for (String sql : statements) {
                    all.add(plan(connection, sql));
                }
                return all;
            });
            for (int i = 0; i < statements.size(); i++) {
                assertThat(plans.get(i)).as("plan of %s", statements.get(i))
                        .contains("SEARCH")
                        .doesNotContainPattern("SCAN (message_stats|activity_|author_|channel_|code_lang_)");
            }
        }
    }

    private static List<String> capture(Runnable work) {
        Logger logger = (Logger) LoggerFactory.getLogger(SqlActivityQueries.class);
        ListAppender<ILoggingEvent> appender = new ListAppender<>();
        appender.start();
        Level level = logger.getLevel();
        logger.setLevel(Level.DEBUG);
        logger.addAppender(appender);
        try {
            work.run();
        } finally {
            logger.detachAppender(appender);
            logger.setLevel(level);
        }
        return appender.list.stream().map(event -> (String) event.getArgumentArray()[2]).toList();
    }

    /** SQLite takes the statement's :named parameters itself; EXPLAIN needs no values for them. */
    private static String plan(Connection connection, String sql) {
        StringBuilder plan = new StringBuilder();
        try (Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("EXPLAIN QUERY PLAN " + sql)) {
            while (rows.next()) {
                plan.append(rows.getString("detail")).append('\n');
            }
        } catch (SQLException e) {
            throw new IllegalStateException("EXPLAIN failed for " + sql, e);
        }
        return plan.toString();
    }
}
