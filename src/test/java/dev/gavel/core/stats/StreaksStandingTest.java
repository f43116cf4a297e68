package dev.gavel.core.stats;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class StreaksStandingTest {

    @Test
    @DisplayName("streaks: the longest run, and the run that ends on the last day")
    void streaks() {
        // days: X X . X X X . X X  → longest 3, current 2, active 7
        Streaks streaks = Streaks.of(new boolean[] {true, true, false, true, true, true, false, true, true});
        assertThat(streaks).isEqualTo(new Streaks(3, 2, 7));
        // last day quiet → current 0
        assertThat(Streaks.of(new boolean[] {true, true, false})).isEqualTo(new Streaks(2, 0, 2));
        assertThat(Streaks.of(new boolean[] {false, false})).isEqualTo(new Streaks(0, 0, 0));
        assertThat(Streaks.of(new boolean[] {true, true, true})).isEqualTo(new Streaks(3, 3, 3));
    }

    @Test
    @DisplayName("standing: percentile = share of values ≤ the member's × 100, rank = 1 + values strictly greater")
    void standing() {
        double[] cohort = {10, 20, 20, 30, 40};
        // ≤ 20: 10, 20, 20 → 3/5 = 60 %; greater: 30, 40 → rank 3
        assertThat(Standing.of(20, cohort)).isEqualTo(new Standing(20, 60, 3));
        // below everyone: 0 %, rank 6
        assertThat(Standing.of(5, cohort)).isEqualTo(new Standing(5, 0, 6));
        // the top: 100 %, rank 1
        assertThat(Standing.of(40, cohort)).isEqualTo(new Standing(40, 100, 1));
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource({"100,top", "90,top", "89.99,above_average", "70,above_average", "69.9,average", "30,average",
            "29.9,below_average", "10,below_average", "9.99,bottom", "0,bottom"})
    @DisplayName("overall band edges: top ≥ 90, above_average ≥ 70, average ≥ 30, below_average ≥ 10, else bottom")
    void bands(double overall, String label) {
        assertThat(Band.of(overall).label()).isEqualTo(label);
    }
}
