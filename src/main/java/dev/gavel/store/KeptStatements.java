package dev.gavel.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.statement.DefaultStatementBuilder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Prepared statements kept for the life of the store writer's connection. The writes of
 * {@code message_stats} and its rollups run a few dozen statements thousands of times a second,
 * a reaction or an edit a dozen of them, and preparing one costs more than running it. Installed
 * as the writer handle's statement builder (so a DAO reaches it through its handle); the
 * statements Jdbi makes itself are made and closed as by the default builder.
 *
 * <p>Used by the writer thread only, like its connection.
 */
final class KeptStatements extends DefaultStatementBuilder {

    private static final Logger log = LoggerFactory.getLogger(KeptStatements.class);

    /** Distinct statements kept (the rest are closed, least recently used first): well above the few dozen in use. */
    private static final int KEPT = 128;

    private final Map<String, PreparedStatement> idle = new LinkedHashMap<>(64, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, PreparedStatement> eldest) {
            if (size() <= KEPT) {
                return false;
            }
            closeQuietly(eldest.getValue());
            return true;
        }
    };

    /** Installs a cache of statements on {@code handle}, closed with it. */
    static void install(Handle handle) {
        KeptStatements kept = new KeptStatements();
        handle.setStatementBuilder(kept);
        handle.addCleanable(kept::closeAll);
    }

    /**
     * A statement of {@code sql} for one use on {@code handle}'s connection: kept from an earlier
     * use where the handle keeps statements, else prepared now (and closed after the use).
     */
    static Use use(Handle handle, String sql) throws SQLException {
        if (handle.getStatementBuilder() instanceof KeptStatements kept) {
            PreparedStatement statement = kept.idle.remove(sql);
            return new Use(kept, sql, statement != null ? statement : handle.getConnection().prepareStatement(sql));
        }
        return new Use(null, sql, handle.getConnection().prepareStatement(sql));
    }

    private void closeAll() {
        List<PreparedStatement> statements = new ArrayList<>(idle.values());
        idle.clear();
        statements.forEach(KeptStatements::closeQuietly);
    }

    private static void closeQuietly(PreparedStatement statement) {
        try {
            statement.close();
        } catch (SQLException e) {
            log.warn("Closing a kept statement failed", e);
        }
    }

    /**
     * One use of a statement. Closing it gives the statement back to be kept when the use
     * {@linkplain #succeeded() succeeded}; after a failure it is closed, whatever state it was left in.
     */
    static final class Use implements AutoCloseable {
        private final KeptStatements kept;
        private final String sql;
        private final PreparedStatement statement;
        private boolean succeeded;

        private Use(KeptStatements kept, String sql, PreparedStatement statement) {
            this.kept = kept;
            this.sql = sql;
            this.statement = statement;
        }

        PreparedStatement statement() {
            return statement;
        }

        /** Marks the use as done without error: the statement may be kept. */
        void succeeded() {
            succeeded = true;
        }

        @Override
        public void close() throws SQLException {
            if (kept == null || !succeeded) {
                statement.close();
                return;
            }
            statement.clearParameters();
            PreparedStatement other = kept.idle.put(sql, statement);
            if (other != null) {
                other.close();
            }
        }
    }
}
