package dev.gavel.store;

import static dev.gavel.store.StatsFixture.fenced;
import static dev.gavel.store.StatsFixture.inline;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;

import dev.gavel.core.UserFacingException;
import dev.gavel.core.model.StatsThresholds;
import dev.gavel.core.stats.ActivityReader;
import dev.gavel.core.stats.Band;
import dev.gavel.core.stats.CategoryCount;
import dev.gavel.core.stats.ChannelCount;
import dev.gavel.core.stats.ChannelFilter;
import dev.gavel.core.stats.ChannelsReport;
import dev.gavel.core.stats.CodeLanguage;
import dev.gavel.core.stats.CohortMetric;
import dev.gavel.core.stats.CohortReport;
import dev.gavel.core.stats.DateRange;
import dev.gavel.core.stats.DayTotals;
import dev.gavel.core.stats.Distribution;
import dev.gavel.core.stats.Heatmap;
import dev.gavel.core.stats.MemberReport;
import dev.gavel.core.stats.OverviewReport;
import dev.gavel.core.stats.Statistics;
import dev.gavel.core.stats.StatsRequest;
import dev.gavel.core.stats.TopReport;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every report on small hand-made data, with the expected numbers worked out by hand.
 *
 * <pre>
 * guild g, UTC, 2025-03-01 (Sat) … 2025-03-05 (Wed); channels c1 general/Text, c2 help/Help,
 * c3 off-topic/Text, c4 voice (no category); authors a (Alice), b, c.
 * id   author channel  sent (UTC)         words reacts code                     links
 * m0   a      c1       02-28 23:59:59.999 100   0                                        (before the range)
 * m1   a      c1       03-01 10:00        10    1
 * m2   a      c2       03-01 10:30        20    0      inline 5 chars
 * m3   a      c1       03-01 23:30        5     2                               1
 * m4   b      c1       03-01 12:00        7     0
 * m5   b      c2       03-03 09:00        3     1      js: 2 lines 20 chars
 * m6   b      c2       03-03 09:05        4     0
 * m7   b      c3       03-03 09:10        6     0                               2
 * m8   c      c4       03-03 15:00        0     3
 * m9   a      c3       03-04 00:15        8     0      py: 3 lines 30 chars + inline 4 chars
 * m12  c      c4       03-04 11:00        1     0
 * m10  c      c4       03-05 20:00        2     0
 * m11  a      c1       03-06 00:00        100   0                                        (after the range)
 * x1   a      c1       03-02 12:00 in guild other                                         (another guild)
 * </pre>
 */
public class StatisticsReportsTest {

    static final String G = "g";
    static final LocalDate MAR_1 = LocalDate.parse("2025-03-01");
    static final LocalDate MAR_3 = LocalDate.parse("2025-03-03");
    static final LocalDate MAR_5 = LocalDate.parse("2025-03-05");
    static final Clock AFTER = Clock.fixed(Instant.parse("2025-03-06T12:00:00Z"), ZoneOffset.UTC);

    @TempDir
    Path dir;
    Store store;
    Statistics stats;

    public static StatsFixture fixture() {
        return new StatsFixture()
                .channel("c1", G, "general", "Text").channel("c2", G, "help", "Help")
                .channel("c3", G, "off-topic", "Text").channel("c4", G, "voice", null)
                .member(G, "a", "Alice")
                .message("m0", G, "a", "c1", "Text", "2025-02-28T23:59:59.999Z", 100, 0)
                .message("m1", G, "a", "c1", "Text", "2025-03-01T10:00:00Z", 10, 1)
                .message("m2", G, "a", "c2", "Help", "2025-03-01T10:30:00Z", 20, 0, "[" + inline(5) + "]", "[]")
                .message("m3", G, "a", "c1", "Text", "2025-03-01T23:30:00Z", 5, 2, "[]", "[\"https://x.example\"]")
                .message("m4", G, "b", "c1", "Text", "2025-03-01T12:00:00Z", 7, 0)
                .message("m5", G, "b", "c2", "Help", "2025-03-03T09:00:00Z", 3, 1, "[" + fenced("js", 2, 20) + "]", "[]")
                .message("m6", G, "b", "c2", "Help", "2025-03-03T09:05:00Z", 4, 0)
                .message("m7", G, "b", "c3", "Text", "2025-03-03T09:10:00Z", 6, 0, "[]", "[\"https://a.example\",\"https://b.example\"]")
                .message("m8", G, "c", "c4", null, "2025-03-03T15:00:00Z", 0, 3)
                .message("m9", G, "a", "c3", "Text", "2025-03-04T00:15:00Z", 8, 0, "[" + fenced("py", 3, 30) + "," + inline(4) + "]", "[]")
                .message("m12", G, "c", "c4", null, "2025-03-04T11:00:00Z", 1, 0)
                .message("m10", G, "c", "c4", null, "2025-03-05T20:00:00Z", 2, 0)
                .message("m11", G, "a", "c1", "Text", "2025-03-06T00:00:00Z", 100, 0)
                .message("x1", "other", "a", "c1", "Text", "2025-03-02T12:00:00Z", 50, 5);
    }

