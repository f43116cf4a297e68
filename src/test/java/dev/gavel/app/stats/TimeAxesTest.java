package dev.gavel.app.stats;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

import dev.gavel.core.stats.Coverage;
import dev.gavel.core.stats.DateRange;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class TimeAxesTest {

    private final DateRange march = new DateRange(LocalDate.parse("2025-03-01"), LocalDate.parse("2025-03-03"), ZoneId.of("UTC"));

    @Test
    @DisplayName("unknown coverage (a database of the original bot): no shading, and a note saying coverage is unknown")
    void unknown() {
        assertThat(TimeAxes.dayShades(Coverage.unknown())).isEmpty();
        assertThat(TimeAxes.hourShades(Coverage.unknown(), march)).isEmpty();
        assertThat(TimeAxes.coverageNote(Coverage.unknown())).startsWith("Coverage unknown: this store holds no recorder sessions");
    }

    @Test
    @DisplayName("days missing part of their coverage are shaded by the share missed; nearly whole days are not")
    void days() {
        Coverage coverage = new Coverage(true, List.of(new Coverage.Gap(Instant.parse("2025-03-02T00:00:00Z"),
                Instant.parse("2025-03-02T12:00:00Z"))), List.of(new Coverage.Day(LocalDate.parse("2025-03-01"), 1.0),
                new Coverage.Day(LocalDate.parse("2025-03-02"), 0.5), new Coverage.Day(LocalDate.parse("2025-03-03"), 0.995)));
        long second = LocalDate.parse("2025-03-02").toEpochDay();
        assertThat(TimeAxes.dayShades(coverage)).containsExactly(new ShadedLineChart.Shade(second - 0.5, second + 0.5, 0.5));
        assertThat(TimeAxes.hourShades(coverage, march)).containsExactly(new ShadedLineChart.Shade(24, 36, 1));
        assertThat(TimeAxes.coverageNote(coverage)).startsWith("Shaded: no recorder was connected");
        assertThat(TimeAxes.coverageNote(new Coverage(true, List.of(), List.of()))).isEqualTo("A recorder was connected throughout the range.");
    }
}
