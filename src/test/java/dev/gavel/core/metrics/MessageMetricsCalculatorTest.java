package dev.gavel.core.metrics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.argumentSet;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;

import dev.gavel.core.model.MessageStat;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every expected value below is what the original bot's JavaScript (its regex and
 * {@code Intl.Segmenter("en-us")}, node 20 / ICU 78) gives for the same content.
 */
class MessageMetricsCalculatorTest {

    private final MessageMetricsCalculator calculator = new MessageMetricsCalculator();

    private void assertMeasures(String content, int words, int chars, String codeStats, String linkStats) {
        MessageMetrics metrics = calculator.measure(content);

        assertThat(metrics.wordCount()).as("words").isEqualTo(words);
        assertThat(metrics.charCount()).as("chars").isEqualTo(chars);
        assertThat(metrics.codeStatsJson()).as("code_stats").isEqualTo(codeStats);
        assertThat(metrics.linkStatsJson()).as("link_stats").isEqualTo(linkStats);
    }

    @ParameterizedTest(name = "{argumentSetName}")
    @MethodSource
    @DisplayName("the examples of METRICS.md §1.2")
    void specExamples(String content, int words, int chars, String codeStats, String linkStats) {
        assertMeasures(content, words, chars, codeStats, linkStats);
    }

    static Stream<Arguments> specExamples() {
        return Stream.of(
                argumentSet("plain words", "hello world", 2, 11,
                        "[]", "[]"),
                argumentSet("punctuation and emoji are not words, a skin-toned emoji is one character", "Hello, world! How's it going? 👍🏽 🎉", 5, 33,
                        "[]", "[]"),
                argumentSet("a markdown link counts its label, and its <url> loses the angle brackets", "check out this [link](<https://example.com>) now", 5, 23,
                        "[]", "[\"https://example.com\"]"),
                argumentSet("a bare url stops at > and )", "see <https://a.com/x> and https://b.com/y)", 2, 12,
                        "[]", "[\"https://a.com/x\",\"https://b.com/y\"]"),
                argumentSet("inline and fenced code are measured apart from the prose", "use `npm install` then\n```js\nconst x = 42;\nconsole.log(x);\n```\ndone", 3, 15,
                        "[{\"chars\":11,\"words\":2,\"lines\":1},{\"chars\":29,\"words\":5,\"lines\":2,\"lang\":\"js\"}]", "[]"),
                argumentSet("contractions, hyphens, underscores, decimals and Japanese", "don't can't e-mail foo_bar 3.14 日本語のテキスト", 9, 40,
                        "[]", "[]"));
    }

    @ParameterizedTest(name = "{argumentSetName}")
    @MethodSource
    @DisplayName("a bare url ends at JavaScript whitespace, which is Unicode whitespace")
    void whitespaceEndingUrl(String content, int words, int chars, String codeStats, String linkStats) {
        assertMeasures(content, words, chars, codeStats, linkStats);
    }

    static Stream<Arguments> whitespaceEndingUrl() {
        return Stream.of(
                argumentSet("NBSP ends a url", "https://a.com/x\u00A0y", 1, 2,
                        "[]", "[\"https://a.com/x\"]"),
                argumentSet("an ideographic space ends a url", "https://a.com/x\u3000y", 1, 2,
                        "[]", "[\"https://a.com/x\"]"),
                argumentSet("a byte order mark ends a url", "https://a.com/x\uFEFFy", 1, 2,
                        "[]", "[\"https://a.com/x\"]"),
                argumentSet("a line separator ends a url", "https://a.com/x\u2028y", 1, 2,
                        "[]", "[\"https://a.com/x\"]"),
                argumentSet("a paragraph separator ends a url", "https://a.com/x\u2029y", 1, 2,
                        "[]", "[\"https://a.com/x\"]"),
                argumentSet("an ogham space mark ends a url", "https://a.com/x\u1680y", 1, 2,
                        "[]", "[\"https://a.com/x\"]"),
                argumentSet("a medium mathematical space ends a url", "https://a.com/x\u205Fy", 1, 2,
                        "[]", "[\"https://a.com/x\"]"),
                argumentSet("a vertical tab ends a url", "https://a.com/x\u000By", 1, 2,
                        "[]", "[\"https://a.com/x\"]"),
                argumentSet("U+0085 (NEL) is not JavaScript whitespace: the url goes on", "https://a.com/x\u0085y", 0, 0,
                        "[]", "[\"https://a.com/x\u0085y\"]"),
                argumentSet("U+180E is not JavaScript whitespace: the url goes on", "https://a.com/x\u180Ey", 0, 0,
                        "[]", "[\"https://a.com/x\u180Ey\"]"),
                argumentSet("a zero-width space is not whitespace: the url goes on", "https://a.com/x\u200By", 0, 0,
                        "[]", "[\"https://a.com/x\u200By\"]"),
                argumentSet("U+001C is not whitespace: the url goes on and is escaped in JSON", "https://a.com/x\u001Cy", 0, 0,
                        "[]", "[\"https://a.com/x\\u001cy\"]"));
    }

