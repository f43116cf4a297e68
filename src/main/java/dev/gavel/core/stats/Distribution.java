package dev.gavel.core.stats;

import java.util.Arrays;
import java.util.List;

/**
 * How one metric is spread over a cohort (METRICS.md §2.4): quantiles, mean, population standard
 * deviation, minimum and maximum.
 */
public record Distribution(int count, double p10, double p25, double p50, double p75, double p90, double p95, double p99,
                           double mean, double standardDeviation, double min, double max) {

    /** The percents reported, in order. */
    public static final List<Integer> PERCENTS = List.of(10, 25, 50, 75, 90, 95, 99);

    public static Distribution of(double[] values) {
        if (values.length == 0) {
            throw new IllegalArgumentException("a distribution needs at least one value");
        }
        double[] x = values.clone();
        Arrays.sort(x);
        double mean = Arrays.stream(x).sum() / x.length;
        double squares = Arrays.stream(x).map(v -> (v - mean) * (v - mean)).sum();
        return new Distribution(x.length, quantile(x, 10), quantile(x, 25), quantile(x, 50), quantile(x, 75),
                quantile(x, 90), quantile(x, 95), quantile(x, 99), mean, Math.sqrt(squares / x.length), x[0], x[x.length - 1]);
    }

    /**
     * The quantile at {@code percent}/100 of ascending {@code sorted} values x[0..n−1], with
     * k = n·p: k not whole → x[⌈k⌉−1]; k whole and n even → (x[k−1] + x[k]) / 2; k whole and n odd
     * → x[k]; p = 0 → x[0]; p = 1 → x[n−1]. k is computed exactly (n·percent/100 in integers).
     */
    public static double quantile(double[] sorted, int percent) {
        if (sorted.length == 0) {
            throw new IllegalArgumentException("a quantile needs at least one value");
        }
        if (percent < 0 || percent > 100) {
            throw new IllegalArgumentException("percent " + percent + " is not between 0 and 100");
        }
        int n = sorted.length;
        if (percent == 0) {
            return sorted[0];
        }
        if (percent == 100) {
            return sorted[n - 1];
        }
        long hundredK = (long) n * percent;
        if (hundredK % 100 != 0) {
            int ceilK = Math.toIntExact(Math.floorDiv(hundredK + 99, 100));
            return sorted[ceilK - 1];
        }
        int k = Math.toIntExact(hundredK / 100);
        return n % 2 == 0 ? (sorted[k - 1] + sorted[k]) / 2 : sorted[k];
    }
}
