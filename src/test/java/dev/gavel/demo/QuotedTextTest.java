package dev.gavel.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class QuotedTextTest {

    @Test
    @DisplayName("quoted text is counted as METRICS.md counts messages")
    void countsLikeTheMetrics() {
        assertThat(QuotedText.of("hello world")).extracting(QuotedText::words, QuotedText::chars).containsExactly(2, 11);
        assertThat(QuotedText.of("Hello, world! How's it going? 👍🏽 🎉")).extracting(QuotedText::words, QuotedText::chars)
                .containsExactly(5, 33);
        assertThat(QuotedText.of("don't can't e-mail foo_bar 3.14 日本語のテキスト"))
                .extracting(QuotedText::words, QuotedText::chars).containsExactly(9, 40);
        QuotedText links = QuotedText.of("see <https://a.com/x> and https://b.com/y)");
        assertThat(links).extracting(QuotedText::words, QuotedText::chars).containsExactly(2, 12);
        assertThat(links.urls()).containsExactly("https://a.com/x", "https://b.com/y");
    }

    @Test
    @DisplayName("every sentence the tracked members write has words, and its urls become links")
    void vocabularyIsCountable() {
        for (List<String> texts : List.of(Vocabulary.SPAM, Vocabulary.RUDE, Vocabulary.PROMO, Vocabulary.HOMEWORK)) {
            for (String text : texts) {
                QuotedText quote = QuotedText.of(text);
                assertThat(quote.words()).as(text).isPositive();
                assertThat(quote.chars()).as(text).isGreaterThan(quote.words());
                quote.urls().forEach(url -> assertThat(text).contains(url));
            }
        }
    }
}