    @ParameterizedTest(name = "{argumentSetName}")
    @MethodSource
    @DisplayName("line breaks are JavaScript's: LF, CR, U+2028, U+2029 (not U+0085, CR LF is two)")
    void lineBreaks(String content, int words, int chars, String codeStats, String linkStats) {
        assertMeasures(content, words, chars, codeStats, linkStats);
    }

    static Stream<Arguments> lineBreaks() {
        return Stream.of(
                argumentSet("inline code does not cross a line separator", "`a\u2028b`", 2, 5,
                        "[]", "[]"),
                argumentSet("inline code does not cross a paragraph separator", "`a\u2029b`", 2, 5,
                        "[]", "[]"),
                argumentSet("inline code does not cross a carriage return", "`a\rb`", 2, 5,
                        "[]", "[]"),
                argumentSet("inline code does not cross CR LF", "`a\r\nb`", 2, 5,
                        "[]", "[]"),
                argumentSet("inline code crosses U+0085, which is no line break in JavaScript", "`a\u0085b`", 0, 0,
                        "[{\"chars\":3,\"words\":2,\"lines\":1}]", "[]"),
                argumentSet("inline code does not cross a line feed, the next pair of backticks pairs up", "`a\nb` `c`", 3, 6,
                        "[{\"chars\":1,\"words\":0,\"lines\":1}]", "[]"),
                argumentSet("a line separator before the closing fence does not close it", "```js\ncode\u2028```", 2, 8,
                        "[{\"chars\":0,\"words\":0,\"lines\":0,\"lang\":\"\"},{\"chars\":0,\"words\":0,\"lines\":0,\"lang\":\"\"}]", "[]"),
                argumentSet("a paragraph separator before the closing fence does not close it", "```js\ncode\u2029```", 2, 8,
                        "[{\"chars\":0,\"words\":0,\"lines\":0,\"lang\":\"\"},{\"chars\":0,\"words\":0,\"lines\":0,\"lang\":\"\"}]", "[]"),
                argumentSet("a carriage return before the closing fence does not close it", "```js\rcode\r```", 2, 8,
                        "[{\"chars\":0,\"words\":0,\"lines\":0,\"lang\":\"\"},{\"chars\":0,\"words\":0,\"lines\":0,\"lang\":\"\"}]", "[]"),
                argumentSet("CR LF closes a fence, the CR stays in the last line and in the language", "```\r\ncode\r\n```", 0, 0,
                        "[{\"chars\":5,\"words\":1,\"lines\":1,\"lang\":\"\\r\"}]", "[]"),
                argumentSet("CR LF code lines: each CR LF is one character", "```js\r\nconst a = 1;\r\nconst b = 2;\r\n```", 0, 0,
                        "[{\"chars\":26,\"words\":6,\"lines\":2,\"lang\":\"js\\r\"}]", "[]"),
                argumentSet("a line separator inside a fenced block does not split its lines", "```js\na\u2028b\n```", 0, 0,
                        "[{\"chars\":3,\"words\":2,\"lines\":1,\"lang\":\"js\"}]", "[]"),
                argumentSet("CR, CR LF and line separators in prose", "line one\r\nline two\rthree\u2028four", 6, 28,
                        "[]", "[]"));
    }

    @ParameterizedTest(name = "{argumentSetName}")
    @MethodSource
    @DisplayName("fenced code: unterminated, misplaced and unusual fences")
    void fences(String content, int words, int chars, String codeStats, String linkStats) {
        assertMeasures(content, words, chars, codeStats, linkStats);
    }

