package dev.gavel.core.metrics;

import java.util.Objects;

/**
 * What is kept of one code block: its characters, words and lines, and for a fenced block the
 * language written after the opening fence ({@code ""} when none). {@code lang} is null for
 * inline code, which has no language (its JSON object has no {@code lang} key).
 */
public record CodeBlockStat(int chars, int words, int lines, String lang) {

    public static CodeBlockStat fenced(int chars, int words, int lines, String lang) {
        return new CodeBlockStat(chars, words, lines, Objects.requireNonNull(lang, "lang"));
    }

    public static CodeBlockStat inline(int chars, int words) {
        return new CodeBlockStat(chars, words, 1, null);
    }

    public boolean isFenced() {
        return lang != null;
    }
}
