package dev.gavel.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import dev.gavel.core.model.MessageStat;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Seeded random sequences of every kind of change to {@code message_stats}, in transactions of
 * random size and in calls of random batch size: after each transaction the message rows equal a
 * model of what the calls mean, and every rollup table equals its recomputation from the raw rows.
 */
class RollupPropertyTest {

    /** 2025-01-31T21:00Z: times spread over hours, a day and a month boundary. */
    private static final long START = Instant.parse("2025-01-31T21:00:00Z").toEpochMilli();
    private static final long SPAN = 6 * 3_600_000L;
    private static final List<String> CATEGORIES = Arrays.asList("General", "Help", null, "");
    /** What the recorder writes, and shapes it never does that the formulas still read alike. */
    private static final List<String> CODE = List.of("[]", "[]", "[]",
            "[{\"chars\":11,\"words\":2,\"lines\":1}]",
            "[{\"chars\":29,\"words\":5,\"lines\":2,\"lang\":\"js\"}]",
            "[{\"chars\":11,\"words\":2,\"lines\":1},{\"chars\":29,\"words\":5,\"lines\":2,\"lang\":\"js\"}]",
            "[{\"chars\":5,\"words\":1,\"lines\":1,\"lang\":\"\"},{\"chars\":7,\"words\":1,\"lines\":3,\"lang\":\"py\"}]",
            "[{\"chars\":4,\"words\":1,\"lines\":2,\"lang\":null}]",
            "[{\"chars\":4,\"words\":1}]",
            "[7]",
            "[ ]");
    private static final List<String> LINKS = List.of("[]", "[]", "[\"https://a.com\"]", "[\"https://a.com\",\"https://b.com/y\"]",
            "[ ]");

    @TempDir
    Path dir;

    private Random random;
    /** What message_stats should hold; {@code recorded} lists its ids, to pick one in constant time. */
    private final Map<String, MessageStat> model = new HashMap<>();
    private final List<String> recorded = new ArrayList<>();
    private final Map<String, Integer> positions = new HashMap<>();
    private int nextId;

    @ParameterizedTest(name = "seed {0}")
    @ValueSource(longs = {1, 2, 3, 4})
    @DisplayName("after any mix of upserts, moves, edits, reactions and deletions, every rollup equals its recomputation from raw rows")
    void rollupsFollowEveryChange(long seed) throws Exception {
        random = new Random(seed);
        try (Store store = Store.open(dir.resolve("gavel.db"))) {
            for (int transaction = 0; transaction < 40; transaction++) {
                int operations = 1 + random.nextInt(random.nextInt(8) == 0 ? 60 : 8);
                store.write(tx -> {
                    MessageStatsDao dao = tx.dao(MessageStatsDao.class);
                    for (int i = 0; i < operations; i++) {
                        operate(dao);
                    }
                    return null;
                }).get();
                List<MessageStat> rows = store.readTx(tx -> tx.handle()
                        .createQuery("SELECT " + MessageStatsDao.COLUMNS + " FROM message_stats")
                        .map((rs, ctx) -> new MessageStat(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
                                rs.getString(5), rs.getString(6), rs.getLong(7), rs.getInt(8), rs.getInt(9), rs.getInt(10),
                                rs.getString(11), rs.getString(12))).list());
                assertThat(rows).as("message rows after transaction %d", transaction)
                        .containsExactlyInAnyOrderElementsOf(model.values());
                RollupRecomputation.assertRollupsMatchRawRows(store);
            }
            assertThat(model).hasSizeGreaterThan(200);
        }
    }

    private void operate(MessageStatsDao dao) {
        int kind = random.nextInt(100);
        if (kind < 25) {
            List<MessageStat> batch = new ArrayList<>();
            int size = 1 + random.nextInt(random.nextInt(10) == 0 ? 1_200 : 30);
            for (int i = 0; i < size; i++) {
                batch.add(random.nextInt(5) > 0 || model.isEmpty() ? newMessage() : changed(existing()));
            }
            if (random.nextInt(4) == 0 && !batch.isEmpty()) {
                batch.add(changed(batch.get(random.nextInt(batch.size()))));  // the same id twice: the last counts
            }
            dao.upsertAll(batch);
            batch.forEach(this::record);
        } else if (kind < 35) {
            MessageStat message = existingOrMissing();
            MessageStat same = model.get(message.messageId());
            if (same != null) {
                dao.upsert(same);  // unchanged: nothing happens
            }
        } else if (kind < 50) {
            MessageStat message = existingOrMissing();
            MessageStat edited = withContent(message);
            int updated = dao.updateContent(message.messageId(), edited.wordCount(), edited.charCount(), edited.codeStats(),
                    edited.linkStats());
            assertThat(updated).isEqualTo(model.containsKey(message.messageId()) ? 1 : 0);
            if (model.containsKey(message.messageId())) {
                record(edited);
            }
        } else if (kind < 65) {
            MessageStat message = existingOrMissing();
            int delta = random.nextInt(9) - 4;
            assertThat(dao.addReactions(message.messageId(), delta)).isEqualTo(model.containsKey(message.messageId()) ? 1 : 0);
            MessageStat old = model.get(message.messageId());
            if (old != null) {
                record(withReactions(old, Math.max(0, old.reactCount() + delta)));
            }
        } else if (kind < 75) {
            MessageStat message = existingOrMissing();
            int count = random.nextInt(3) == 0 ? message.reactCount() : random.nextInt(5);
            MessageStat old = model.get(message.messageId());
            assertThat(dao.setReactions(message.messageId(), count)).isEqualTo(old != null && old.reactCount() != count ? 1 : 0);
            if (old != null) {
                record(withReactions(old, count));
            }
        } else if (kind < 85) {
            String id = existingOrMissing().messageId();
            boolean recordedBefore = model.containsKey(id);
            assertThat(dao.delete(id)).isEqualTo(recordedBefore ? 1 : 0);
            forget(id);
        } else if (kind < 92) {
            List<String> ids = new ArrayList<>();
            int size = 1 + random.nextInt(random.nextInt(6) == 0 ? 700 : 12);
            for (int i = 0; i < size && !model.isEmpty(); i++) {
                ids.add(existingOrMissing().messageId());
            }
            if (!ids.isEmpty()) {
                ids.add(ids.get(0));  // twice: deleted once
            }
            long deleted = ids.stream().distinct().filter(model::containsKey).count();
            assertThat(dao.deleteAll(ids)).isEqualTo(deleted);
            ids.forEach(this::forget);
        } else {
            failingCall(dao);
        }
    }