    @BeforeEach
    void open() throws Exception {
        store = Store.open(dir.resolve("gavel.db"));
        fixture().writeTo(store);
        stats = new Statistics(SqlActivityQueries.of(store), AFTER);
    }

    @AfterEach
    void close() {
        store.close();
    }

    static StatsRequest request(LocalDate from, LocalDate to) {
        return new StatsRequest(G, DateRange.utc(from, to), ChannelFilter.NONE, StatsThresholds.DEFAULTS);
    }

    static StatsRequest fullRange() {
        return request(MAR_1, MAR_5);
    }

    @Test
    @DisplayName("daily: inclusive range, zero-filled, edges at the first and last millisecond, other guilds apart")
    void daily() {
        var days = stats.daily(fullRange()).days();
        assertThat(days).containsExactly(
                // m1 m2 m3 m4: words 10+20+5+7 = 42, reactions 1+2 = 3, authors a b, communicators a (3 messages)
                new DayTotals(MAR_1, 4, 42, 3, 2, 1),
                new DayTotals(LocalDate.parse("2025-03-02"), 0, 0, 0, 0, 0),
                // m5 m6 m7 m8: words 3+4+6+0 = 13, reactions 1+3 = 4, authors b c, communicators b
                new DayTotals(MAR_3, 4, 13, 4, 2, 1),
                // m9 m12: words 8+1 = 9
                new DayTotals(LocalDate.parse("2025-03-04"), 2, 9, 0, 2, 0),
                new DayTotals(MAR_5, 1, 2, 0, 1, 0));
    }

    @Test
    @DisplayName("communicators follow their threshold setting")
    void communicatorThreshold() {
        StatsRequest one = fullRange().withThresholds(new StatsThresholds(250, 2200, 100, 10, 1));
        StatsRequest four = fullRange().withThresholds(new StatsThresholds(250, 2200, 100, 10, 4));
        assertThat(stats.daily(one).days()).extracting(DayTotals::communicators).containsExactly(2L, 0L, 2L, 2L, 1L);
        assertThat(stats.daily(four).days()).extracting(DayTotals::communicators).containsExactly(0L, 0L, 0L, 0L, 0L);
    }

    @Test
    @DisplayName("overview: totals, top channels and categories, shares of code and links, code by language, heatmap")
    void overview() {
        OverviewReport overview = stats.overview(fullRange());
        assertThat(overview.messages()).isEqualTo(11);
        assertThat(overview.words()).isEqualTo(66);
        assertThat(overview.reactions()).isEqualTo(7);
        // c1: m1 m3 m4; c2: m2 m5 m6; c4: m8 m12 m10; c3: m7 m9 — ties by id
        assertThat(overview.topChannels()).containsExactly(
                new ChannelCount("c1", "general", "Text", 3), new ChannelCount("c2", "help", "Help", 3),
                new ChannelCount("c4", "voice", null, 3), new ChannelCount("c3", "off-topic", "Text", 2));
        // Text = c1 + c3 = 5; Help 3 and none 3 tie: named first
        assertThat(overview.topCategories()).containsExactly(
                new CategoryCount("Text", 5), new CategoryCount("Help", 3), new CategoryCount(null, 3));
        // code in m2 m5 m9 → 3/11; links in m3 m7 → 2/11
        assertThat(overview.codeMessages()).isEqualTo(3);
        assertThat(overview.linkMessages()).isEqualTo(2);
        assertThat(overview.codeShare()).isCloseTo(3.0 / 11, within(1e-12));
        assertThat(overview.linkShare()).isCloseTo(2.0 / 11, within(1e-12));
        // inline: m2 (5 chars) + m9 (4 chars), 1 line each; js 2 lines 20 chars; py 3 lines 30 chars
        assertThat(overview.codeLanguages()).containsExactly(
                new CodeLanguage("inline", "", 2, 2, 9), new CodeLanguage("fenced", "js", 1, 2, 20),
                new CodeLanguage("fenced", "py", 1, 3, 30));
        Heatmap heatmap = overview.heatmap();
        assertThat(heatmap.messages(DayOfWeek.SATURDAY, 10)).isEqualTo(2); // m1 m2
        assertThat(heatmap.messages(DayOfWeek.SATURDAY, 12)).isEqualTo(1); // m4
        assertThat(heatmap.messages(DayOfWeek.SATURDAY, 23)).isEqualTo(1); // m3
        assertThat(heatmap.messages(DayOfWeek.MONDAY, 9)).isEqualTo(3); // m5 m6 m7
        assertThat(heatmap.messages(DayOfWeek.MONDAY, 15)).isEqualTo(1); // m8
        assertThat(heatmap.messages(DayOfWeek.TUESDAY, 0)).isEqualTo(1); // m9
        assertThat(heatmap.messages(DayOfWeek.TUESDAY, 11)).isEqualTo(1); // m12
        assertThat(heatmap.messages(DayOfWeek.WEDNESDAY, 20)).isEqualTo(1); // m10
        assertThat(heatmap.cells().stream().mapToLong(Heatmap.Cell::messages).sum()).isEqualTo(11);
        assertThat(overview.days()).hasSize(5);
        assertThat(overview.coverage().known()).isFalse();
    }

