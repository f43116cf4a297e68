package dev.gavel.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.gavel.core.AppPaths;
import dev.gavel.core.model.MessageStat;
import dev.gavel.store.GuildDao;
import dev.gavel.store.OriginalStatsFixture;
import dev.gavel.store.StatisticsReportsTest;
import dev.gavel.store.Store;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code gavel stats} end to end on the hand-worked data of {@link StatisticsReportsTest} (guilds
 * g and other; 2025-03-01 … 03-05 in UTC has 4, 0, 4, 2, 1 messages).
 */
class StatsCommandTest {

    private static final String RANGE = "--from=2025-03-01 --to=2025-03-05";

    @TempDir
    Path dir;
    Path db;
    final StringWriter out = new StringWriter();
    final StringWriter err = new StringWriter();

    @BeforeEach
    void store() throws Exception {
        db = dir.resolve("gavel.db");
        try (Store store = Store.open(db)) {
            StatisticsReportsTest.fixture().writeTo(store);
            store.write(tx -> {
                tx.dao(GuildDao.class).saveSettingsJson("g", "{\"modLog\":\"1\",\"thresholds\":{\"topMinMessages\":3,"
                        + "\"topMinWords\":30,\"topLimit\":2,\"cohortMinMessages\":2}}");
                return null;
            }).get();
        }
    }

    private int run(String args) {
        out.getBuffer().setLength(0);
        err.getBuffer().setLength(0);
        String line = "stats --db=" + db + " " + args;
        return GavelCommand.run(new AppPaths(dir, dir, dir.resolve("logs")), new PrintWriter(out), new PrintWriter(err),
                line.trim().split("\\s+"));
    }

    private List<String> lines() {
        return out.toString().lines().toList();
    }

    private void assertFailure(int exitCode, int expected, String... fragments) {
        assertThat(exitCode).as("exit code; stderr: %s", err).isEqualTo(expected);
        assertThat(err.toString().lines()).hasSize(1);
        assertThat(err.toString()).startsWith("gavel stats: ").contains(fragments);
        assertThat(out.toString()).isEmpty();
    }

    @Test
    @DisplayName("daily as CSV: the issue's columns, one row per day, zero-filled")
    void dailyCsv() {
        assertThat(run("--guild g " + RANGE + " --report daily --format csv")).isZero();
        assertThat(lines()).containsExactly(
                "date,messages,words,reactions,authors",
                "2025-03-01,4,42,3,2",
                "2025-03-02,0,0,0,0",
                "2025-03-03,4,13,4,2",
                "2025-03-04,2,9,0,2",
                "2025-03-05,1,2,0,1");
        assertThat(err.toString()).isEmpty();
    }

    @Test
    @DisplayName("top as CSV: the issue's columns, the guild's saved thresholds, percent_zero_days as a fraction")
    void topCsv() {
        assertThat(run("--guild g " + RANGE + " --report top --format csv")).isZero();
        assertThat(lines()).containsExactly(
                "author_id,name,messages,words,reactions,channels,categories,word_score,message_score,channel_score,"
                        + "consistency_score,percent_zero_days",
                "a,Alice,4,43,3,3,2,0,0,1,0,0.6",
                "b,b,4,20,1,3,2,0,0,1,0,0.6");
    }

    @Test
    @DisplayName("the saved time zone counts the days; --tz overrides it")
    void savedZone() throws Exception {
        try (Store store = Store.open(db)) {
            store.write(tx -> {
                tx.dao(GuildDao.class).saveSettingsJson("g", "{\"timeZone\":\"America/New_York\"}");
                return null;
            }).get();
        }
        // in New York m9 (03-04 00:15 UTC) falls on 03-03 and m11 (03-06 00:00 UTC) on 03-05
        assertThat(run("--guild g " + RANGE + " --report daily --format csv")).isZero();
        assertThat(lines()).extracting(line -> line.split(",")[1]).containsExactly("messages", "4", "0", "5", "1", "2");
        assertThat(run("--guild g " + RANGE + " --report daily --format csv --tz UTC")).isZero();
        assertThat(lines()).extracting(line -> line.split(",")[1]).containsExactly("messages", "4", "0", "4", "2", "1");
    }

