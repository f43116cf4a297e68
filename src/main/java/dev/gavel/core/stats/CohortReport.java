package dev.gavel.core.stats;

import java.util.List;

/**
 * Cohort benchmarks (METRICS.md §2.4). The cohort is the authors with at least {@code minMessages}
 * messages in the range, in every channel (the request's channel filter does not apply). The code
 * languages are those of every message in the range: the rollups do not keep languages per author.
 * {@code member} is null unless a member was asked for and the cohort is not empty.
 */
public record CohortReport(StatsRequest request, int minMessages, List<Author> authors, List<MetricDistribution> distributions,
                           List<CodeLanguage> codeLanguages, MemberComparison member) {

    public CohortReport {
        authors = List.copyOf(authors);
        distributions = List.copyOf(distributions);
        codeLanguages = List.copyOf(codeLanguages);
    }

    public Distribution distribution(CohortMetric metric) {
        return distributions.stream().filter(d -> d.metric() == metric).findFirst()
                .map(MetricDistribution::distribution).orElseThrow();
    }

    /**
     * One author's metrics over the range; {@code consistency} = active days ÷ days × 100, the
     * current streak is the run of active days that ends on the range's last day.
     */
    public record Author(String authorId, String name, long messages, long words, long reactions, long codeChars,
                         long codeLines, int longestStreak, int currentStreak, int activeDays, double consistency) {

        public double value(CohortMetric metric) {
            return switch (metric) {
                case MESSAGES -> messages;
                case WORDS -> words;
                case REACTIONS -> reactions;
                case CODE_CHARS -> codeChars;
                case CODE_LINES -> codeLines;
                case LONGEST_STREAK -> longestStreak;
                case CURRENT_STREAK -> currentStreak;
                case CONSISTENCY -> consistency;
            };
        }
    }

    public record MetricDistribution(CohortMetric metric, Distribution distribution) {
    }

    public record MetricStanding(CohortMetric metric, double value, double percentile, int rank) {
    }

    /**
     * A member against the cohort: a percentile and rank per metric; {@code overall} is the mean of
     * the message, word, reaction and longest-streak percentiles, and {@code band} follows from it.
     */
    public record MemberComparison(Author author, boolean inCohort, List<MetricStanding> standings, double overall, Band band) {

        public MemberComparison {
            standings = List.copyOf(standings);
        }

        public MetricStanding standing(CohortMetric metric) {
            return standings.stream().filter(s -> s.metric() == metric).findFirst().orElseThrow();
        }
    }
}