    @Test
    @DisplayName("channels: messages, words, reactions, distinct authors and share, by messages")
    void channels() {
        ChannelsReport report = stats.channels(fullRange());
        assertThat(report.messages()).isEqualTo(11);
        assertThat(report.channels()).containsExactly(
                // c1: words 10+5+7, reactions 1+2, authors a b
                new ChannelsReport.Channel("c1", "general", "Text", 3, 22, 3, 2, 3.0 / 11),
                // c2: words 20+3+4, reactions 1, authors a b
                new ChannelsReport.Channel("c2", "help", "Help", 3, 27, 1, 2, 3.0 / 11),
                // c4: words 0+1+2, reactions 3, author c
                new ChannelsReport.Channel("c4", "voice", null, 3, 3, 3, 1, 3.0 / 11),
                // c3: words 6+8, authors b a
                new ChannelsReport.Channel("c3", "off-topic", "Text", 2, 14, 0, 2, 2.0 / 11));
    }

    @Test
    @DisplayName("top participants over five days: thresholds, order, limit, scores, daily series")
    void top() {
        // a: 4 messages (m1 m2 m3 m9), 43 words; b: 4 (m4–m7), 20 words; c: 3 (m8 m12 m10), 3 words
        StatsRequest request = fullRange().withThresholds(new StatsThresholds(3, 30, 2, 10, 3));
        TopReport report = stats.topParticipants(request);
        assertThat(report.participants()).extracting(TopReport.Participant::authorId).containsExactly("a", "b");
        TopReport.Participant a = report.participants().get(0);
        assertThat(a.name()).isEqualTo("Alice");
        assertThat(a.messages()).isEqualTo(4);
        assertThat(a.words()).isEqualTo(43);
        assertThat(a.reactions()).isEqualTo(3);
        assertThat(a.channels()).isEqualTo(3); // c1 c2 c3
        assertThat(a.categories()).isEqualTo(2); // Text Help
        assertThat(a.wordScore()).isZero();
        assertThat(a.messageScore()).isZero();
        assertThat(a.channelScore()).isEqualTo(1); // 3 channels reach the first band
        // categories per day [2, 0, 0, 1, 0] → sorted [0, 0, 0, 1, 2], index 2 → 0
        assertThat(a.consistencyScore()).isZero();
        // active on 03-01 and 03-04 → 3 of 5 days without a message
        assertThat(a.percentZeroDays()).isEqualTo(0.6);
        assertThat(a.days()).containsExactly(
                new TopReport.Day(MAR_1, 3, 35, 2, 2), new TopReport.Day(LocalDate.parse("2025-03-02"), 0, 0, 0, 0),
                new TopReport.Day(MAR_3, 0, 0, 0, 0), new TopReport.Day(LocalDate.parse("2025-03-04"), 1, 8, 1, 1),
                new TopReport.Day(MAR_5, 0, 0, 0, 0));
        TopReport.Participant b = report.participants().get(1);
        assertThat(b.name()).isEqualTo("b"); // no member row: the id
        assertThat(b.words()).isEqualTo(20);

        // with room for three, c (3 messages, no category) comes last
        TopReport three = stats.topParticipants(fullRange().withThresholds(new StatsThresholds(3, 30, 3, 10, 3)));
        TopReport.Participant c = three.participants().get(2);
        assertThat(c.authorId()).isEqualTo("c");
        assertThat(c.categories()).isZero();
        assertThat(c.channels()).isEqualTo(1);
        assertThat(c.percentZeroDays()).isEqualTo(0.4); // active 03-03, 03-04, 03-05
        // words alone qualify a: 43 ≥ 40 although 4 < 5 messages
        TopReport byWords = stats.topParticipants(fullRange().withThresholds(new StatsThresholds(5, 40, 100, 10, 3)));
        assertThat(byWords.participants()).extracting(TopReport.Participant::authorId).containsExactly("a");
        // the defaults (250 messages or 2200 words) keep nobody
        assertThat(stats.topParticipants(fullRange()).participants()).isEmpty();
    }