    @Test
    @DisplayName("--channel and --category filter, either matching")
    void filters() {
        assertThat(run("--guild g " + RANGE + " --report daily --format csv --category Help")).isZero();
        assertThat(lines()).extracting(line -> line.split(",")[1]).containsExactly("messages", "1", "0", "2", "0", "0");
        assertThat(run("--guild g " + RANGE + " --report daily --format csv --category Help --channel c4")).isZero();
        assertThat(lines()).extracting(line -> line.split(",")[1]).containsExactly("messages", "1", "0", "3", "1", "1");
    }

    @Test
    @DisplayName("channels, heatmap and cohort as CSV")
    void otherCsv() {
        assertThat(run("--guild g " + RANGE + " --report channels --format csv")).isZero();
        assertThat(lines()).startsWith("channel_id,name,category,messages,words,reactions,authors,share",
                "c1,general,Text,3,22,3,2,0.272727");
        assertThat(run("--guild g " + RANGE + " --report heatmap --format csv")).isZero();
        assertThat(lines()).hasSize(169).first().isEqualTo("weekday,hour,messages");
        assertThat(lines()).contains("saturday,10,2", "monday,9,3", "sunday,23,0");
        assertThat(run("--guild g " + RANGE + " --report cohort --member b --format csv")).isZero();
        assertThat(lines().get(0)).isEqualTo("metric,p10,p25,p50,p75,p90,p95,p99,mean,sd,min,max,member_value,member_percentile,member_rank");
        // messages [3, 4, 4]; b has 4: 100 %, rank 1
        assertThat(lines().get(1)).isEqualTo("messages,3,3,4,4,4,4,4,3.666667,0.471405,3,4,4,100,1");
        assertThat(run("--guild g " + RANGE + " --report member --member a --format csv")).isZero();
        assertThat(lines()).startsWith("date,messages,words,reactions,average_words", "2025-03-01,3,35,3,11.667");
        assertThat(run("--guild g " + RANGE + " --report overview --format csv")).isZero();
        assertThat(lines()).startsWith("date,messages,authors,words,reactions,communicators,covered_fraction", "2025-03-01,4,2,42,3,1,");
    }

    @Test
    @DisplayName("json: one document with the whole report")
    void json() throws Exception {
        assertThat(run("--guild g " + RANGE + " --report member --member a --format json")).isZero();
        JsonNode member = new ObjectMapper().readTree(out.toString());
        assertThat(member.path("headline").asText())
                .isEqualTo("Sent 4 messages in 3 channels consisting of 43 words (10.75 words/message). Received 3 reactions.");
        assertThat(member.path("days").get(0).path("average_words").decimalValue()).isEqualByComparingTo("11.667");
        assertThat(member.path("request").path("range").path("zone").asText()).isEqualTo("UTC");
        assertThat(member.path("by_channel").get(0).path("name").asText()).isEqualTo("general");
        assertThat(run("--guild g " + RANGE + " --report top --format json")).isZero();
        JsonNode top = new ObjectMapper().readTree(out.toString());
        assertThat(top.path("participants").get(0).path("days")).hasSize(5);
        assertThat(top.path("participants").get(0).path("percent_zero_days").asDouble()).isEqualTo(0.6);
        for (String report : List.of("overview", "daily", "channels", "heatmap", "cohort")) {
            assertThat(run("--guild g " + RANGE + " --report " + report + " --format json")).as(report).isZero();
            assertThat(new ObjectMapper().readTree(out.toString()).isObject()).as(report).isTrue();
        }
        JsonNode cohort = new ObjectMapper().readTree(out.toString());
        assertThat(cohort.path("distributions").get(0).path("metric").asText()).isEqualTo("messages");
    }

    @Test
    @DisplayName("table: aligned, readable text with every part of the report")
    void table() {
        assertThat(run("--guild g " + RANGE + " --report overview")).isZero();
        assertThat(out.toString()).contains("Guild g, 2025-03-01 to 2025-03-05 (UTC, 5 days), all channels",
                "11 messages, 66 words, 7 reactions; 27.3 % of messages with code, 18.2 % with links.",
                "Top channels", "Top categories", "Messages by weekday and hour", "Code by language",
                "Coverage unknown");
        assertThat(lines()).contains("2025-03-01         4        2     42          3              1");
        assertThat(run("--guild g " + RANGE + " --report member --member a")).isZero();
        assertThat(out.toString()).contains("Alice (a): Sent 4 messages in 3 channels");
        assertThat(run("--guild g " + RANGE + " --report cohort --member b")).isZero();
        assertThat(out.toString()).contains("Cohort: 3 authors with at least 2 messages", "overall percentile 66.667, average.");
        assertThat(run("--guild g " + RANGE + " --report top")).isZero();
        assertThat(lines()).anyMatch(line -> line.matches("a\\s+Alice\\s+4\\s+43.*0\\.6"));
    }

