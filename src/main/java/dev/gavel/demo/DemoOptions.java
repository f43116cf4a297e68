package dev.gavel.demo;

import java.time.LocalDate;

/**
 * What demo guild to make. The same options always give the same rows, byte for byte, on any
 * machine and at any time: the timeline ends on {@code lastDay} (UTC), which defaults to the
 * fixed date {@link #DEFAULT_LAST_DAY}, never to today unless a caller passes today on purpose.
 *
 * @param seed     chooses everything random: names, activity, incidents
 * @param days     length of the timeline in days, ending with {@code lastDay}
 * @param members  people in the guild (a few bots come on top)
 * @param messages messages recorded over the timeline (exactly this many rows of {@code message_stats})
 * @param lastDay  the last day of the timeline, UTC
 */
public record DemoOptions(long seed, int days, int members, long messages, LocalDate lastDay) {

    public static final long DEFAULT_SEED = 1;
    public static final int DEFAULT_DAYS = 180;
    public static final int DEFAULT_MEMBERS = 400;
    public static final long DEFAULT_MESSAGES = 200_000;
    /** The default last day, as text for help texts (annotations need constants). */
    public static final String DEFAULT_LAST_DAY_TEXT = "2025-06-30";
    public static final LocalDate DEFAULT_LAST_DAY = LocalDate.parse(DEFAULT_LAST_DAY_TEXT);

    public static final int MIN_DAYS = 7;
    public static final int MAX_DAYS = 3_650;
    public static final int MIN_MEMBERS = 10;
    public static final int MAX_MEMBERS = 200_000;
    public static final long MAX_MESSAGES = 50_000_000;
    /** When members are not given: one per this many messages, so that big stores do not have absurd posters. */
    public static final long MESSAGES_PER_DEFAULT_MEMBER = 500;
    private static final LocalDate FIRST_POSSIBLE_DAY = LocalDate.of(2016, 1, 1);
    private static final LocalDate LAST_POSSIBLE_DAY = LocalDate.of(2080, 12, 31);

    /** @throws IllegalArgumentException with a sentence naming the option that is out of range */
    public DemoOptions {
        if (days < MIN_DAYS || days > MAX_DAYS) {
            throw new IllegalArgumentException("days must be between " + MIN_DAYS + " and " + MAX_DAYS + ", not " + days + ".");
        }
        if (members < MIN_MEMBERS || members > MAX_MEMBERS) {
            throw new IllegalArgumentException("members must be between " + MIN_MEMBERS + " and " + MAX_MEMBERS + ", not "
                    + members + ".");
        }
        if (messages < 0 || messages > MAX_MESSAGES) {
            throw new IllegalArgumentException("messages must be between 0 and " + MAX_MESSAGES + ", not " + messages + ".");
        }
        if (lastDay == null) {
            throw new IllegalArgumentException("the last day of the timeline is missing.");
        }
        if (lastDay.minusDays(days - 1L).isBefore(FIRST_POSSIBLE_DAY) || lastDay.isAfter(LAST_POSSIBLE_DAY)) {
            throw new IllegalArgumentException("the timeline must lie between " + FIRST_POSSIBLE_DAY + " and "
                    + LAST_POSSIBLE_DAY + ", but " + days + " days ending " + lastDay + " do not.");
        }
    }

    /** The members to make when none are asked for: {@value #DEFAULT_MEMBERS}, or more for many messages. */
    public static int defaultMembers(long messages) {
        return (int) Math.min(MAX_MEMBERS, Math.max(DEFAULT_MEMBERS, messages / MESSAGES_PER_DEFAULT_MEMBER));
    }

    public LocalDate firstDay() {
        return lastDay.minusDays(days - 1L);
    }
}