    @Test
    @DisplayName("top participants over three days: a non-zero consistency score and the order by messages")
    void topConsistency() {
        TopReport report = stats.topParticipants(request(MAR_1, MAR_3).withThresholds(new StatsThresholds(3, 30, 100, 10, 3)));
        // b: 4 messages, a: 3 (m1 m2 m3); c: 1 (m8) is under both thresholds
        assertThat(report.participants()).extracting(TopReport.Participant::authorId).containsExactly("b", "a");
        TopReport.Participant b = report.participants().get(0);
        // b's categories per day: 03-01 Text, 03-02 none, 03-03 Help + Text → [1, 0, 2] → sorted [0, 1, 2] → index 1 → 1
        assertThat(b.consistencyScore()).isEqualTo(1);
        assertThat(b.percentZeroDays()).isCloseTo(1.0 / 3, within(1e-12));
        // a: [2, 0, 0] → sorted [0, 0, 2] → index 1 → 0
        assertThat(report.participants().get(1).consistencyScore()).isZero();
        assertThat(report.participants().get(1).percentZeroDays()).isCloseTo(2.0 / 3, within(1e-12));
    }

    @Test
    @DisplayName("one member: headline, daily series with average words, by category and by channel")
    void member() {
        MemberReport report = stats.member(fullRange(), "a");
        assertThat(report.name()).isEqualTo("Alice");
        // 43 / 4 = 10.75
        assertThat(report.headline())
                .isEqualTo("Sent 4 messages in 3 channels consisting of 43 words (10.75 words/message). Received 3 reactions.");
        assertThat(report.days()).containsExactly(
                // 35 / 3 = 11.666… → 11.667
                new MemberReport.Day(MAR_1, 3, 35, 3, new BigDecimal("11.667")),
                new MemberReport.Day(LocalDate.parse("2025-03-02"), 0, 0, 0, new BigDecimal("0.000")),
                new MemberReport.Day(MAR_3, 0, 0, 0, new BigDecimal("0.000")),
                new MemberReport.Day(LocalDate.parse("2025-03-04"), 1, 8, 0, new BigDecimal("8.000")),
                new MemberReport.Day(MAR_5, 0, 0, 0, new BigDecimal("0.000")));
        // Text: m1 m3 (c1) + m9 (c3); Help: m2
        assertThat(report.byCategory()).containsExactly(new CategoryCount("Text", 3), new CategoryCount("Help", 1));
        assertThat(report.byChannel()).containsExactly(new ChannelCount("c1", "general", "Text", 2),
                new ChannelCount("c2", "help", "Help", 1), new ChannelCount("c3", "off-topic", "Text", 1));
        // c: only the category-less voice channel
        MemberReport c = stats.member(fullRange(), "c");
        assertThat(c.byCategory()).containsExactly(new CategoryCount(null, 3));
        assertThat(c.headline()).isEqualTo("Sent 3 messages in 1 channels consisting of 3 words (1.00 words/message). Received 3 reactions.");
    }

    @Test
    @DisplayName("headline: words per message with two decimals, half up, 0.00 without messages")
    void headlineDecimals() {
        assertThat(Statistics.headline(3, 1, 10, 0)).contains("(3.33 words/message)");
        assertThat(Statistics.headline(3, 1, 5, 0)).contains("(1.67 words/message)");
        assertThat(Statistics.headline(8, 1, 5, 0)).contains("(0.63 words/message)"); // 0.625 half up
        assertThat(Statistics.headline(0, 0, 0, 0))
                .isEqualTo("Sent 0 messages in 0 channels consisting of 0 words (0.00 words/message). Received 0 reactions.");
    }

