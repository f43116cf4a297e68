package dev.gavel.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class DemoPartsTest {

    @Test
    @DisplayName("the largest-remainder split gives exactly the total, in proportion, and nothing to zero weights")
    void allocateSplitsExactly() {
        long[] shares = MessageStream.allocate(1_001, new double[] {1, 0, 2, 0.5, 3});
        assertThat(Arrays.stream(shares).sum()).isEqualTo(1_001);
        assertThat(shares[1]).isZero();
        assertThat(shares).containsExactly(154, 0, 308, 77, 462);
        assertThat(MessageStream.allocate(0, new double[] {0, 0})).containsExactly(0, 0);
    }

    @Test
    @DisplayName("coverage: sessions follow each other with short restarts, and a nine-hour and a two-day outage")
    void coverageHasTheOutages() {
        Timeline timeline = new Timeline(new DemoOptions(5, 60, 50, 1000, DemoOptions.DEFAULT_LAST_DAY));
        Coverage coverage = Coverage.plan(timeline, 5);
        assertThat(coverage.sessions.get(0).start()).isEqualTo(timeline.startMs);
        assertThat(coverage.sessions.get(coverage.sessions.size() - 1).end()).isEqualTo(timeline.endMs);
        assertThat(coverage.outages).hasSize(2);
        assertThat(coverage.outages.get(0).end() - coverage.outages.get(0).start())
                .isBetween(9 * Timeline.HOUR, 10 * Timeline.HOUR);
        assertThat(coverage.outages.get(1).end() - coverage.outages.get(1).start())
                .isBetween(2 * Timeline.DAY, 2 * Timeline.DAY + 5 * Timeline.HOUR);
        for (int i = 1; i < coverage.sessions.size(); i++) {
            long gap = coverage.sessions.get(i).start() - coverage.sessions.get(i - 1).end();
            assertThat(gap).isPositive();
        }
        Coverage.Outage nine = coverage.outages.get(0);
        assertThat(coverage.covered(nine.start())).isFalse();
        assertThat(coverage.covered(nine.start() - 1)).isTrue();
        assertThat(coverage.nextCovered(nine.start())).isEqualTo(nine.end());
        long[] pieces = new long[8];
        long hour = nine.start() - nine.start() % Timeline.HOUR;
        assertThat(coverage.pieces(hour, hour + Timeline.HOUR, pieces)).isEqualTo(1);
        assertThat(pieces[0]).isEqualTo(hour);
        assertThat(pieces[1]).isEqualTo(nine.start());
        assertThat(coverage.fraction(nine.start(), nine.start() + Timeline.HOUR)).isZero();
    }

    @Test
    @DisplayName("the same seed draws the same numbers; another stream draws others")
    void randomIsSeeded() {
        DemoRandom a = DemoRandom.of(42, "x", 3);
        DemoRandom b = DemoRandom.of(42, "x", 3);
        DemoRandom c = DemoRandom.of(42, "y", 3);
        double[] first = {a.gaussian(), a.logNormal(5, 1), a.pareto(1.5), a.exponential(3), a.poisson(2)};
        double[] second = {b.gaussian(), b.logNormal(5, 1), b.pareto(1.5), b.exponential(3), b.poisson(2)};
        assertThat(first).containsExactly(second);
        assertThat(c.nextDouble()).isNotEqualTo(DemoRandom.of(42, "x", 3).nextDouble());
    }
}
