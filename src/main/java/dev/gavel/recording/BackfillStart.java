package dev.gavel.recording;

/** Where a channel's backfill starts: the history after {@code afterId} is fetched and recorded. */
public record BackfillStart(long guildId, long channelId, long afterId) {
}
