package dev.gavel.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CancellationException;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.gavel.core.model.GuildSettings;
import dev.gavel.core.model.GuildSettingsJson;
import dev.gavel.core.model.MessageStat;
import dev.gavel.core.model.RecorderSession;
import dev.gavel.store.Rollups;
import dev.gavel.store.MessageStatsDao;
import dev.gavel.store.SessionDao;
import dev.gavel.store.Store;
import dev.gavel.store.StoreException;
import dev.gavel.store.StoreProbe;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

class DemoStoreTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final long DISCORD_EPOCH = 1_420_070_400_000L;

    @TempDir
    Path dir;

    @Test
    @DisplayName("the same options make the same rows in every table; another seed makes others")
    void deterministic() throws Exception {
        DemoOptions options = new DemoOptions(11, 30, 60, 3_000, DemoOptions.DEFAULT_LAST_DAY);
        DemoStore.create(dir.resolve("a.db"), options);
        DemoStore.create(dir.resolve("b.db"), options);
        DemoStore.create(dir.resolve("c.db"), new DemoOptions(12, 30, 60, 3_000, DemoOptions.DEFAULT_LAST_DAY));
        Map<String, String> a = tableHashes(dir.resolve("a.db"));
        Map<String, String> b = tableHashes(dir.resolve("b.db"));
        Map<String, String> c = tableHashes(dir.resolve("c.db"));
        assertThat(a).containsKeys("message_stats", "members", "channel_info", "tickets", "reported_messages", "mod_actions",
                "user_threads", "sessions", "activity_hour", "code_lang_hour", "backfill_cursors", "settings_history");
        assertThat(b).isEqualTo(a);
        assertThat(c.get("message_stats")).isNotEqualTo(a.get("message_stats"));
        assertThat(c.get("members")).isNotEqualTo(a.get("members"));
    }

    @Test
    @DisplayName("an existing file is refused and left as it was")
    void refusesExistingFile() throws Exception {
        Path file = dir.resolve("gavel.db");
        Files.writeString(file, "not mine to overwrite");
        DemoOptions options = new DemoOptions(1, 7, 10, 100, DemoOptions.DEFAULT_LAST_DAY);
        assertThatThrownBy(() -> DemoStore.create(file, options))
                .isInstanceOf(StoreException.class).hasMessageContaining("already exists");
        assertThat(Files.readString(file)).isEqualTo("not mine to overwrite");
    }

    @Test
    @DisplayName("cancelling stops the making, reports progress before, and leaves no file behind")
    void cancellable() throws Exception {
        List<String> steps = new ArrayList<>();
        long[] messagesSeen = {0};
        DemoOptions options = new DemoOptions(1, 30, 50, 5_000, DemoOptions.DEFAULT_LAST_DAY);
        assertThatThrownBy(() -> DemoStore.create(dir.resolve("gavel.db"), options, false, (step, done, total) -> {
            steps.add(step);
            messagesSeen[0] = Math.max(messagesSeen[0], done);
        }, () -> messagesSeen[0] > 1_000)).isInstanceOf(CancellationException.class);
        assertThat(steps).contains("Generating messages");
        try (Stream<Path> files = Files.list(dir)) {
            assertThat(files).isEmpty();
        }
    }

    @Test
    @DisplayName("no messages at all still makes a whole guild: members, sessions, tickets")
    void noMessages() throws Exception {
        Path file = dir.resolve("empty.db");
        DemoSummary summary = DemoStore.create(file, new DemoOptions(3, 14, 40, 0, DemoOptions.DEFAULT_LAST_DAY));
        assertThat(summary.messages()).isZero();
        try (Store store = Store.open(file)) {
            assertThat(StoreProbe.scalar(store, "SELECT count(*) FROM message_stats")).isZero();
            assertThat(StoreProbe.scalar(store, "SELECT count(*) FROM members")).isEqualTo(44);
            assertThat(StoreProbe.scalar(store, "SELECT count(*) FROM sessions")).isPositive();
        }
    }

    /** One demo of a few thousand messages, examined from every side. */
    @Nested
    @TestInstance(TestInstance.Lifecycle.PER_CLASS)
    class Shape {

        private static final int DAYS = 60;
        private static final long MESSAGES = 8_000;

        Path folder;
        Store store;
        DemoSummary summary;
        String guild;
        long start;
        long end;

        @BeforeAll
        void make(@TempDir Path folder) {
            this.folder = folder;
            Path file = folder.resolve("demo.db");
            summary = DemoStore.create(file, new DemoOptions(2024, DAYS, 200, MESSAGES, DemoOptions.DEFAULT_LAST_DAY));
            store = Store.open(file);
            guild = summary.guildId();
            start = summary.firstDay().atStartOfDay(ZoneOffset.UTC).toInstant().toEpochMilli();
            end = summary.lastDay().plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant().toEpochMilli();
        }

        @AfterAll
        void close() {
            store.close();
        }

        @Test
        @DisplayName("exactly the messages asked for, by the authors the summary names, in the guild it names")
        void counts() {
            assertThat(StoreProbe.scalar(store, "SELECT count(*) FROM message_stats")).isEqualTo(MESSAGES);
            assertThat(summary.messages()).isEqualTo(MESSAGES);
            assertThat(StoreProbe.scalar(store, "SELECT count(DISTINCT author_id) FROM message_stats")).isEqualTo(summary.authors());
            assertThat(StoreProbe.scalar(store, "SELECT count(*) FROM message_stats WHERE guild_id <> ?", guild)).isZero();
            assertThat(StoreProbe.query(store, "SELECT name FROM guild_profiles WHERE guild_id = ?", guild))
                    .containsExactly(List.of(summary.guildName()));
        }

        @Test
        @DisplayName("a heavy tail: the top tenth of the authors write more than half of the messages")
        void heavyTail() {
            List<List<Object>> counts = StoreProbe.query(store,
                    "SELECT count(*) FROM message_stats GROUP BY author_id ORDER BY 1 DESC");
            int top = Math.max(1, counts.size() / 10);
            long topMessages = counts.subList(0, top).stream().mapToLong(r -> ((Number) r.get(0)).longValue()).sum();
            assertThat(topMessages).isGreaterThan(MESSAGES / 2);
            assertThat(counts.size()).isGreaterThan(50);
        }

        @Test
        @DisplayName("weekends are quieter than weekdays, nights quieter than evenings, and the guild grows")
        void rhythms() {
            List<List<Object>> perWeekday = StoreProbe.query(store, "SELECT strftime('%w', sent_at / 1000, 'unixepoch') = '0' "
                    + "OR strftime('%w', sent_at / 1000, 'unixepoch') = '6', count(*), "
                    + "count(DISTINCT date(sent_at / 1000, 'unixepoch')) FROM message_stats GROUP BY 1 ORDER BY 1");
            double weekdayAverage = ((Number) perWeekday.get(0).get(1)).doubleValue() / ((Number) perWeekday.get(0).get(2)).doubleValue();
            double weekendAverage = ((Number) perWeekday.get(1).get(1)).doubleValue() / ((Number) perWeekday.get(1).get(2)).doubleValue();
            assertThat(weekendAverage).isLessThan(weekdayAverage * 0.8);

            List<List<Object>> perHour = StoreProbe.query(store,
                    "SELECT count(*) FROM message_stats GROUP BY strftime('%H', sent_at / 1000, 'unixepoch') ORDER BY 1");
            assertThat(perHour).hasSize(24);
            long quietest = ((Number) perHour.get(0).get(0)).longValue();
            long busiest = ((Number) perHour.get(23).get(0)).longValue();
            assertThat(busiest).isGreaterThan(2 * quietest);

            long firstMonth = StoreProbe.scalar(store, "SELECT count(*) FROM message_stats WHERE sent_at < ?", start + 30 * 86_400_000L);
            long lastMonth = StoreProbe.scalar(store, "SELECT count(*) FROM message_stats WHERE sent_at >= ?", end - 30 * 86_400_000L);
            assertThat(lastMonth).isGreaterThan(firstMonth);
        }

        @Test
        @DisplayName("no bot writes; every author and every ticket opener has a members row; bots are flagged")
        void authors() {
            assertThat(StoreProbe.scalar(store, "SELECT count(*) FROM message_stats m JOIN members u "
                    + "ON u.guild_id = m.guild_id AND u.user_id = m.author_id WHERE u.is_bot = 1")).isZero();
            assertThat(StoreProbe.scalar(store, "SELECT count(*) FROM message_stats m WHERE NOT EXISTS "
                    + "(SELECT 1 FROM members u WHERE u.guild_id = m.guild_id AND u.user_id = m.author_id)")).isZero();
            assertThat(StoreProbe.scalar(store, "SELECT count(*) FROM tickets t WHERE NOT EXISTS "
                    + "(SELECT 1 FROM members u WHERE u.guild_id = t.guild_id AND u.user_id = t.opener_id)")).isZero();
            assertThat(StoreProbe.scalar(store, "SELECT count(*) FROM members WHERE is_bot = 1")).isEqualTo(summary.bots());
            assertThat(StoreProbe.scalar(store, "SELECT count(*) FROM members WHERE is_bot = 0")).isEqualTo(200);
            assertThat(StoreProbe.scalar(store, "SELECT count(DISTINCT username) FROM members")).isEqualTo(200 + summary.bots());
            assertThat(StoreProbe.scalar(store, "SELECT count(*) FROM message_stats WHERE recipient_id = author_id")).isZero();
            assertThat(StoreProbe.scalar(store, "SELECT count(*) FROM message_stats m WHERE recipient_id IS NOT NULL AND NOT EXISTS "
                    + "(SELECT 1 FROM members u WHERE u.user_id = m.recipient_id AND u.is_bot = 0)")).isZero();
            assertThat(StoreProbe.scalar(store, "SELECT count(*) FROM message_stats WHERE recipient_id IS NOT NULL"))
                    .isGreaterThan(MESSAGES / 20);
        }

        @Test
        @DisplayName("every message's channel is in channel_info with the category the message carries")
        void channels() {
            assertThat(StoreProbe.scalar(store, "SELECT count(*) FROM message_stats m LEFT JOIN channel_info c ON c.id = m.channel_id "
                    + "WHERE c.id IS NULL OR c.category IS NOT m.channel_category OR c.guild_id <> m.guild_id")).isZero();
            assertThat(StoreProbe.scalar(store, "SELECT count(*) FROM channel_info c LEFT JOIN channel_info p ON p.id = c.parent_id "
                    + "WHERE c.type LIKE '%thread' AND (p.id IS NULL OR c.category IS NOT p.name)")).isZero();
            assertThat(StoreProbe.scalar(store, "SELECT count(*) FROM channel_info c LEFT JOIN channel_info p ON p.id = c.parent_id "
                    + "WHERE c.type IN ('text', 'news', 'voice', 'forum') AND (p.type IS NOT 'category' OR c.category IS NOT p.name)"))
                    .isZero();
            List<Object> types = StoreProbe.query(store, "SELECT DISTINCT type FROM channel_info ORDER BY 1").stream()
                    .map(r -> r.get(0)).toList();
            assertThat(types).containsExactly("category", "forum", "news", "private_thread", "public_thread", "text", "voice");
            assertThat(StoreProbe.scalar(store, "SELECT count(*) FROM message_stats m JOIN channel_info c ON c.id = m.channel_id "
                    + "WHERE c.type IN ('category', 'forum')")).isZero();
            assertThat(StoreProbe.scalar(store, "SELECT count(*) FROM message_stats m JOIN channel_info c ON c.id = m.channel_id "
                    + "WHERE c.type = 'public_thread'")).isPositive();
            assertThat(StoreProbe.scalar(store, "SELECT count(*) FROM message_stats m JOIN channel_info c ON c.id = m.channel_id "
                    + "WHERE c.type IN ('news', 'voice')")).isPositive();
        }

        @Test
        @DisplayName("ids are unique snowflakes of their time, and every message lies inside the timeline and a session")
        void idsAndTimes() {
            assertThat(StoreProbe.scalar(store, "SELECT count(*) FROM message_stats WHERE (CAST(message_id AS INTEGER) >> 22) + ? <> sent_at",
                    DISCORD_EPOCH)).isZero();
            assertThat(StoreProbe.scalar(store, "SELECT count(*) FROM message_stats WHERE sent_at < ? OR sent_at >= ?", start, end))
                    .isZero();
            List<Object> ids = StoreProbe.query(store, "SELECT id FROM channel_info UNION ALL SELECT role_id FROM roles "
                    + "UNION ALL SELECT user_id FROM members UNION ALL SELECT message_id FROM message_stats "
                    + "UNION ALL SELECT thread_id FROM tickets WHERE thread_id NOT IN (SELECT id FROM channel_info) "
                    + "UNION ALL SELECT message_id FROM tickets_config UNION ALL SELECT id FROM mod_actions "
                    + "UNION ALL SELECT log_message_id FROM reported_messages").stream().map(r -> r.get(0)).toList();
            assertThat(ids).doesNotHaveDuplicates();

            var sessions = store.read(SessionDao.class, SessionDao::listAll);
            assertThat(sessions.get(0).startedAt().toEpochMilli()).isEqualTo(start);
            assertThat(sessions.get(sessions.size() - 1).expires().toEpochMilli()).isEqualTo(end);
            long longGaps = 0;
            for (int i = 1; i < sessions.size(); i++) {
                long gapFrom = sessions.get(i - 1).expires().toEpochMilli();
                long gapTo = sessions.get(i).startedAt().toEpochMilli();
                assertThat(gapTo).isGreaterThan(gapFrom);
                assertThat(StoreProbe.scalar(store, "SELECT count(*) FROM message_stats WHERE sent_at >= ? AND sent_at < ?",
                        gapFrom, gapTo)).as("messages in the gap from %s", Instant.ofEpochMilli(gapFrom)).isZero();
                if (gapTo - gapFrom > 8 * 3_600_000L) {
                    longGaps++;
                }
            }
            assertThat(longGaps).isEqualTo(2);
            assertThat(summary.outages()).hasSize(2);
            for (RecorderSession session : sessions) {
                long inside = StoreProbe.scalar(store, "SELECT count(*) + coalesce(sum(react_count), 0) FROM message_stats "
                        + "WHERE sent_at >= ? AND sent_at < ?", session.startedAt().toEpochMilli(), session.expires().toEpochMilli());
                assertThat(session.eventsRecorded()).isEqualTo(inside);
                assertThat(session.botId()).isNotBlank();
            }
        }

        @Test
        @DisplayName("code_stats and link_stats are JSON in METRICS.md's exact format, and the counts agree with each other")
        void measures() throws Exception {
            for (List<Object> row : StoreProbe.query(store, "SELECT DISTINCT code_stats FROM message_stats")) {
                String text = (String) row.get(0);
                JsonNode blocks = JSON.readTree(text);
                assertThat(blocks.isArray()).as(text).isTrue();
                assertThat(JSON.writeValueAsString(blocks)).as("compact form").isEqualTo(text);
                for (JsonNode block : blocks) {
                    List<String> keys = new ArrayList<>();
                    block.fieldNames().forEachRemaining(keys::add);
                    assertThat(keys).as(text).isIn(List.of("chars", "words", "lines"), List.of("chars", "words", "lines", "lang"));
                    assertThat(block.get("chars").isInt() && block.get("words").isInt() && block.get("lines").isInt()).isTrue();
                    assertThat(block.get("lines").asInt()).isPositive();
                    assertThat(block.get("chars").asInt()).isGreaterThanOrEqualTo(block.get("lines").asInt());
                    if (!block.has("lang")) {
                        assertThat(block.get("lines").asInt()).isEqualTo(1);
                    } else {
                        assertThat(block.get("lang").isTextual()).isTrue();
                    }
                }
            }
            for (List<Object> row : StoreProbe.query(store, "SELECT DISTINCT link_stats FROM message_stats")) {
                JsonNode links = JSON.readTree((String) row.get(0));
                assertThat(links.isArray()).isTrue();
                links.forEach(link -> assertThat(link.asText()).startsWith("https://").doesNotContain(" "));
            }
            assertThat(StoreProbe.scalar(store, "SELECT count(*) FROM message_stats WHERE word_count = 0 AND char_count > 3")).isZero();
            assertThat(StoreProbe.scalar(store, "SELECT count(*) FROM message_stats WHERE word_count > 0 "
                    + "AND (char_count < 2 * word_count OR char_count > 12 * word_count + 10)")).isZero();
            assertThat(StoreProbe.scalar(store, "SELECT count(*) FROM message_stats WHERE code_stats <> '[]'")).isGreaterThan(MESSAGES / 20);
            assertThat(StoreProbe.scalar(store, "SELECT count(*) FROM message_stats WHERE link_stats <> '[]'")).isGreaterThan(MESSAGES / 50);
            assertThat(StoreProbe.scalar(store, "SELECT count(*) FROM message_stats WHERE react_count > 0")).isGreaterThan(MESSAGES / 20);
            assertThat(StoreProbe.scalar(store, "SELECT max(react_count) FROM message_stats")).isGreaterThan(5);
            long helpCode = StoreProbe.scalar(store, "SELECT count(*) FROM message_stats WHERE channel_category = 'Help' AND code_stats <> '[]'");
            long help = StoreProbe.scalar(store, "SELECT count(*) FROM message_stats WHERE channel_category = 'Help'");
            long chatCode = StoreProbe.scalar(store, "SELECT count(*) FROM message_stats WHERE channel_category = 'Community' AND code_stats <> '[]'");
            long chat = StoreProbe.scalar(store, "SELECT count(*) FROM message_stats WHERE channel_category = 'Community'");
            assertThat((double) helpCode / help).isGreaterThan(3.0 * chatCode / chat);
        }

        @Test
        @DisplayName("tickets: closed ones have a closer and close after opening, feedback only when closed, some still open")
        void tickets() {
            assertThat(summary.tickets()).isPositive();
            assertThat(StoreProbe.scalar(store, "SELECT count(*) FROM tickets")).isEqualTo(summary.tickets());
            assertThat(StoreProbe.scalar(store, "SELECT count(*) FROM tickets WHERE closed_at IS NOT NULL "
                    + "AND (closed_by IS NULL OR closed_at <= opened_at)")).isZero();
            assertThat(StoreProbe.scalar(store, "SELECT count(*) FROM tickets WHERE closed_at IS NULL "
                    + "AND (closed_by IS NOT NULL OR feedback IS NOT NULL)")).isZero();
            assertThat(StoreProbe.scalar(store, "SELECT count(*) FROM tickets WHERE closed_at IS NULL")).isPositive();
            assertThat(StoreProbe.scalar(store, "SELECT count(*) FROM tickets WHERE feedback = 'up'")).isPositive();
            assertThat(StoreProbe.scalar(store, "SELECT count(*) FROM tickets WHERE feedback IS NULL AND closed_at IS NOT NULL")).isPositive();
            assertThat(StoreProbe.scalar(store, "SELECT count(*) FROM tickets WHERE length(concern) < 30 OR length(concern) > 500")).isZero();
            assertThat(StoreProbe.scalar(store, "SELECT count(*) FROM tickets t LEFT JOIN ticket_panels p ON p.message_id = t.panel_message_id "
                    + "LEFT JOIN channel_info c ON c.id = t.thread_id WHERE p.message_id IS NULL OR c.type IS NOT 'private_thread' "
                    + "OR c.parent_id IS NOT t.channel_id")).isZero();
            assertThat(StoreProbe.scalar(store, "SELECT count(*) FROM tickets a JOIN tickets b ON a.opener_id = b.opener_id "
                    + "AND a.thread_id <> b.thread_id AND b.opened_at >= a.opened_at AND (a.closed_at IS NULL OR b.opened_at < a.closed_at)"))
                    .as("a second ticket opened while the first was open").isZero();
            assertThat(StoreProbe.scalar(store, "SELECT count(*) FROM ticket_panels p JOIN tickets_config c USING (message_id) "
                    + "WHERE p.guild_id = ?", guild)).isEqualTo(3);
            assertThat(StoreProbe.scalar(store, "SELECT count(*) FROM ticket_panels WHERE status = 'active'")).isEqualTo(summary.ticketPanels());
        }

        @Test
        @DisplayName("tracked members: reports and actions in their thread's time, staff on tracks, silence while timed out or banned")
        void trackedMembers() throws Exception {
            assertThat(summary.trackedMembers()).isGreaterThanOrEqualTo(3);
            assertThat(StoreProbe.scalar(store, "SELECT count(*) FROM reported_messages r LEFT JOIN user_threads t "
                    + "ON t.user_id = r.reported_user_id AND t.guild_id = r.guild_id WHERE t.thread_id IS NULL "
                    + "OR r.log_channel_id <> t.thread_id OR r.created_at < t.created_at OR r.created_at > t.updated_at")).isZero();
            assertThat(StoreProbe.scalar(store, "SELECT count(*) FROM mod_actions a LEFT JOIN user_threads t "
                    + "ON t.user_id = a.user_id AND t.guild_id = a.guild_id WHERE t.thread_id IS NULL "
                    + "OR a.created_at < t.created_at OR a.created_at > t.updated_at")).isZero();
            assertThat(StoreProbe.scalar(store, "SELECT count(*) FROM reported_messages WHERE reason = 'track' "
                    + "AND (staff_id IS NULL OR staff_username IS NULL)")).isZero();
            assertThat(StoreProbe.scalar(store, "SELECT count(*) FROM reported_messages WHERE reason = 'anonReport' "
                    + "AND (staff_id IS NOT NULL OR staff_username IS NOT NULL)")).isZero();
            assertThat(StoreProbe.scalar(store, "SELECT count(*) FROM reported_messages WHERE "
                    + "(CAST(reported_message_id AS INTEGER) >> 22) + ? >= CAST(strftime('%s', created_at) AS INTEGER) * 1000 + 1000",
                    DISCORD_EPOCH)).as("a report filed before its message was written").isZero();
            assertThat(StoreProbe.scalar(store, "SELECT count(*) FROM reported_messages r JOIN message_stats m "
                    + "ON m.message_id = r.reported_message_id WHERE m.author_id <> r.reported_user_id "
                    + "OR m.channel_id <> r.reported_channel_id")).isZero();
            assertThat(StoreProbe.scalar(store, "SELECT count(*) FROM reported_messages r JOIN user_threads t "
                    + "ON t.user_id = r.reported_user_id JOIN channel_info c ON c.id = t.thread_id")).isEqualTo(summary.reports());
            for (List<Object> row : StoreProbe.query(store, "SELECT content, attachments FROM reported_messages")) {
                assertThat((String) row.get(0)).isNotBlank();
                assertThat(JSON.readTree((String) row.get(1)).isArray()).isTrue();
            }
            assertThat(StoreProbe.scalar(store, "SELECT count(DISTINCT action_type) FROM mod_actions")).isGreaterThanOrEqualTo(3);

            for (List<Object> action : StoreProbe.query(store, "SELECT user_id, action_type, created_at, duration FROM mod_actions "
                    + "WHERE action_type IN ('timeout', 'ban', 'kick') ORDER BY created_at")) {
                String user = (String) action.get(0);
                long from = Instant.parse((String) action.get(2)).toEpochMilli();
                long to = switch ((String) action.get(1)) {
                    case "timeout" -> from + Duration.parse((String) action.get(3)).toMillis();
                    case "ban" -> end;
                    default -> from + 3 * 86_400_000L;
                };
                String ended = action.get(1).equals("timeout") ? "timeout_removed" : "unban";
                List<List<Object>> lifted = StoreProbe.query(store, "SELECT min(created_at) FROM mod_actions WHERE user_id = ? "
                        + "AND action_type = ? AND created_at > ?", user, ended, action.get(2));
                if (lifted.get(0).get(0) != null) {
                    to = Math.min(to, Instant.parse((String) lifted.get(0).get(0)).toEpochMilli());
                }
                assertThat(StoreProbe.scalar(store, "SELECT count(*) FROM message_stats WHERE author_id = ? AND sent_at >= ? "
                        + "AND sent_at < ?", user, from, to)).as("messages by %s during a %s", user, action.get(1)).isZero();
            }
        }

        @Test
        @DisplayName("the rollups equal what the DAO keeps from the same rows, written through it")
        void rollupsEqualDao() throws Exception {
            List<MessageStat> rows = store.read(MessageStatsDao.class, d -> d.listBetween(guild, start, end));
            try (Store reference = Store.open(folder.resolve("reference.db"))) {
                reference.write(tx -> {
                    tx.dao(MessageStatsDao.class).upsertAll(rows);
                    return null;
                }).get();
                for (String table : Rollups.TABLES) {
                    assertThat(StoreProbe.dump(store, table)).as(table).isEqualTo(StoreProbe.dump(reference, table));
                }
            }
        }

        @Test
        @DisplayName("settings name channels and roles that exist; cursors sit at each channel's newest message")
        void settingsAndCursors() {
            String json = (String) StoreProbe.query(store, "SELECT settings FROM guilds WHERE id = ?", guild).get(0).get(0);
            GuildSettings settings = GuildSettingsJson.parse(json);
            assertThat(settings.timeZone()).isEqualTo("UTC");
            for (String channel : new String[] {settings.modLog(), settings.deletionLog()}) {
                assertThat(StoreProbe.scalar(store, "SELECT count(*) FROM channel_info WHERE id = ? AND type = 'text'", channel))
                        .isEqualTo(1);
            }
            for (String role : new String[] {settings.moderator(), settings.restricted()}) {
                assertThat(StoreProbe.scalar(store, "SELECT count(*) FROM roles WHERE role_id = ?", role)).isEqualTo(1);
            }
            assertThat(StoreProbe.scalar(store, "SELECT count(*) FROM settings_history WHERE guild_id = ?", guild)).isEqualTo(2);
            assertThat(StoreProbe.query(store, "SELECT after FROM settings_history ORDER BY changed_at DESC LIMIT 1"))
                    .containsExactly(List.of(json));
            assertThat(StoreProbe.scalar(store, "SELECT count(*) FROM backfill_cursors")).isEqualTo(
                    StoreProbe.scalar(store, "SELECT count(DISTINCT channel_id) FROM message_stats"));
            assertThat(StoreProbe.scalar(store, "SELECT count(*) FROM backfill_cursors b WHERE last_message_id <> "
                    + "(SELECT message_id FROM message_stats m WHERE m.channel_id = b.channel_id ORDER BY sent_at DESC, "
                    + "CAST(message_id AS INTEGER) DESC LIMIT 1)")).isZero();
        }
    }

    /** A hash of each data table's rows, ordered: equal hashes, equal contents. */
    private static Map<String, String> tableHashes(Path file) throws Exception {
        Map<String, String> hashes = new HashMap<>();
        try (Store store = Store.open(file)) {
            for (String table : StoreProbe.dataTables(store)) {
                MessageDigest digest = MessageDigest.getInstance("SHA-256");
                for (String row : StoreProbe.dump(store, table)) {
                    digest.update(row.getBytes(StandardCharsets.UTF_8));
                    digest.update((byte) '\n');
                }
                hashes.put(table, HexFormat.of().formatHex(digest.digest()));
            }
        }
        return hashes;
    }
}
