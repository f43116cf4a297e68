package dev.gavel.demo;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.ibm.icu.text.BreakIterator;
import com.ibm.icu.util.ULocale;

/**
 * The counts of a message whose text the demo knows (what a tracked member wrote, quoted into
 * their thread), so that its {@code message_stats} row agrees with the quote. Enough of
 * METRICS.md for the demo's own sentences, which hold plain text and bare urls only (no code, no
 * markdown links): urls become links, the text around them is counted with ICU as the metrics are.
 */
record QuotedText(String text, int words, int chars, List<String> urls) {

    private static final Pattern BARE_URL = Pattern.compile("https?://[^\\s>)]+");
    private static final int WORD_LIKE_STATUS = 100;

    static QuotedText of(String text) {
        List<String> urls = new ArrayList<>();
        List<String> blocks = new ArrayList<>();
        Matcher matcher = BARE_URL.matcher(text);
        int last = 0;
        while (matcher.find()) {
            blocks.add(text.substring(last, matcher.start()));
            urls.add(matcher.group());
            last = matcher.end();
        }
        blocks.add(text.substring(last));
        int words = 0;
        int chars = 0;
        for (String block : blocks) {
            words += words(block);
            chars += graphemes(block);
        }
        return new QuotedText(text, words, chars, List.copyOf(urls));
    }

    private static int words(String text) {
        BreakIterator iterator = BreakIterator.getWordInstance(ULocale.US);
        iterator.setText(text);
        int count = 0;
        iterator.first();
        while (iterator.next() != BreakIterator.DONE) {
            if (iterator.getRuleStatus() >= WORD_LIKE_STATUS) {
                count++;
            }
        }
        return count;
    }

    private static int graphemes(String text) {
        BreakIterator iterator = BreakIterator.getCharacterInstance(ULocale.US);
        iterator.setText(text);
        int count = 0;
        iterator.first();
        while (iterator.next() != BreakIterator.DONE) {
            count++;
        }
        return count;
    }
}
