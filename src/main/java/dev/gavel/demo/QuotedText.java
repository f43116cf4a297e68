package dev.gavel.demo;

import java.util.List;

import dev.gavel.core.metrics.MessageMetrics;
import dev.gavel.core.metrics.MessageMetricsCalculator;

/**
 * The counts of a message whose text the demo knows (what a tracked member wrote, quoted into
 * their thread), measured as the recorder measures messages, so that its {@code message_stats}
 * row agrees with the quote.
 */
record QuotedText(String text, int words, int chars, List<String> urls) {

    static QuotedText of(String text, MessageMetricsCalculator calculator) {
        MessageMetrics metrics = calculator.measure(text);
        return new QuotedText(text, metrics.wordCount(), metrics.charCount(), metrics.links());
    }
}
