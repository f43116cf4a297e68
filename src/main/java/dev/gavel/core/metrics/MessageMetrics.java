package dev.gavel.core.metrics;

import java.util.List;

import dev.gavel.core.model.MessageStat;

/**
 * The metrics of one message's content (METRICS.md §1): words and characters of its prose and
 * link labels, its code blocks and its link urls, both in the order they appear.
 */
public record MessageMetrics(int wordCount, int charCount, List<CodeBlockStat> codeBlocks, List<String> links) {

    public MessageMetrics {
        codeBlocks = List.copyOf(codeBlocks);
        links = List.copyOf(links);
    }

    /** {@code code_stats} as stored, e.g. {@code [{"chars":11,"words":2,"lines":1}]}. */
    public String codeStatsJson() {
        StringBuilder json = new StringBuilder(2 + 40 * codeBlocks.size()).append('[');
        for (int i = 0; i < codeBlocks.size(); i++) {
            CodeBlockStat block = codeBlocks.get(i);
            if (i > 0) {
                json.append(',');
            }
            json.append("{\"chars\":").append(block.chars())
                    .append(",\"words\":").append(block.words())
                    .append(",\"lines\":").append(block.lines());
            if (block.isFenced()) {
                json.append(",\"lang\":");
                JsJson.appendString(json, block.lang());
            }
            json.append('}');
        }
        return json.append(']').toString();
    }

    /** {@code link_stats} as stored, e.g. {@code ["https://a.com/x","https://b.com/y"]}. */
    public String linkStatsJson() {
        StringBuilder json = new StringBuilder(2 + 32 * links.size()).append('[');
        for (int i = 0; i < links.size(); i++) {
            if (i > 0) {
                json.append(',');
            }
            JsJson.appendString(json, links.get(i));
        }
        return json.append(']').toString();
    }

    /**
     * The {@code message_stats} row of a measured message.
     *
     * @param channelCategory the channel's parent category (for a thread: its parent channel or
     *                        forum), or null
     * @param recipientId     the author of the message this one replies to, or null
     * @param sentAt          creation time in epoch milliseconds
     * @param reactCount      total number of reactions on the message
     */
    public MessageStat toMessageStat(String messageId, String guildId, String channelId, String channelCategory,
            String authorId, String recipientId, long sentAt, int reactCount) {
        return new MessageStat(messageId, guildId, channelId, channelCategory, authorId, recipientId, sentAt,
                wordCount, charCount, reactCount, codeStatsJson(), linkStatsJson());
    }
}
