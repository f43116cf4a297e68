package dev.gavel.discord;

/**
 * How far the backfill of the current connection is.
 *
 * @param channelsDone    channels whose history was filled up to the present (or given up on)
 * @param channelsTotal   channels to fill so far (grows when a guild becomes ready or is joined)
 * @param messagesFetched messages read from the channels' histories, recorded or not
 * @param running         channels are still being filled
 * @param cancelled       the backfill was cancelled; the next connect resumes where it stopped
 */
public record BackfillProgress(int channelsDone, int channelsTotal, long messagesFetched, boolean running,
        boolean cancelled) {

    public static final BackfillProgress NONE = new BackfillProgress(0, 0, 0, false, false);
}