    @Test
    @DisplayName("a member with no message in the range gets zeros; an unknown member is refused")
    void memberEdges() {
        MemberReport quiet = stats.member(request(LocalDate.parse("2025-03-02"), LocalDate.parse("2025-03-02")), "a");
        assertThat(quiet.messages()).isZero();
        assertThat(quiet.days()).hasSize(1);
        assertThatThrownBy(() -> stats.member(fullRange(), "nobody")).isInstanceOf(UserFacingException.class)
                .hasMessageContaining("has no member nobody");
    }

    @Test
    @DisplayName("finding members: by part of the name ignoring case, by exact id, authors known only by id, bots and other guilds left out")
    void findMembers() throws Exception {
        new StatsFixture().member(G, "d", "Alina").member(G, "e", "Bob").member("other", "f", "Alfred").writeTo(store);
        store.write(tx -> {
            tx.dao(MemberDao.class).upsert(new dev.gavel.core.model.Member(G, "bot1", "alerts", "Al-bot", null, true));
            return null;
        }).get();
        assertThat(stats.findMembers(G, "AL", 10)).extracting(ActivityReader.AuthorName::name).containsExactly("Alice", "Alina");
        assertThat(stats.findMembers(G, "al", 1)).extracting(ActivityReader.AuthorName::authorId).containsExactly("a");
        assertThat(stats.findMembers(G, "b", 10)).containsExactly(new ActivityReader.AuthorName("b", "b"),
                new ActivityReader.AuthorName("e", "Bob"));
        assertThat(stats.findMembers(G, "  ", 10)).isEmpty();
        assertThat(stats.findMembers(G, "nobody", 10)).isEmpty();
    }

    @Test
    @DisplayName("categories of a range: those with messages, by messages, whatever the filter")
    void categories() {
        assertThat(stats.categories(fullRange().withFilter(new ChannelFilter(Set.of("c4"), Set.of()))))
                .containsExactly(new CategoryCount("Text", 5), new CategoryCount("Help", 3));
        assertThat(stats.categories(request(LocalDate.parse("2025-03-05"), MAR_5))).isEmpty();
    }

    @Test
    @DisplayName("channel filter: channel ids and category names, either matching")
    void channelFilter() {
        // c2 by id + Text (c1 c3) by category: everything but c4
        StatsRequest filtered = fullRange().withFilter(new ChannelFilter(Set.of("c2"), Set.of("Text")));
        assertThat(stats.daily(filtered).days()).extracting(DayTotals::messages).containsExactly(4L, 0L, 3L, 1L, 0L);
        // Help only: m2 (a) on 03-01, m5 m6 (b) on 03-03
        StatsRequest help = fullRange().withFilter(new ChannelFilter(Set.of(), Set.of("Help")));
        assertThat(stats.daily(help).days()).containsExactly(
                new DayTotals(MAR_1, 1, 20, 0, 1, 0), DayTotals.zero(LocalDate.parse("2025-03-02")),
                new DayTotals(MAR_3, 2, 7, 1, 1, 0), DayTotals.zero(LocalDate.parse("2025-03-04")), DayTotals.zero(MAR_5));
        assertThat(stats.channels(help).channels()).extracting(ChannelsReport.Channel::channelId).containsExactly("c2");
        assertThat(stats.overview(help).codeLanguages()).containsExactly(
                new CodeLanguage("fenced", "js", 1, 2, 20), new CodeLanguage("inline", "", 1, 1, 5));
        MemberReport aInHelp = stats.member(help, "a");
        assertThat(aInHelp.headline()).startsWith("Sent 1 messages in 1 channels consisting of 20 words");
        TopReport top = stats.topParticipants(help.withThresholds(new StatsThresholds(2, 1000, 100, 10, 3)));
        assertThat(top.participants()).extracting(TopReport.Participant::authorId).containsExactly("b");
        assertThat(stats.heatmap(help).heatmap().messages(DayOfWeek.MONDAY, 9)).isEqualTo(2);
    }

