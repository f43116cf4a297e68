package dev.gavel.core.stats;

/** One value against a cohort's values: percentile = share of values ≤ it × 100; rank = 1 + values strictly greater. */
public record Standing(double value, double percentile, int rank) {

    public static Standing of(double value, double[] cohortValues) {
        if (cohortValues.length == 0) {
            throw new IllegalArgumentException("a standing needs a cohort");
        }
        int notGreater = 0;
        int greater = 0;
        for (double other : cohortValues) {
            if (other <= value) {
                notGreater++;
            } else {
                greater++;
            }
        }
        return new Standing(value, notGreater * 100.0 / cohortValues.length, 1 + greater);
    }
}
