package dev.gavel.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import dev.gavel.core.metrics.MessageMetricsCalculator;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class QuotedTextTest {

    @Test
    @DisplayName("every sentence the tracked members write has words, and its urls become links")
    void vocabularyIsCountable() {
        for (List<String> texts : List.of(Vocabulary.SPAM, Vocabulary.RUDE, Vocabulary.PROMO, Vocabulary.HOMEWORK)) {
            for (String text : texts) {
                QuotedText quote = QuotedText.of(text, new MessageMetricsCalculator());
                assertThat(quote.words()).as(text).isPositive();
                assertThat(quote.chars()).as(text).isGreaterThan(quote.words());
                quote.urls().forEach(url -> assertThat(text).contains(url));
            }
        }
    }
}