    @Test
    @DisplayName("cohort: members with enough messages, per-author metrics with code, distributions, one member against it")
    void cohort() {
        StatsRequest request = fullRange().withThresholds(new StatsThresholds(250, 2200, 100, 2, 3))
                .withFilter(new ChannelFilter(Set.of("c4"), Set.of())); // ignored: the cohort has no channel filter
        CohortReport report = stats.cohort(request, "b");
        assertThat(report.authors()).containsExactly(
                // a: code chars 5 + 30 + 4, lines 1 + 3 + 1; active 03-01, 03-04 → streaks 1 / 0, 2 of 5 days = 40
                new CohortReport.Author("a", "Alice", 4, 43, 3, 39, 5, 1, 0, 2, 40.0),
                new CohortReport.Author("b", "b", 4, 20, 1, 20, 2, 1, 0, 2, 40.0),
                // c: active 03-03, 03-04, 03-05 → longest 3, current 3 (ends on the last day), 60
                new CohortReport.Author("c", "c", 3, 3, 3, 0, 0, 3, 3, 3, 60.0));
        // messages [3, 4, 4]: p10 k=0.3 → 3; p25 k=0.75 → 3; p50 k=1.5 → 4; mean 11/3; sd √(2/9)
        Distribution messages = report.distribution(CohortMetric.MESSAGES);
        assertThat(List.of(messages.p10(), messages.p25(), messages.p50(), messages.p75(), messages.p99())).containsExactly(3.0, 3.0, 4.0, 4.0, 4.0);
        assertThat(messages.mean()).isCloseTo(11.0 / 3, within(1e-12));
        assertThat(messages.standardDeviation()).isCloseTo(Math.sqrt(2.0 / 9), within(1e-12));
        // words [3, 20, 43]: mean 22, variance (361 + 4 + 441) / 3
        Distribution words = report.distribution(CohortMetric.WORDS);
        assertThat(words.p50()).isEqualTo(20);
        assertThat(words.standardDeviation()).isCloseTo(Math.sqrt(806.0 / 3), within(1e-9));
        assertThat(report.distribution(CohortMetric.CODE_CHARS).max()).isEqualTo(39);
        assertThat(report.distribution(CohortMetric.CONSISTENCY).p50()).isEqualTo(40);
        // b: messages 4 → 3/3 = 100 % rank 1; words 20 → 2/3 rank 2; reactions 1 → 1/3 rank 3; longest 1 → 2/3 rank 2
        CohortReport.MemberComparison b = report.member();
        assertThat(b.inCohort()).isTrue();
        assertThat(b.standing(CohortMetric.MESSAGES).percentile()).isEqualTo(100);
        assertThat(b.standing(CohortMetric.MESSAGES).rank()).isEqualTo(1);
        assertThat(b.standing(CohortMetric.WORDS).percentile()).isCloseTo(200.0 / 3, within(1e-9));
        assertThat(b.standing(CohortMetric.WORDS).rank()).isEqualTo(2);
        assertThat(b.standing(CohortMetric.REACTIONS).rank()).isEqualTo(3);
        assertThat(b.standing(CohortMetric.LONGEST_STREAK).rank()).isEqualTo(2);
        // overall (100 + 66.67 + 33.33 + 66.67) / 4 = 66.67 → average
        assertThat(b.overall()).isCloseTo(200.0 / 3, within(1e-9));
        assertThat(b.band()).isEqualTo(Band.AVERAGE);
        // a: 100, 100, 100 (3 reactions ≥ all), 66.67 → 91.67 → top
        assertThat(stats.cohort(request, "a").member().band()).isEqualTo(Band.TOP);
        // all guild code, whatever the filter
        assertThat(report.codeLanguages()).hasSize(3);
    }

    @Test
    @DisplayName("cohort threshold: c (3 messages) is left out at 4 and compared from outside")
    void cohortThreshold() {
        StatsRequest request = fullRange().withThresholds(new StatsThresholds(250, 2200, 100, 4, 3));
        CohortReport report = stats.cohort(request, "c");
        assertThat(report.authors()).extracting(CohortReport.Author::authorId).containsExactly("a", "b");
        CohortReport.MemberComparison c = report.member();
        assertThat(c.inCohort()).isFalse();
        // messages 3 vs [4, 4] → 0 %, rank 3; words 3 vs [43, 20] → 0; reactions 3 vs [3, 1] → 100; longest 3 vs [1, 1] → 100
        assertThat(c.standing(CohortMetric.MESSAGES).rank()).isEqualTo(3);
        assertThat(c.overall()).isEqualTo(50);
        assertThat(c.band()).isEqualTo(Band.AVERAGE);
        // nobody has 100 messages: an empty cohort has no distributions and no comparison
        CohortReport empty = stats.cohort(fullRange().withThresholds(new StatsThresholds(250, 2200, 100, 100, 3)), "a");
        assertThat(empty.authors()).isEmpty();
        assertThat(empty.distributions()).isEmpty();
        assertThat(empty.member()).isNull();
    }

    @Nested
    @DisplayName("in other zones")
    class Zones {

