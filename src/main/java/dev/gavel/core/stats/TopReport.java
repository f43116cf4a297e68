package dev.gavel.core.stats;

import java.time.LocalDate;
import java.util.List;

/**
 * Top participants (METRICS.md §2.2): authors with at least {@code topMinMessages} messages or
 * {@code topMinWords} words, by messages (then words, then id), at most {@code topLimit}.
 */
public record TopReport(StatsRequest request, List<Participant> participants) {

    public TopReport {
        participants = List.copyOf(participants);
    }

    /** {@code percentZeroDays} is a fraction from 0 to 1; {@code days} is zero-filled. */
    public record Participant(String authorId, String name, long messages, long words, long reactions, long channels,
                              long categories, int wordScore, int messageScore, int channelScore, int consistencyScore,
                              double percentZeroDays, List<Day> days) {

        public Participant {
            days = List.copyOf(days);
        }
    }

    public record Day(LocalDate date, long messages, long words, long channels, long categories) {
    }
}