    @Test
    @DisplayName("bad usage exits 2 with one line saying what to fix")
    void usageErrors() {
        assertFailure(run("--guild g --from=2025-03-05 --to=2025-03-01 --report daily"), 2,
                "--from 2025-03-05 is after --to 2025-03-01");
        assertFailure(run("--guild g --from=2025-02-30 --to=2025-03-01 --report daily"), 2,
                "'2025-02-30' is not a date; write it as YYYY-MM-DD");
        assertFailure(run("--guild g " + RANGE + " --report daily --tz Mars/Olympus"), 2, "'Mars/Olympus' is not a time zone");
        assertFailure(run("--guild g " + RANGE + " --report weekly"), 2, "'weekly' is not a report; choose one of overview");
        assertFailure(run("--guild g " + RANGE + " --report daily --format xml"), 2, "'xml' is not a format");
        assertFailure(run("--guild g " + RANGE + " --report member"), 2, "--report member needs --member ID");
        assertFailure(run(RANGE + " --report daily"), 2, "--guild is needed", "holds 2 guilds (g, other)");
    }

    @Test
    @DisplayName("failures exit 1 with one line: unknown guild, unknown member, missing file, older schema")
    void failures() throws Exception {
        assertFailure(run("--guild nope " + RANGE + " --report daily"), 1, "has no guild nope; it holds g, other");
        assertFailure(run("--guild g " + RANGE + " --report member --member nobody"), 1, "Guild g has no member nobody");
        assertFailure(run("--guild g " + RANGE + " --report cohort --member nobody"), 1, "Guild g has no member nobody");
        db = dir.resolve("missing.db");
        assertFailure(run("--guild g " + RANGE + " --report daily"), 1, "There is no file at");
        assertThat(db).doesNotExist();

        Path older = dir.resolve("older.db");
        try (Store store = Store.open(older)) {
            StatisticsReportsTest.fixture().writeTo(store);
        }
        try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + older);
             Statement statement = connection.createStatement()) {
            statement.execute("DELETE FROM flyway_schema_history WHERE version = '" + Store.SCHEMA_VERSION + "'");
        }
        db = older;
        assertFailure(run("--guild g " + RANGE + " --report daily"), 1, "older schema");
    }

    @Test
    @DisplayName("a Gavel store is read without being changed")
    void readOnly() throws Exception {
        byte[] before = Files.readAllBytes(db);
        assertThat(run("--guild g " + RANGE + " --report overview --format json")).isZero();
        assertThat(Files.readAllBytes(db)).isEqualTo(before);
    }

    @Test
    @DisplayName("a database made by the original bot: its one guild is found without --guild, its numeric id read")
    void originalDatabase() throws Exception {
        Path original = dir.resolve("original.db");
        List<MessageStat> messages = StatisticsReportsTest.fixture().messages().stream()
                .filter(m -> m.guildId().equals("g"))
                .map(m -> new MessageStat(m.messageId(), "42", m.channelId(), m.channelCategory(), m.authorId(), m.recipientId(),
                        m.sentAt(), m.wordCount(), m.charCount(), m.reactCount(), m.codeStats(), m.linkStats()))
                .toList();
        OriginalStatsFixture.create(original, 42, "{\"timeZone\":\"UTC\"}", messages, StatisticsReportsTest.fixture().channels());
        byte[] before = Files.readAllBytes(original);
        db = original;
        assertThat(run(RANGE + " --report daily --format csv")).as("stderr: %s", err).isZero();
        assertThat(lines()).containsExactly("date,messages,words,reactions,authors", "2025-03-01,4,42,3,2", "2025-03-02,0,0,0,0",
                "2025-03-03,4,13,4,2", "2025-03-04,2,9,0,2", "2025-03-05,1,2,0,1");
        assertThat(run(RANGE + " --report member --member a --format csv")).isZero();
        assertThat(run("--guild 42 " + RANGE + " --report overview")).isZero();
        assertThat(out.toString()).contains("Guild 42", "general");
        assertThat(Files.readAllBytes(original)).isEqualTo(before);
    }
}