        /*
         * guild ny, America/New_York, 2025-03-08 (Sat) … 03-10 (Mon); 03-09 has 23 hours (02:00 EST → 03:00 EDT).
         * n1 03-08T04:59:59.999Z = 03-07 23:59 EST (outside)   n2 03-08T05:00Z = 03-08 00:00 EST
         * n3 03-09T04:30Z = 03-08 23:30 EST                    n4 03-09T06:59Z = 03-09 01:59 EST
         * n5 03-09T07:00Z = 03-09 03:00 EDT                    n6 03-10T03:59Z = 03-09 23:59 EDT
         * n7 03-10T04:00Z = 03-10 00:00 EDT                    n8 03-11T03:59:59.999Z = 03-10 23:59 EDT
         * n9 03-11T04:00Z = 03-11 00:00 EDT (outside)
         * guild in, Asia/Kolkata (+05:30), 2025-03-01:
         * k1 02-28T18:29:59.999Z (02-28 23:59 IST, outside), k2 02-28T18:30Z (00:00), k5 03-01T06:45Z (12:15),
         * k3 03-01T18:29Z (23:59), k4 03-01T18:30Z (03-02, outside)
         */
        @BeforeEach
        void moreData() throws Exception {
            new StatsFixture()
                    .message("n1", "ny", "a", "c1", "Text", "2025-03-08T04:59:59.999Z", 1, 0)
                    .message("n2", "ny", "a", "c1", "Text", "2025-03-08T05:00:00Z", 1, 0)
                    .message("n3", "ny", "b", "c1", "Text", "2025-03-09T04:30:00Z", 1, 0)
                    .message("n4", "ny", "a", "c1", "Text", "2025-03-09T06:59:00Z", 1, 0)
                    .message("n5", "ny", "a", "c1", "Text", "2025-03-09T07:00:00Z", 1, 0)
                    .message("n6", "ny", "b", "c1", "Text", "2025-03-10T03:59:00Z", 1, 0)
                    .message("n7", "ny", "b", "c1", "Text", "2025-03-10T04:00:00Z", 1, 0)
                    .message("n8", "ny", "a", "c1", "Text", "2025-03-11T03:59:59.999Z", 1, 0)
                    .message("n9", "ny", "a", "c1", "Text", "2025-03-11T04:00:00Z", 1, 0)
                    .message("k1", "in", "a", "c1", "Text", "2025-02-28T18:29:59.999Z", 1, 0)
                    .message("k2", "in", "a", "c1", "Text", "2025-02-28T18:30:00Z", 1, 0)
                    .message("k5", "in", "b", "c1", "Text", "2025-03-01T06:45:00Z", 2, 0)
                    .message("k3", "in", "a", "c1", "Text", "2025-03-01T18:29:00Z", 3, 0)
                    .message("k4", "in", "a", "c1", "Text", "2025-03-01T18:30:00Z", 4, 0)
                    .writeTo(store);
        }

        private StatsRequest ny(ZoneId zone) {
            return new StatsRequest("ny", new DateRange(LocalDate.parse("2025-03-08"), LocalDate.parse("2025-03-10"), zone),
                    ChannelFilter.NONE, new StatsThresholds(1, 1, 100, 1, 3));
        }

        @Test
        @DisplayName("New York across the March DST change: days of 24 and 23 hours")
        void newYork() {
            StatsRequest request = ny(ZoneId.of("America/New_York"));
            assertThat(stats.daily(request).days()).extracting(DayTotals::messages).containsExactly(2L, 3L, 2L);
            assertThat(stats.daily(request).days()).extracting(DayTotals::authors).containsExactly(2L, 2L, 2L);
            Heatmap heatmap = stats.heatmap(request).heatmap();
            assertThat(heatmap.messages(DayOfWeek.SATURDAY, 0)).isEqualTo(1); // n2
            assertThat(heatmap.messages(DayOfWeek.SATURDAY, 23)).isEqualTo(1); // n3
            assertThat(heatmap.messages(DayOfWeek.SUNDAY, 1)).isEqualTo(1); // n4
            assertThat(heatmap.messages(DayOfWeek.SUNDAY, 2)).isZero(); // the hour that does not exist
            assertThat(heatmap.messages(DayOfWeek.SUNDAY, 3)).isEqualTo(1); // n5
            assertThat(heatmap.messages(DayOfWeek.SUNDAY, 23)).isEqualTo(1); // n6
            assertThat(heatmap.messages(DayOfWeek.MONDAY, 0)).isEqualTo(1); // n7
            assertThat(heatmap.messages(DayOfWeek.MONDAY, 23)).isEqualTo(1); // n8
            // a: n2 n4 n5 n8 → active all three days
            TopReport top = stats.topParticipants(request);
            assertThat(top.participants()).extracting(TopReport.Participant::messages).containsExactly(4L, 3L);
            assertThat(top.participants().get(0).percentZeroDays()).isZero();
            // the same days in UTC: 03-08 n1 n2; 03-09 n3 n4 n5; 03-10 n6 n7
            assertThat(stats.daily(ny(ZoneId.of("UTC"))).days()).extracting(DayTotals::messages).containsExactly(2L, 3L, 2L);
            assertThat(stats.member(ny(ZoneId.of("UTC")), "a").messages()).isEqualTo(4); // n1 n2 n4 n5
        }

