package dev.gavel.demo;

import java.util.List;
import java.util.SplittableRandom;

/**
 * Randomness that gives the same numbers for the same seed on every machine and Java version:
 * {@link SplittableRandom}'s algorithm is specified, and every transcendental function goes
 * through {@link StrictMath}. Each part of the demo draws from its own stream (named, and
 * numbered where there are many), so changing how one part draws leaves the others as they were.
 */
final class DemoRandom {

    private final SplittableRandom random;

    private DemoRandom(long seed) {
        this.random = new SplittableRandom(seed);
    }

    static DemoRandom of(long seed, String stream, long index) {
        long mixed = mix(seed ^ 0x9E3779B97F4A7C15L);
        mixed = mix(mixed + stream.hashCode());
        return new DemoRandom(mix(mixed + index * 0xBF58476D1CE4E5B9L));
    }

    static DemoRandom of(long seed, String stream) {
        return of(seed, stream, 0);
    }

    /** SplitMix64's finalizer: spreads nearby inputs over the whole range. */
    private static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }

    /** Uniform in [0, 1). */
    double nextDouble() {
        return random.nextDouble();
    }

    double uniform(double from, double to) {
        return from + (to - from) * random.nextDouble();
    }

    /** Uniform in [0, bound). */
    int nextInt(int bound) {
        return random.nextInt(bound);
    }

    /** Uniform in [from, to). */
    int nextInt(int from, int to) {
        return random.nextInt(from, to);
    }

    /** Uniform in [from, to). */
    long nextLong(long from, long to) {
        return random.nextLong(from, to);
    }

    boolean chance(double probability) {
        return random.nextDouble() < probability;
    }

    /** Standard normal, by Box-Muller (no cached second value, so each call draws exactly two numbers). */
    double gaussian() {
        double u = 1.0 - random.nextDouble();
        double v = random.nextDouble();
        return StrictMath.sqrt(-2.0 * StrictMath.log(u)) * StrictMath.cos(2.0 * StrictMath.PI * v);
    }

    /** Log-normal with the given median and spread (sigma of the logarithm). */
    double logNormal(double median, double sigma) {
        return median * StrictMath.exp(sigma * gaussian());
    }

    double exponential(double mean) {
        return -mean * StrictMath.log(1.0 - random.nextDouble());
    }

    /** Pareto with minimum 1: heavy-tailed, the smaller {@code alpha} the heavier. */
    double pareto(double alpha) {
        return StrictMath.pow(1.0 - random.nextDouble(), -1.0 / alpha);
    }

    /** Poisson by counting exponential gaps (Knuth); for the small means the demo uses. */
    int poisson(double mean) {
        double limit = StrictMath.exp(-mean);
        double product = random.nextDouble();
        int count = 0;
        while (product > limit) {
            product *= random.nextDouble();
            count++;
        }
        return count;
    }

    <T> T pick(List<T> items) {
        return items.get(random.nextInt(items.size()));
    }

    <T> T pick(T[] items) {
        return items[random.nextInt(items.length)];
    }

    /** An index drawn with the weights whose running sums are {@code cumulative} (the last is the total). */
    int weighted(double[] cumulative, int size) {
        double target = random.nextDouble() * cumulative[size - 1];
        int low = 0;
        int high = size - 1;
        while (low < high) {
            int middle = (low + high) >>> 1;
            if (cumulative[middle] > target) {
                high = middle;
            } else {
                low = middle + 1;
            }
        }
        return low;
    }

    int weighted(double[] cumulative) {
        return weighted(cumulative, cumulative.length);
    }

    long nextLong() {
        return random.nextLong();
    }
}
