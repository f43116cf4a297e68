package dev.gavel.core.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class DistributionTest {

    private static final double[] TEN = {1, 2, 3, 4, 5, 6, 7, 8, 9, 10};
    private static final double[] FIVE = {10, 20, 30, 40, 50};

    @Test
    @DisplayName("k not whole → x[⌈k⌉−1]")
    void nonIntegerK() {
        // n = 10, p = 0.25: k = 2.5 → x[2] = 3
        assertThat(Distribution.quantile(TEN, 25)).isEqualTo(3);
        // n = 10, p = 0.95: k = 9.5 → x[9] = 10
        assertThat(Distribution.quantile(TEN, 95)).isEqualTo(10);
        // n = 10, p = 0.99: k = 9.9 → x[9] = 10
        assertThat(Distribution.quantile(TEN, 99)).isEqualTo(10);
        // n = 5, p = 0.5: k = 2.5 → x[2] = 30
        assertThat(Distribution.quantile(FIVE, 50)).isEqualTo(30);
        // n = 5, p = 0.1: k = 0.5 → x[0] = 10
        assertThat(Distribution.quantile(FIVE, 10)).isEqualTo(10);
    }

    @Test
    @DisplayName("k whole and n even → mean of x[k−1] and x[k]")
    void integerKEvenN() {
        // n = 10, p = 0.5: k = 5 → (x[4] + x[5]) / 2 = (5 + 6) / 2
        assertThat(Distribution.quantile(TEN, 50)).isEqualTo(5.5);
        // n = 10, p = 0.1: k = 1 → (x[0] + x[1]) / 2 = 1.5
        assertThat(Distribution.quantile(TEN, 10)).isEqualTo(1.5);
        // n = 10, p = 0.9: k = 9 → (x[8] + x[9]) / 2 = 9.5
        assertThat(Distribution.quantile(TEN, 90)).isEqualTo(9.5);
        // n = 4, p = 0.75: k = 3 → (x[2] + x[3]) / 2
        assertThat(Distribution.quantile(new double[] {1, 2, 4, 8}, 75)).isEqualTo(6);
    }

    @Test
    @DisplayName("k whole and n odd → x[k]")
    void integerKOddN() {
        // n = 5, p = 0.2 (k = 1) is not one of the reported percents, but the rule is general
        assertThat(Distribution.quantile(FIVE, 20)).isEqualTo(20);
        // n = 5, p = 0.6: k = 3 → x[3] = 40
        assertThat(Distribution.quantile(FIVE, 60)).isEqualTo(40);
        // n = 25, p = 0.75: k = 18.75 (not whole); p = 0.52 → k = 13 → x[13]
        double[] twentyFive = new double[25];
        for (int i = 0; i < 25; i++) {
            twentyFive[i] = i * 2;
        }
        assertThat(Distribution.quantile(twentyFive, 52)).isEqualTo(26);
        assertThat(Distribution.quantile(twentyFive, 75)).isEqualTo(36); // ⌈18.75⌉ − 1 = 18 → 36
    }

    @Test
    @DisplayName("p = 0 → x[0], p = 1 → x[n−1]; one value is every quantile")
    void bounds() {
        assertThat(Distribution.quantile(FIVE, 0)).isEqualTo(10);
        assertThat(Distribution.quantile(FIVE, 100)).isEqualTo(50);
        double[] one = {7};
        for (int percent : Distribution.PERCENTS) {
            assertThat(Distribution.quantile(one, percent)).isEqualTo(7);
        }
        assertThatThrownBy(() -> Distribution.quantile(new double[0], 50)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    @DisplayName("k is exact: 20 × 0.95 is the whole number 19, not 18.999…")
    void exactK() {
        double[] twenty = new double[20];
        for (int i = 0; i < 20; i++) {
            twenty[i] = i;
        }
        // k = 19, n even → (x[18] + x[19]) / 2 = 18.5
        assertThat(Distribution.quantile(twenty, 95)).isEqualTo(18.5);
    }

    @Test
    @DisplayName("of(): quantiles of the sorted values, mean, population sd, min, max")
    void of() {
        // values {2, 4, 4, 4, 5, 5, 7, 9}: mean 5, population variance 4 → sd 2
        Distribution d = Distribution.of(new double[] {9, 4, 2, 5, 4, 7, 4, 5});
        assertThat(d.count()).isEqualTo(8);
        assertThat(d.mean()).isEqualTo(5);
        assertThat(d.standardDeviation()).isEqualTo(2);
        assertThat(d.min()).isEqualTo(2);
        assertThat(d.max()).isEqualTo(9);
        // n = 8: p10 k = 0.8 → x[0] = 2; p25 k = 2 → (x[1] + x[2]) / 2 = 4; p50 k = 4 → (x[3] + x[4]) / 2 = 4.5;
        // p75 k = 6 → (x[5] + x[6]) / 2 = 6; p90 k = 7.2 → x[7] = 9; p95 k = 7.6 → 9; p99 k = 7.92 → 9
        assertThat(d.p10()).isEqualTo(2);
        assertThat(d.p25()).isEqualTo(4);
        assertThat(d.p50()).isEqualTo(4.5);
        assertThat(d.p75()).isEqualTo(6);
        assertThat(d.p90()).isEqualTo(9);
        assertThat(d.p95()).isEqualTo(9);
        assertThat(d.p99()).isEqualTo(9);
        assertThat(Distribution.of(new double[] {1, 2}).standardDeviation()).isCloseTo(0.5, within(1e-12));
    }
}
