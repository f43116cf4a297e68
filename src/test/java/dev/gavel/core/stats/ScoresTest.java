package dev.gavel.core.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ScoresTest {

    @ParameterizedTest(name = "{0} words → {1}")
    @CsvSource({"0,0", "1999,0", "2000,1", "4999,1", "5000,2", "7499,2", "7500,3", "19999,3", "20000,4", "1000000,4"})
    @DisplayName("wordScore: each band starts at its lower bound (2000, 5000, 7500, 20000)")
    void wordScore(long words, int score) {
        assertThat(Scores.wordScore(words)).isEqualTo(score);
    }

    @ParameterizedTest(name = "{0} messages → {1}")
    @CsvSource({"0,0", "149,0", "150,1", "349,1", "350,2", "799,2", "800,3", "1499,3", "1500,4", "99999,4"})
    @DisplayName("messageScore: each band starts at its lower bound (150, 350, 800, 1500)")
    void messageScore(long messages, int score) {
        assertThat(Scores.messageScore(messages)).isEqualTo(score);
    }

    @ParameterizedTest(name = "{0} channels → {1}")
    @CsvSource({"0,0", "2,0", "3,1", "6,1", "7,2", "8,2", "9,3", "50,3"})
    @DisplayName("channelScore: each band starts at its lower bound (3, 7, 9)")
    void channelScore(long channels, int score) {
        assertThat(Scores.channelScore(channels)).isEqualTo(score);
    }

    @Test
    @DisplayName("consistencyScore: sorted daily category counts, element at ⌊n/2⌋, zero days included")
    void consistencyScore() {
        // n = 5: sorted [0, 0, 1, 2, 3], index 2 → 1
        assertThat(Scores.consistencyScore(List.of(3L, 0L, 2L, 0L, 1L))).isEqualTo(1);
        // n = 4: sorted [0, 1, 2, 2], index 2 → 2 (the upper middle, not a mean)
        assertThat(Scores.consistencyScore(List.of(2L, 0L, 2L, 1L))).isEqualTo(2);
        // n = 1
        assertThat(Scores.consistencyScore(List.of(4L))).isEqualTo(4);
        // mostly zero days → 0
        assertThat(Scores.consistencyScore(List.of(0L, 0L, 5L))).isZero();
    }

    @Test
    @DisplayName("percentZeroDays is a fraction from 0 to 1")
    void percentZeroDays() {
        assertThat(Scores.percentZeroDays(0, 7)).isZero();
        assertThat(Scores.percentZeroDays(7, 7)).isEqualTo(1.0);
        assertThat(Scores.percentZeroDays(1, 3)).isCloseTo(0.3333, within(0.0001));
    }
}
