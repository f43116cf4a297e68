package dev.gavel.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import com.fasterxml.jackson.core.JsonProcessingException;
import dev.gavel.core.model.MessageStat;
import org.jdbi.v3.core.Handle;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** How the DAO's writes touch message_stats and the rollups: nothing for a no-op, only what changed otherwise. */
class MessageStatsWritesTest {

    private static final long T = Instant.parse("2025-03-01T10:15:00Z").toEpochMilli();
    private static final String CODE = "[{\"chars\":11,\"words\":2,\"lines\":1},{\"chars\":29,\"words\":5,\"lines\":2,\"lang\":\"js\"}]";
    private static final MessageStat MESSAGE = new MessageStat("1", "g", "c", "Help", "a", null, T, 4, 20, 2, CODE, "[]");

    @TempDir
    Path dir;

    private Store store;

    @BeforeEach
    void open() throws Exception {
        store = Store.open(dir.resolve("gavel.db"));
        store.write(tx -> {
            tx.dao(MessageStatsDao.class).upsert(MESSAGE);
            return null;
        }).get();
    }

    @AfterEach
    void close() {
        store.close();
    }

    @Test
    @DisplayName("a write that changes nothing writes no row at all, and still answers as before")
    void noOpWritesNothing() throws Exception {
        List<Object> answers = changesMadeBy(dao -> List.of(
                run(() -> dao.upsert(MESSAGE)),
                run(() -> dao.upsertAll(List.of(MESSAGE, MESSAGE))),
                dao.setReactions("1", 2),
                dao.addReactions("1", 0),
                dao.updateContent("1", 4, 20, CODE, "[]"),
                dao.addReactions("missing", 1),
                dao.setReactions("missing", 1),
                dao.updateContent("missing", 1, 1, "[]", "[]"),
                dao.delete("missing"),
                dao.deleteAll(List.of())));
        assertThat(answers).containsExactly(0L, "done", "done", 0, 1, 1, 0, 0, 0, 0, 0);

        List<Object> atZero = changesMadeBy(dao -> List.of(dao.setReactions("1", 0)));
        assertThat(atZero.get(0)).as("rows changed by setting the reactions to 0").isEqualTo(8L);
        assertThat(changesMadeBy(dao -> List.of(dao.addReactions("1", -3)))).containsExactly(0L, 1);
    }

    @Test
    @DisplayName("a change of reactions changes the message row and one row of each of the seven message rollups, nothing else")
    void reactionsTouchReactionsOnly() throws Exception {
        List<String> codeBefore = codeRollups();
        List<Object> answers = changesMadeBy(dao -> List.of(dao.addReactions("1", 5)));
        assertThat(answers).containsExactly(8L, 1);
        assertThat(codeRollups()).isEqualTo(codeBefore);
        assertThat(StoreProbe.scalar(store, "SELECT reactions FROM activity_month")).isEqualTo(7);
        RollupRecomputation.assertRollupsMatchRawRows(store);
    }

    @Test
    @DisplayName("code_stats or link_stats that is not a JSON array is refused with its message id, and nothing is written")
    void malformedJsonRefused() {
        MessageStat broken = new MessageStat("2", "g", "c", null, "a", null, T, 1, 1, 0, "[{\"chars\":3", "[]");
        assertThatThrownBy(() -> store.write(tx -> {
            tx.dao(MessageStatsDao.class).upsertAll(List.of(
                    new MessageStat("3", "g", "c", null, "a", null, T, 1, 1, 0, "[]", "[]"), broken));
            return null;
        }).get()).hasRootCauseInstanceOf(JsonProcessingException.class)
                .hasMessageContaining("code_stats of message 2 is not JSON");
        assertThatThrownBy(() -> store.write(tx -> tx.dao(MessageStatsDao.class).updateContent("1", 1, 1, "[]", "{}")).get())
                .hasMessageContaining("link_stats of message 1 is not a JSON array");
        assertThat(StoreProbe.scalar(store, "SELECT count(*) FROM message_stats")).isEqualTo(1);
        assertThat(StoreProbe.scalar(store, "SELECT link_stats = '[]' FROM message_stats")).isEqualTo(1);
        RollupRecomputation.assertRollupsMatchRawRows(store);
    }

    /** The rows the calls changed in all (SQLite's total_changes()), then what each call answered. */
    private List<Object> changesMadeBy(Function<MessageStatsDao, List<Object>> calls) throws Exception {
        return store.write(tx -> {
            Handle handle = tx.handle();
            long before = totalChanges(handle);
            List<Object> answers = calls.apply(tx.dao(MessageStatsDao.class));
            List<Object> all = new ArrayList<>();
            all.add(totalChanges(handle) - before);
            all.addAll(answers);
            return all;
        }).get();
    }

    private static long totalChanges(Handle handle) {
        return handle.createQuery("SELECT total_changes()").mapTo(Long.class).one();
    }

    private static Object run(Runnable call) {
        call.run();
        return "done";
    }

    private List<String> codeRollups() {
        List<String> rows = new ArrayList<>(StoreProbe.dump(store, "code_lang_hour"));
        rows.addAll(StoreProbe.dump(store, "code_lang_day"));
        assertThat(rows).hasSize(4);
        return rows;
    }
}
