package dev.gavel.recording;

/**
 * A message as Discord showed it, copied out of the client's objects: what the recorder needs to
 * measure it and write its {@code message_stats} row. Only messages that are recorded (METRICS.md
 * §1.3: humans, in the channels that carry messages) are turned into one.
 *
 * @param channelCategory     the parent category's name; for a thread its parent channel's or forum's
 *                            name; null for none
 * @param content             the raw markdown; empty for an attachment-, sticker- or embed-only message
 * @param sentAtMillis        creation time from the id, epoch milliseconds
 * @param reactCount          the total of the message's reactions as Discord reported it
 * @param referencedMessageId the message this one replies to, or null
 * @param referencedAuthorId  that message's author when Discord sent it along, else null (the
 *                            recorder then looks the author up among the recorded messages)
 */
public record SeenMessage(
        long messageId,
        long guildId,
        long channelId,
        String channelCategory,
        long authorId,
        String content,
        long sentAtMillis,
        int reactCount,
        Long referencedMessageId,
        Long referencedAuthorId) {

    public SeenMessage {
        content = content == null ? "" : content;
    }
}
