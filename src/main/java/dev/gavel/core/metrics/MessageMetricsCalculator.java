package dev.gavel.core.metrics;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Measures a message's raw markdown content exactly as the original bot does (METRICS.md §1).
 * Safe to call from several threads at once: each thread gets its own ICU iterators.
 */
public final class MessageMetricsCalculator {

    private static final String FENCE = "```";
    /** A fenced match ends with "\n```". */
    private static final int CLOSING_FENCE_LENGTH = 4;

    private final ThreadLocal<TextCounter> counters = ThreadLocal.withInitial(TextCounter::new);

    public MessageMetrics measure(String content) {
        Objects.requireNonNull(content, "content");
        TextCounter counter = counters.get();
        Tally prose = new Tally(counter);
        List<CodeBlockStat> code = new ArrayList<>();
        List<String> links = new ArrayList<>();

        BlockScanner blocks = new BlockScanner(content);
        int textStart = 0;
        while (blocks.find()) {
            prose.add(content.substring(textStart, blocks.start()));
            textStart = blocks.end();
            String match = blocks.match();
            // Classified by their first characters, as the original does: an inline match of three
            // backticks (an unclosed fence) therefore counts as an empty fenced block.
            if (match.startsWith(FENCE)) {
                code.add(fenced(counter, match));
            } else if (match.startsWith("`")) {
                String inner = match.substring(1, match.length() - 1);
                code.add(CodeBlockStat.inline(counter.chars(inner), counter.words(inner)));
            } else if (blocks.kind() == BlockScanner.Kind.MARKDOWN_LINK) {
                links.add(withoutAngleBrackets(blocks.linkTarget()));
                prose.add(blocks.label());
            } else {
                links.add(withoutAngleBrackets(match));
            }
        }
        prose.add(content.substring(textStart));
        return new MessageMetrics(prose.words, prose.chars, code, links);
    }

    /**
     * Drops the opening fence and the closing "\n```" (JavaScript's {@code slice(3, -4)}, which gives
     * "" for the three-backtick match), then the first line is the language and the rest the code.
     */
    private static CodeBlockStat fenced(TextCounter counter, String match) {
        String body = match.substring(FENCE.length(), Math.max(FENCE.length(), match.length() - CLOSING_FENCE_LENGTH));
        int firstBreak = body.indexOf('\n');
        if (firstBreak < 0) {
            return CodeBlockStat.fenced(0, 0, 0, body);
        }
        String code = body.substring(firstBreak + 1);
        int lines = 1;
        for (int i = code.indexOf('\n'); i >= 0; i = code.indexOf('\n', i + 1)) {
            lines++;
        }
        return CodeBlockStat.fenced(counter.chars(code), counter.words(code), lines, body.substring(0, firstBreak));
    }

    private static String withoutAngleBrackets(String url) {
        if (url.startsWith("<") && url.endsWith(">")) {
            return url.substring(1, url.length() - 1);
        }
        return url;
    }

    /** Words and characters of the text blocks and link labels, each counted on its own. */
    private static final class Tally {
        private final TextCounter counter;
        private int words;
        private int chars;

        Tally(TextCounter counter) {
            this.counter = counter;
        }

        void add(String text) {
            words += counter.words(text);
            chars += counter.chars(text);
        }
    }
}
