package dev.gavel.core.metrics;

import com.ibm.icu.text.BreakIterator;
import com.ibm.icu.util.ULocale;

/**
 * Counts words and characters as {@code Intl.Segmenter("en-us")} does: words are ICU word
 * segments whose rule status is word-like (numbers, letters, kana, ideographs: status >= 100),
 * characters are extended grapheme clusters. Holds ICU iterators, which are not thread-safe:
 * one instance per thread.
 */
final class TextCounter {

    private static final ULocale EN_US = ULocale.forLanguageTag("en-US");
    /** ICU's UBRK_WORD_NONE_LIMIT: statuses below it are spaces, punctuation, symbols, emoji. */
    private static final int FIRST_WORD_LIKE_STATUS = 100;

    private final BreakIterator words = BreakIterator.getWordInstance(EN_US);
    private final BreakIterator graphemes = BreakIterator.getCharacterInstance(EN_US);

    int words(String text) {
        if (text.isEmpty()) {
            return 0;
        }
        words.setText(text);
        int count = 0;
        for (int end = words.next(); end != BreakIterator.DONE; end = words.next()) {
            if (words.getRuleStatus() >= FIRST_WORD_LIKE_STATUS) {
                count++;
            }
        }
        return count;
    }

    int chars(String text) {
        if (text.isEmpty()) {
            return 0;
        }
        graphemes.setText(text);
        int count = 0;
        while (graphemes.next() != BreakIterator.DONE) {
            count++;
        }
        return count;
    }
}
