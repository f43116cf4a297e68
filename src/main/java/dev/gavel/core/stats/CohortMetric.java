package dev.gavel.core.stats;

import com.fasterxml.jackson.annotation.JsonValue;

/** The per-author metrics of the cohort benchmarks (METRICS.md §2.4). */
public enum CohortMetric {
    MESSAGES("messages"),
    WORDS("words"),
    REACTIONS("reactions"),
    CODE_CHARS("code_chars"),
    CODE_LINES("code_lines"),
    LONGEST_STREAK("longest_streak"),
    CURRENT_STREAK("current_streak"),
    CONSISTENCY("consistency");

    private final String label;

    CohortMetric(String label) {
        this.label = label;
    }

    @JsonValue
    public String label() {
        return label;
    }
}