    static Stream<Arguments> fences() {
        return Stream.of(
                argumentSet("three backticks alone are an empty fenced block", "```", 0, 0,
                        "[{\"chars\":0,\"words\":0,\"lines\":0,\"lang\":\"\"}]", "[]"),
                argumentSet("an empty fence pair is two empty fenced blocks", "```\n```", 0, 1,
                        "[{\"chars\":0,\"words\":0,\"lines\":0,\"lang\":\"\"},{\"chars\":0,\"words\":0,\"lines\":0,\"lang\":\"\"}]", "[]"),
                argumentSet("two fences on one line are two empty fenced blocks", "``` ```", 0, 1,
                        "[{\"chars\":0,\"words\":0,\"lines\":0,\"lang\":\"\"},{\"chars\":0,\"words\":0,\"lines\":0,\"lang\":\"\"}]", "[]"),
                argumentSet("an unterminated fence: its text counts as prose", "```js\nconst x = 1;", 4, 15,
                        "[{\"chars\":0,\"words\":0,\"lines\":0,\"lang\":\"\"}]", "[]"),
                argumentSet("a closing fence not at line start does not close", "```js\ncode```", 2, 7,
                        "[{\"chars\":0,\"words\":0,\"lines\":0,\"lang\":\"\"},{\"chars\":0,\"words\":0,\"lines\":0,\"lang\":\"\"}]", "[]"),
                argumentSet("an opening fence not at line start still opens", "text ```js\ncode\n```", 1, 5,
                        "[{\"chars\":4,\"words\":1,\"lines\":1,\"lang\":\"js\"}]", "[]"),
                argumentSet("a fence without a language has lang \"\"", "```\ncode\n```", 0, 0,
                        "[{\"chars\":4,\"words\":1,\"lines\":1,\"lang\":\"\"}]", "[]"),
                argumentSet("a fence closed right after its language has no code lines", "```js\n```", 0, 0,
                        "[{\"chars\":0,\"words\":0,\"lines\":0,\"lang\":\"js\"}]", "[]"),
                argumentSet("a fenced block with one empty line", "```js\n\n```", 0, 0,
                        "[{\"chars\":0,\"words\":0,\"lines\":1,\"lang\":\"js\"}]", "[]"),
                argumentSet("two fenced blocks in a row", "```a\nx\n```\n```b\ny\n```", 0, 1,
                        "[{\"chars\":1,\"words\":1,\"lines\":1,\"lang\":\"a\"},{\"chars\":1,\"words\":1,\"lines\":1,\"lang\":\"b\"}]", "[]"),
                argumentSet("four backticks: the fourth goes to the language and a backtick is left over", "````\ncode\n````", 0, 1,
                        "[{\"chars\":4,\"words\":1,\"lines\":1,\"lang\":\"`\"}]", "[]"),
                argumentSet("an emoji language", "```🙂\nx\n```", 0, 0,
                        "[{\"chars\":1,\"words\":1,\"lines\":1,\"lang\":\"🙂\"}]", "[]"),
                argumentSet("a language with a quote and a backslash is escaped in JSON", "```a\"b\\c\nx\n```", 0, 0,
                        "[{\"chars\":1,\"words\":1,\"lines\":1,\"lang\":\"a\\\"b\\\\c\"}]", "[]"),
                argumentSet("a tilde fence is prose", "~~~\ncode\n~~~", 1, 12,
                        "[]", "[]"));
    }

    @ParameterizedTest(name = "{argumentSetName}")
    @MethodSource
    @DisplayName("nested and adjacent backticks")
    void backticks(String content, int words, int chars, String codeStats, String linkStats) {
        assertMeasures(content, words, chars, codeStats, linkStats);
    }

    static Stream<Arguments> backticks() {
        return Stream.of(
                argumentSet("double backticks: the inner backtick is code", "``a``", 0, 1,
                        "[{\"chars\":2,\"words\":1,\"lines\":1}]", "[]"),
                argumentSet("three backticks around two letters: the first pair wins", "`a`b`", 1, 2,
                        "[{\"chars\":1,\"words\":1,\"lines\":1}]", "[]"),
                argumentSet("two inline codes", "`a` `b`", 0, 1,
                        "[{\"chars\":1,\"words\":1,\"lines\":1},{\"chars\":1,\"words\":1,\"lines\":1}]", "[]"));
    }