        @Test
        @DisplayName("Asia/Kolkata (+05:30): days and hours from raw rows, totals with raw edges")
        void kolkata() {
            StatsRequest request = new StatsRequest("in", new DateRange(MAR_1, MAR_1, ZoneId.of("Asia/Kolkata")),
                    ChannelFilter.NONE, new StatsThresholds(1, 1, 100, 1, 3));
            // k2 k5 k3: words 1 + 2 + 3
            assertThat(stats.daily(request).days()).containsExactly(new DayTotals(MAR_1, 3, 6, 0, 2, 0));
            Heatmap heatmap = stats.heatmap(request).heatmap();
            assertThat(heatmap.messages(DayOfWeek.SATURDAY, 0)).isEqualTo(1);
            assertThat(heatmap.messages(DayOfWeek.SATURDAY, 12)).isEqualTo(1);
            assertThat(heatmap.messages(DayOfWeek.SATURDAY, 23)).isEqualTo(1);
            TopReport top = stats.topParticipants(request);
            assertThat(top.participants()).extracting(TopReport.Participant::authorId, TopReport.Participant::words)
                    .containsExactly(org.assertj.core.groups.Tuple.tuple("a", 4L), org.assertj.core.groups.Tuple.tuple("b", 2L));
            assertThat(stats.member(request, "a").headline()).startsWith("Sent 2 messages in 1 channels consisting of 4 words");
        }
    }

    @Nested
    @DisplayName("coverage")
    class CoverageGaps {

        @Test
        @DisplayName("gaps between recorder sessions, overlaps merged, and the covered share of each day")
        void gaps() throws Exception {
            new StatsFixture()
                    .session("s1", "2025-02-28T20:00:00Z", "2025-03-01T06:00:00Z", true)
                    .session("s2", "2025-03-01T08:00:00Z", "2025-03-03T00:00:00Z", true)
                    .session("s3", "2025-03-02T12:00:00Z", "2025-03-02T18:00:00Z", true)
                    .session("s4", "2025-03-04T00:00:00Z", "2025-03-05T12:00:00Z", false)
                    .writeTo(store);
            var coverage = stats.overview(fullRange()).coverage();
            assertThat(coverage.known()).isTrue();
            assertThat(coverage.gaps()).containsExactly(
                    new dev.gavel.core.stats.Coverage.Gap(Instant.parse("2025-03-01T06:00:00Z"), Instant.parse("2025-03-01T08:00:00Z")),
                    new dev.gavel.core.stats.Coverage.Gap(Instant.parse("2025-03-03T00:00:00Z"), Instant.parse("2025-03-04T00:00:00Z")),
                    new dev.gavel.core.stats.Coverage.Gap(Instant.parse("2025-03-05T12:00:00Z"), Instant.parse("2025-03-06T00:00:00Z")));
            // 03-01 misses 2 of 24 hours; 03-03 all; 03-05 the last 12 hours
            assertThat(coverage.days()).extracting(dev.gavel.core.stats.Coverage.Day::coveredFraction)
                    .containsExactly(1 - 2.0 / 24, 1.0, 0.0, 1.0, 0.5);
        }

        @Test
        @DisplayName("a session still refreshing covers up to now, and time after now is no gap")
        void liveSession() throws Exception {
            new StatsFixture().session("s4", "2025-03-04T00:00:00Z", "2025-03-05T11:59:00Z", false).writeTo(store);
            Statistics live = new Statistics(SqlActivityQueries.of(store),
                    Clock.fixed(Instant.parse("2025-03-05T12:00:00Z"), ZoneOffset.UTC));
            var coverage = live.coverage(fullRange());
            assertThat(coverage.gaps()).containsExactly(
                    new dev.gavel.core.stats.Coverage.Gap(Instant.parse("2025-03-01T00:00:00Z"), Instant.parse("2025-03-04T00:00:00Z")));
            assertThat(coverage.days()).extracting(dev.gavel.core.stats.Coverage.Day::coveredFraction)
                    .containsExactly(0.0, 0.0, 0.0, 1.0, 1.0);
        }
    }
}
