package dev.gavel.core.stats;

/** Runs of active days (days with more than 0 messages) over a range's days, in order. */
public record Streaks(int longest, int current, int activeDays) {

    public static Streaks of(boolean[] activeByDay) {
        int longest = 0;
        int run = 0;
        int active = 0;
        for (boolean isActive : activeByDay) {
            if (isActive) {
                run++;
                active++;
                longest = Math.max(longest, run);
            } else {
                run = 0;
            }
        }
        return new Streaks(longest, run, active);
    }
}