    @ParameterizedTest(name = "{argumentSetName}")
    @MethodSource
    @DisplayName("links: markdown, bare, in angle brackets, inside code")
    void linksAndCode(String content, int words, int chars, String codeStats, String linkStats) {
        assertMeasures(content, words, chars, codeStats, linkStats);
    }

    static Stream<Arguments> linksAndCode() {
        return Stream.of(
                argumentSet("a message that is only a link", "https://example.com", 0, 0,
                        "[]", "[\"https://example.com\"]"),
                argumentSet("a link in angle brackets keeps the brackets as prose", "<https://example.com>", 0, 2,
                        "[]", "[\"https://example.com\"]"),
                argumentSet("a url needs something after the scheme", "https://", 1, 8,
                        "[]", "[]"),
                argumentSet("upper-case and other schemes are prose", "HTTPS://A.COM and ftp://b.org", 5, 29,
                        "[]", "[]"),
                argumentSet("a markdown link and a bare url", "[link](https://a.com) and https://b.com", 2, 9,
                        "[]", "[\"https://a.com\",\"https://b.com\"]"),
                argumentSet("a markdown link's url may hold spaces", "[a b](c d)", 2, 3,
                        "[]", "[\"c d\"]"),
                argumentSet("a markdown link with <url>", "[x](<https://a.com>)", 1, 1,
                        "[]", "[\"https://a.com\"]"),
                argumentSet("a url with only an opening angle bracket keeps it", "[x](<https://a.com)", 1, 1,
                        "[]", "[\"<https://a.com\"]"),
                argumentSet("an empty <> url", "[x](<>)", 1, 1,
                        "[]", "[\"\"]"),
                argumentSet("backticks in a link label are words of the label", "[`code`](https://a.com)", 1, 6,
                        "[]", "[\"https://a.com\"]"),
                argumentSet("nested brackets are no link", "[a [b] c](u)", 4, 12,
                        "[]", "[]"),
                argumentSet("a markdown link's url ends at the first )", "[x](https://en.wikipedia.org/wiki/Foo_(bar))", 1, 2,
                        "[]", "[\"https://en.wikipedia.org/wiki/Foo_(bar\"]"),
                argumentSet("a url inside inline code is no link", "`https://a.com`", 0, 0,
                        "[{\"chars\":13,\"words\":2,\"lines\":1}]", "[]"),
                argumentSet("a markdown link inside inline code is no link", "`[x](https://a.com)`", 0, 0,
                        "[{\"chars\":18,\"words\":3,\"lines\":1}]", "[]"),
                argumentSet("urls inside fenced code are no links", "```\nhttps://a.com [x](y)\n```", 0, 0,
                        "[{\"chars\":20,\"words\":4,\"lines\":1,\"lang\":\"\"}]", "[]"),
                argumentSet("backticks inside a bare url belong to the url", "https://a.com/`x`", 0, 0,
                        "[]", "[\"https://a.com/`x`\"]"),
                argumentSet("a control character in a url is escaped in JSON", "https://a.com/\u0001x", 0, 0,
                        "[]", "[\"https://a.com/\\u0001x\"]"),
                argumentSet("quotes and backslashes in a url are escaped in JSON", "https://a.com/\"q\"\\", 0, 0,
                        "[]", "[\"https://a.com/\\\"q\\\"\\\\\"]"),
                argumentSet("a lone surrogate in a url is escaped in JSON", "https://a.com/\uD800", 0, 0,
                        "[]", "[\"https://a.com/\\ud800\"]"));
    }

    @ParameterizedTest(name = "{argumentSetName}")
    @MethodSource
    @DisplayName("words and characters follow ICU: emoji, combining marks, CJK, Thai")
    void segmentation(String content, int words, int chars, String codeStats, String linkStats) {
        assertMeasures(content, words, chars, codeStats, linkStats);
    }

