package dev.gavel.app.stats;

import java.util.Comparator;

import dev.gavel.core.stats.TopReport.Participant;

/** The columns of the top participants table, each with how it sorts. */
public enum TopColumn {
    NAME("Name", Comparator.comparing(Participant::name, String.CASE_INSENSITIVE_ORDER)),
    MESSAGES("Messages", Comparator.comparingLong(Participant::messages)),
    WORDS("Words", Comparator.comparingLong(Participant::words)),
    REACTIONS("Reactions", Comparator.comparingLong(Participant::reactions)),
    CHANNELS("Channels", Comparator.comparingLong(Participant::channels)),
    CATEGORIES("Categories", Comparator.comparingLong(Participant::categories)),
    WORD_SCORE("Word score", Comparator.comparingInt(Participant::wordScore)),
    MESSAGE_SCORE("Message score", Comparator.comparingInt(Participant::messageScore)),
    CHANNEL_SCORE("Channel score", Comparator.comparingInt(Participant::channelScore)),
    CONSISTENCY_SCORE("Consistency score", Comparator.comparingInt(Participant::consistencyScore)),
    ZERO_DAYS("% zero days", Comparator.comparingDouble(Participant::percentZeroDays));

    private final String title;
    private final Comparator<Participant> order;

    TopColumn(String title, Comparator<Participant> order) {
        this.title = title;
        this.order = order;
    }

    public String title() {
        return title;
    }

    Comparator<Participant> ascending() {
        return order;
    }
}
