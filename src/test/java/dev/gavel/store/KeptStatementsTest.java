package dev.gavel.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class KeptStatementsTest {

    private static final String SQL = "SELECT count(*) FROM message_stats WHERE guild_id = ?";

    @TempDir
    Path dir;

    @Test
    @DisplayName("the writer keeps a statement used without error, closes one whose use failed, and closes all with the store")
    void keepsWhatSucceeded() throws Exception {
        List<PreparedStatement> seen = new ArrayList<>();
        try (Store store = Store.open(dir.resolve("gavel.db"))) {
            store.write(tx -> {
                try {
                    for (boolean succeed : new boolean[] {true, true, false, true}) {
                        try (KeptStatements.Use use = KeptStatements.use(tx.handle(), SQL)) {
                            seen.add(use.statement());
                            if (succeed) {
                                use.succeeded();
                            }
                        }
                    }
                    return null;
                } catch (SQLException e) {
                    throw new IllegalStateException(e);
                }
            }).get();
            assertThat(seen.get(1)).isSameAs(seen.get(0));
            assertThat(seen.get(2)).isSameAs(seen.get(0));
            assertThat(seen.get(2).isClosed()).isTrue();
            assertThat(seen.get(3)).isNotSameAs(seen.get(2));
            assertThat(seen.get(3).isClosed()).isFalse();

            // a connection that does not keep statements (a reader's) prepares and closes one per use
            PreparedStatement read = store.readTx(tx -> {
                try (KeptStatements.Use use = KeptStatements.use(tx.handle(), SQL)) {
                    use.succeeded();
                    return use.statement();
                } catch (SQLException e) {
                    throw new IllegalStateException(e);
                }
            });
            assertThat(read.isClosed()).isTrue();
        }
        assertThat(seen.get(3).isClosed()).isTrue();
    }
}