    static Stream<Arguments> segmentation() {
        return Stream.of(
                argumentSet("the empty string", "", 0, 0,
                        "[]", "[]"),
                argumentSet("only whitespace", "   \n ", 0, 5,
                        "[]", "[]"),
                argumentSet("a ZWJ family is one character and no word", "👨\u200D👩\u200D👧\u200D👦 family", 1, 8,
                        "[]", "[]"),
                argumentSet("two flags are two characters", "\uD83C\uDDEF\uD83C\uDDF5\uD83C\uDDFA\uD83C\uDDF8 flags", 1, 8,
                        "[]", "[]"),
                argumentSet("skin tones stay with their emoji", "👍\uD83C\uDFFD👍\uD83C\uDFFF ok", 1, 5,
                        "[]", "[]"),
                argumentSet("keycaps are one character each", "1\uFE0F\u20E3 #\uFE0F\u20E3 keycaps", 2, 11,
                        "[]", "[]"),
                argumentSet("combining accents stay with their letter", "e\u0301te cafe\u0301", 2, 8,
                        "[]", "[]"),
                argumentSet("stacked combining marks stay with their letter", "Z\u0351\u0352\u0357a\u0300\u0301lgo", 1, 5,
                        "[]", "[]"),
                argumentSet("Devanagari", "नमस्ते दुनिया", 2, 7,
                        "[]", "[]"),
                argumentSet("Thai words are split by dictionary", "สวัสดีครับ ผมชื่อสมชาย", 5, 17,
                        "[]", "[]"),
                argumentSet("Chinese words are split by dictionary", "我喜欢编程。你呢？", 6, 9,
                        "[]", "[]"),
                argumentSet("Korean", "안녕하세요 세계", 2, 8,
                        "[]", "[]"),
                argumentSet("Japanese kanji and kana", "東京タワーに行きました", 5, 11,
                        "[]", "[]"),
                argumentSet("numbers with separators", "1,000,000 3.14 v2.0 10:30 $5", 6, 28,
                        "[]", "[]"),
                argumentSet("a lone surrogate is one character", "\uD83D abc", 1, 5,
                        "[]", "[]"));
    }

    @Test
    @DisplayName("the record lists code blocks and links in order, inline code without a language")
    void recordsBlocksInOrder() {
        MessageMetrics metrics = calculator.measure("`a` [x](https://a.com)\n```py\nprint(1)\n```\nhttps://b.com");

        assertThat(metrics.codeBlocks()).containsExactly(CodeBlockStat.inline(1, 1), CodeBlockStat.fenced(8, 2, 1, "py"));
        assertThat(metrics.codeBlocks().get(0).lang()).isNull();
        assertThat(metrics.links()).containsExactly("https://a.com", "https://b.com");
    }

    @Test
    @DisplayName("a measured message becomes the message_stats row with its ids, category, recipient, time and reactions")
    void becomesMessageStat() {
        MessageMetrics metrics = calculator.measure("see `x` https://a.com now");

        MessageStat stat = metrics.toMessageStat("10", "20", "30", "Help", "40", "50", 1_700_000_000_123L, 3);

        assertThat(stat).isEqualTo(new MessageStat("10", "20", "30", "Help", "40", "50", 1_700_000_000_123L,
                2, 9, 3, "[{\"chars\":1,\"words\":1,\"lines\":1}]", "[\"https://a.com\"]"));
    }

    @Test
    @DisplayName("a message with no category and no recipient keeps both null")
    void keepsNullCategoryAndRecipient() {
        MessageStat stat = calculator.measure("hi").toMessageStat("1", "2", "3", null, "4", null, 0L, 0);

        assertThat(stat.channelCategory()).isNull();
        assertThat(stat.recipientId()).isNull();
        assertThat(stat.codeStats()).isEqualTo("[]");
        assertThat(stat.linkStats()).isEqualTo("[]");
    }

    @Test
    @DisplayName("one calculator measured from several threads at once gives the same results as from one")
    void isSafeAcrossThreads() throws Exception {
        List<String> contents = List.of(
                "สวัสดีครับ ผมชื่อสมชาย and 我喜欢编程。你呢？",
                "use `npm install` then\n```js\nconst x = 42;\nconsole.log(x);\n```\ndone",
                "Hello, world! How's it going? 👍🏽 🎉 [link](<https://example.com>)",
                "don't can't e-mail foo_bar 3.14 日本語のテキスト " + "word ".repeat(200));
        List<MessageMetrics> expected = contents.stream().map(calculator::measure).toList();

        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Callable<Boolean>> tasks = new ArrayList<>();
            for (int task = 0; task < 8; task++) {
                tasks.add(() -> {
                    for (int round = 0; round < 300; round++) {
                        for (int i = 0; i < contents.size(); i++) {
                            if (!calculator.measure(contents.get(i)).equals(expected.get(i))) {
                                return false;
                            }
                        }
                    }
                    return true;
                });
            }
            for (Future<Boolean> result : pool.invokeAll(tasks)) {
                assertThat(result.get()).isTrue();
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
