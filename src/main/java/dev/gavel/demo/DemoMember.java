package dev.gavel.demo;

import java.util.Arrays;

import dev.gavel.core.model.Member;

/** One person (or bot) of the demo guild and how they take part. */
final class DemoMember {

    enum Staff { NONE, HELPER, MODERATOR, ADMIN }

    /** A day index before the timeline: the member was there from the start. */
    static final int BEFORE_START = -1;
    /** A day index after the timeline: the member never goes quiet. */
    static final int NEVER = Integer.MAX_VALUE;

    final int index;
    /** Set once the member's join time is known: an account is made before its owner joins. */
    String id;
    final String username;
    final String displayName;
    final boolean bot;
    final int rank;
    Staff staff = Staff.NONE;
    /** Share of the conversation when present; heavy-tailed over the members. */
    double weight;
    /** Chance of being around on a given day. */
    double presence;
    int timeZoneGroup;
    /** First day with messages (or {@link #BEFORE_START}); the day they go quiet (or {@link #NEVER}). */
    int joinDay;
    int quietDay;
    ChannelSpec[] favourites = new ChannelSpec[0];
    double[] favouriteCumulative = new double[0];
    double verbosity = 1;
    double codeAffinity = 1;
    /** Times when the member cannot post (timeouts, bans, kicks): start/end pairs, or null. */
    private long[] silences;

    DemoMember(int index, String id, String username, String displayName, boolean bot, int rank) {
        this.index = index;
        this.id = id;
        this.username = username;
        this.displayName = displayName;
        this.bot = bot;
        this.rank = rank;
    }

    boolean isStaff() {
        return staff == Staff.MODERATOR || staff == Staff.ADMIN;
    }

    boolean activeOn(int day) {
        return day >= joinDay && day < quietDay;
    }

    void silence(long from, long to) {
        long[] grown = silences == null ? new long[2] : Arrays.copyOf(silences, silences.length + 2);
        grown[grown.length - 2] = from;
        grown[grown.length - 1] = to;
        silences = grown;
    }

    boolean canPostAt(long ms) {
        if (silences == null) {
            return true;
        }
        for (int i = 0; i < silences.length; i += 2) {
            if (ms >= silences[i] && ms < silences[i + 1]) {
                return false;
            }
        }
        return true;
    }

    /** True when a silence covers the whole of [from, to). */
    boolean silencedThroughout(long from, long to) {
        if (silences == null) {
            return false;
        }
        for (int i = 0; i < silences.length; i += 2) {
            if (silences[i] <= from && silences[i + 1] >= to) {
                return true;
            }
        }
        return false;
    }

    /** Discord's default avatars: one of six, chosen from the id as Discord does for new usernames. */
    String avatarUrl() {
        return "https://cdn.discordapp.com/embed/avatars/" + ((Long.parseLong(id) >> 22) % 6) + ".png";
    }

    Member row(String guildId) {
        return new Member(guildId, id, username, displayName, avatarUrl(), bot);
    }
}