    /** A call the store refuses changes nothing, even when the transaction goes on and commits. */
    private void failingCall(MessageStatsDao dao) {
        if (model.isEmpty()) {
            return;
        }
        MessageStat target = existing();
        if (random.nextBoolean()) {
            assertThatThrownBy(() -> dao.setReactions(target.messageId(), -1)).isInstanceOf(RuntimeException.class);
        } else {
            List<MessageStat> batch = new ArrayList<>(List.of(newMessage(), changed(target)));
            batch.add(withReactions(newMessage(), -1));  // react_count must not be negative
            batch.add(newMessage());
            assertThatThrownBy(() -> dao.upsertAll(batch)).isInstanceOf(RuntimeException.class);
        }
    }

    private MessageStat newMessage() {
        return new MessageStat("m" + nextId++, "g" + random.nextInt(2), "c" + random.nextInt(5), pick(CATEGORIES),
                "a" + random.nextInt(8), random.nextInt(4) == 0 ? "a" + random.nextInt(8) : null,
                START + (long) (random.nextDouble() * SPAN), random.nextInt(40), random.nextInt(200),
                random.nextInt(3) == 0 ? random.nextInt(9) : 0, pick(CODE), pick(LINKS));
    }

    /** The message, maybe moved (guild, channel, category, author, time), re-measured or with other reactions. */
    private MessageStat changed(MessageStat m) {
        return new MessageStat(m.messageId(),
                random.nextInt(6) == 0 ? "g" + random.nextInt(2) : m.guildId(),
                random.nextInt(3) == 0 ? "c" + random.nextInt(5) : m.channelId(),
                random.nextInt(3) == 0 ? pick(CATEGORIES) : m.channelCategory(),
                random.nextInt(3) == 0 ? "a" + random.nextInt(8) : m.authorId(),
                m.recipientId(),
                random.nextInt(3) == 0 ? START + (long) (random.nextDouble() * SPAN) : m.sentAt(),
                random.nextBoolean() ? random.nextInt(40) : m.wordCount(), m.charCount(),
                random.nextBoolean() ? random.nextInt(9) : m.reactCount(),
                random.nextBoolean() ? pick(CODE) : m.codeStats(), m.linkStats());
    }

    private MessageStat withContent(MessageStat m) {
        return new MessageStat(m.messageId(), m.guildId(), m.channelId(), m.channelCategory(), m.authorId(), m.recipientId(),
                m.sentAt(), random.nextInt(40), random.nextInt(200), m.reactCount(), pick(CODE), pick(LINKS));
    }

    private static MessageStat withReactions(MessageStat m, int reactions) {
        return new MessageStat(m.messageId(), m.guildId(), m.channelId(), m.channelCategory(), m.authorId(), m.recipientId(),
                m.sentAt(), m.wordCount(), m.charCount(), reactions, m.codeStats(), m.linkStats());
    }

    private MessageStat existing() {
        return model.get(recorded.get(random.nextInt(recorded.size())));
    }

    /** Mostly a recorded message, sometimes one that never was. */
    private MessageStat existingOrMissing() {
        if (model.isEmpty() || random.nextInt(8) == 0) {
            MessageStat m = newMessage();
            return new MessageStat("never-" + m.messageId(), m.guildId(), m.channelId(), m.channelCategory(), m.authorId(),
                    m.recipientId(), m.sentAt(), m.wordCount(), m.charCount(), m.reactCount(), m.codeStats(), m.linkStats());
        }
        return existing();
    }

    private void record(MessageStat m) {
        if (model.put(m.messageId(), m) == null) {
            positions.put(m.messageId(), recorded.size());
            recorded.add(m.messageId());
        }
    }

    private void forget(String id) {
        if (model.remove(id) == null) {
            return;
        }
        int at = positions.remove(id);
        String last = recorded.remove(recorded.size() - 1);
        if (!last.equals(id)) {
            recorded.set(at, last);
            positions.put(last, at);
        }
    }

    private <T> T pick(List<T> values) {
        return values.get(random.nextInt(values.size()));
    }
}
