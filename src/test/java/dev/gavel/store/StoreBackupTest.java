package dev.gavel.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;

import dev.gavel.core.model.MessageStat;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

class StoreBackupTest {

    private static final Logger log = LoggerFactory.getLogger(StoreBackupTest.class);
    private static final long T0 = 1_740_000_000_000L;

    @TempDir
    Path dir;

    private static MessageStat message(long id) {
        return new MessageStat(Long.toString(id), "g", "c" + id % 7, "cat", "a" + id % 13, null, T0 + id * 1_000, 4, 20, 0,
                id % 5 == 0 ? "[{\"chars\":10,\"words\":2,\"lines\":1}]" : "[]", "[]");
    }

    @Test
    @DisplayName("a backup taken while a writer keeps inserting through store.write is whole, passes integrity_check and "
            + "holds a consistent prefix of the writes")
    void backupWhileWriting() throws Exception {
        Path file = dir.resolve("gavel.db");
        Path copy = dir.resolve("backup/copy.db");
        int seeded = 20_000;
        try (Store store = Store.open(file)) {
            store.write(tx -> {
                MessageStatsDao dao = tx.dao(MessageStatsDao.class);
                List<MessageStat> batch = new ArrayList<>();
                for (long id = 1; id <= seeded; id++) {
                    batch.add(message(id));
                }
                dao.upsertAll(batch);
                return null;
            }).get();

            AtomicBoolean writing = new AtomicBoolean(true);
            AtomicLong lastWritten = new AtomicLong(seeded);
            AtomicLong slowestWriteNanos = new AtomicLong();
            CompletableFuture<Void> writer = CompletableFuture.runAsync(() -> {
                while (writing.get()) {
                    long id = lastWritten.get() + 1;
                    long start = System.nanoTime();
                    store.write(tx -> {
                        tx.dao(MessageStatsDao.class).upsert(message(id));
                        return null;
                    }).join();
                    slowestWriteNanos.accumulateAndGet(System.nanoTime() - start, Math::max);
                    lastWritten.set(id);
                }
            });
            while (lastWritten.get() < seeded + 20) {
                Thread.onSpinWait();
            }
            long writtenBefore = lastWritten.get();
            StoreBackup.Result result = StoreBackup.copy(file, copy, false);
            long writtenAfter = lastWritten.get();
            writing.set(false);
            writer.get();
            log.info("Backup of {} bytes took {} ms; the writer committed {} rows meanwhile, the slowest in {} ms",
                    result.bytes(), result.took().toMillis(), writtenAfter - writtenBefore, slowestWriteNanos.get() / 1_000_000);
        }

        try (Store backup = Store.openReadOnly(copy)) {
            List<String> integrity = backup.readTx(tx -> tx.handle().createQuery("PRAGMA integrity_check").mapTo(String.class).list());
            assertThat(integrity).containsExactly("ok");
            var rows = backup.readTx(tx -> tx.handle().createQuery(
                    "SELECT count(*) AS n, min(CAST(message_id AS INTEGER)) AS lo, max(CAST(message_id AS INTEGER)) AS hi "
                            + "FROM message_stats").mapToMap().one());
            long n = ((Number) rows.get("n")).longValue();
            assertThat(n).isGreaterThanOrEqualTo(seeded + 20);
            assertThat(((Number) rows.get("lo")).longValue()).isEqualTo(1);
            assertThat(((Number) rows.get("hi")).longValue()).isEqualTo(n);
            long rolledUp = backup.readTx(tx -> tx.handle().createQuery("SELECT sum(messages) FROM author_day").mapTo(Long.class).one());
            assertThat(rolledUp).isEqualTo(n);
        }
    }
}
