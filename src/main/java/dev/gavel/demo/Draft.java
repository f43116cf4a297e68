package dev.gavel.demo;

import java.util.Comparator;

import dev.gavel.core.model.MessageStat;
import dev.gavel.demo.MessageShapes.Shape;

/**
 * A message on its way to {@code message_stats}. Its id is given when the message stream puts
 * the hour's messages in order (ids grow with time); until then it is 0.
 */
final class Draft {

    /** By time, then in the order the drafts were made. */
    static final Comparator<Draft> IN_ORDER = Comparator.comparingLong((Draft d) -> d.time).thenComparingLong(d -> d.order);

    long time;
    final long order;
    final DemoMember author;
    final ChannelSpec channel;
    final String recipientId;
    final Shape shape;
    /** False for a message deleted before anyone could see it in the store (spam): it has an id, but no row. */
    boolean recorded = true;
    long id;

    Draft(long time, long order, DemoMember author, ChannelSpec channel, String recipientId, Shape shape) {
        this.time = time;
        this.order = order;
        this.author = author;
        this.channel = channel;
        this.recipientId = recipientId;
        this.shape = shape;
    }

    String idText() {
        if (id == 0) {
            throw new IllegalStateException("The message at " + time + " has no id yet");
        }
        return Long.toString(id);
    }

    MessageStat row(String guildId) {
        return new MessageStat(idText(), guildId, channel.id, channel.category, author.id, recipientId, time, shape.words(),
                shape.chars(), shape.reactions(), shape.codeStats(), shape.linkStats());
    }
}
