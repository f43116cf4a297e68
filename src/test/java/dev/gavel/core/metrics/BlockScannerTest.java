package dev.gavel.core.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class BlockScannerTest {

    /**
     * The original's JavaScript regex restated in Java's regex dialect, with JavaScript's
     * {@code \s} and {@code .} spelled out (the {@code ^} after a literal \n always holds).
     * Correct but quadratic on unclosed fences and brackets, so the scanner replaces it; here it
     * is the reference the scanner must agree with.
     */
    private static final String JS_WHITESPACE =
            "\\t\\n\\x0B\\f\\r \\u00A0\\u1680\\u2000-\\u200A\\u2028\\u2029\\u202F\\u205F\\u3000\\uFEFF";
    private static final Pattern REFERENCE = Pattern.compile("```[\\s\\S]+?\\n```"
            + "|`[^\\n\\r\\u2028\\u2029]+?`"
            + "|\\[([^\\]]+)\\]\\(([^)]+)\\)"
            + "|https?://[^" + JS_WHITESPACE + ">)]+");

    /** Pieces that make blocks, break them, or sit on the edges of JavaScript's classes. */
    private static final String[] PIECES = {
        "`", "``", "```", "[", "]", "(", ")", "<", ">", "\n", "\r", "\r\n", "\u2028", "\u2029", "\u0085",
        "\u00A0", "\u3000", "\uFEFF", "\u180E", "\u000B", " ", "a", "js", "x y", "http", "https://", "http://",
        "https:/", "s", ":", "//", "👍🏽", "\uD83D", "é", "日本",
    };

    private static List<String> scan(String text) {
        List<String> blocks = new ArrayList<>();
        BlockScanner scanner = new BlockScanner(text);
        while (scanner.find()) {
            boolean link = scanner.kind() == BlockScanner.Kind.MARKDOWN_LINK;
            blocks.add(scanner.start() + "-" + scanner.end() + (link ? " " + scanner.label() + " | " + scanner.linkTarget() : ""));
        }
        return blocks;
    }

    private static List<String> reference(String text) {
        List<String> blocks = new ArrayList<>();
        Matcher matcher = REFERENCE.matcher(text);
        while (matcher.find()) {
            boolean link = matcher.group(1) != null;
            blocks.add(matcher.start() + "-" + matcher.end() + (link ? " " + matcher.group(1) + " | " + matcher.group(2) : ""));
        }
        return blocks;
    }

    private static String visible(String text) {
        StringBuilder shown = new StringBuilder();
        text.chars().forEach(c -> shown.append(c >= 0x20 && c < 0x7F ? Character.toString(c) : String.format("\\u%04X", c)));
        return shown.toString();
    }

    @Test
    @DisplayName("the scanner finds the same blocks as the regex on 20,000 random messages made of tricky pieces")
    void agreesWithRegex() {
        Random random = new Random(20240611L);
        for (int round = 0; round < 20_000; round++) {
            StringBuilder text = new StringBuilder();
            int pieces = random.nextInt(40);
            for (int i = 0; i < pieces; i++) {
                text.append(PIECES[random.nextInt(PIECES.length)]);
            }
            String message = text.toString();
            assertThat(scan(message)).as("blocks of %s", visible(message)).isEqualTo(reference(message));
        }
    }

    @Test
    @DisplayName("the kinds follow the order of the alternatives")
    void reportsKinds() {
        BlockScanner scanner = new BlockScanner("```a\nb\n``` `c` [d](e) https://f");
        List<BlockScanner.Kind> kinds = new ArrayList<>();
        while (scanner.find()) {
            kinds.add(scanner.kind());
        }

        assertThat(kinds).containsExactly(BlockScanner.Kind.FENCED_CODE, BlockScanner.Kind.INLINE_CODE,
                BlockScanner.Kind.MARKDOWN_LINK, BlockScanner.Kind.BARE_URL);
    }

    @Test
    @DisplayName("JavaScript whitespace is exactly the ECMAScript set, checked over every UTF-16 unit")
    void whitespaceIsEcmaScripts() {
        String expected = "\t\n\u000B\f\r \u00A0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200A"
                + "\u2028\u2029\u202F\u205F\u3000\uFEFF";
        StringBuilder found = new StringBuilder();
        for (int c = Character.MIN_VALUE; c <= Character.MAX_VALUE; c++) {
            if (BlockScanner.isJsWhitespace((char) c)) {
                found.append((char) c);
            }
        }

        assertThat(found.toString()).isEqualTo(expected);
    }
}
