package dev.gavel.recording;

import dev.gavel.core.model.ChannelInfo;
import dev.gavel.core.model.GuildProfile;
import dev.gavel.core.model.Member;
import dev.gavel.core.model.Role;
import java.util.List;
import java.util.concurrent.CompletableFuture;

/**
 * What the recorder is told, in the order it happened. The Discord runtime copies each of its
 * client's events into one of these on the client's thread and hands it over; everything else
 * (measuring, writing) happens on the recorder's own thread.
 */
public sealed interface RecordingEvent {

    /** Whether the event counts in "events recorded" (markers and plans do not). */
    default int recordedCount() {
        return 1;
    }

    /** A message was posted. */
    record MessagePosted(SeenMessage message) implements RecordingEvent {
    }

    /** A message was edited: every metric is recomputed from the new content, reactions from the message. */
    record MessageEdited(SeenMessage message) implements RecordingEvent {
    }

    record MessageDeleted(long channelId, long messageId) implements RecordingEvent {
    }

    record MessagesDeleted(long channelId, List<Long> messageIds) implements RecordingEvent {
        public MessagesDeleted {
            messageIds = List.copyOf(messageIds);
        }
    }

    record ReactionAdded(long channelId, long messageId) implements RecordingEvent {
    }

    record ReactionRemoved(long channelId, long messageId) implements RecordingEvent {
    }

    /** Every reaction was removed from a message. */
    record ReactionsCleared(long channelId, long messageId) implements RecordingEvent {
    }

    /** The true total of a message's reactions, read from Discord (after one emoji's reactions were removed). */
    record ReactionsCounted(long channelId, long messageId, int total) implements RecordingEvent {
    }

    /** A guild as the gateway described it (on connect or when the bot joins): profile, channels, roles, members known. */
    record GuildSeen(GuildProfile profile, List<ChannelInfo> channels, List<Role> roles, List<Member> members)
            implements RecordingEvent {
        public GuildSeen {
            channels = List.copyOf(channels);
            roles = List.copyOf(roles);
            members = List.copyOf(members);
        }
    }

    /** A guild's name or icon changed. */
    record GuildProfileSeen(GuildProfile profile) implements RecordingEvent {
    }

    /** The bot left or was removed from a guild. */
    record GuildLeft(long guildId) implements RecordingEvent {
    }

    /** Channels as they are now (after a change; a category's children and a channel's threads come along). */
    record ChannelsSeen(List<ChannelInfo> channels) implements RecordingEvent {
        public ChannelsSeen {
            channels = List.copyOf(channels);
        }
    }

    /**
     * A channel or thread created while connected: every message in it arrives live, so it needs no
     * backfill and its cursor follows the messages recorded.
     */
    record ChannelCreated(ChannelInfo channel) implements RecordingEvent {
    }

    record ChannelDeleted(long channelId) implements RecordingEvent {
    }

    record RolesSeen(List<Role> roles) implements RecordingEvent {
        public RolesSeen {
            roles = List.copyOf(roles);
        }
    }

    record RoleDeleted(long guildId, long roleId) implements RecordingEvent {
    }

    record MembersSeen(List<Member> members) implements RecordingEvent {
        public MembersSeen {
            members = List.copyOf(members);
        }

        @Override
        public int recordedCount() {
            return members.size();
        }
    }

    /**
     * Channels to backfill. The recorder answers with where each starts: its cursor; else the newest
     * message recorded in it, but not before the horizon; else the horizon ({@code horizonId}, the
     * first id of the oldest time to go back to). It writes that start as the channel's cursor, so
     * that a later plan never mistakes live-recorded messages for the end of what was filled.
     */
    record BackfillPlanned(List<BackfillStart> channels, long horizonId, CompletableFuture<List<BackfillStart>> starts)
            implements RecordingEvent {
        public BackfillPlanned {
            channels = List.copyOf(channels);
        }

        @Override
        public int recordedCount() {
            return 0;
        }
    }

    /**
     * One page of a channel's history, fetched after the channel's cursor.
     *
     * @param messages        the recordable messages of the page
     * @param consumedUpTo    the newest id in the page, recordable or not: the cursor moves there
     * @param requestSequence {@link Recorder#lastSequence()} when the page was requested: a message
     *                        changed by a live event after that keeps what the live event made of it
     * @param last            the page reached the present: from now on the live events keep the channel complete
     * @param committed       completed once the page is in the store (exceptionally if the write failed)
     */
    record BackfillPage(long guildId, long channelId, List<SeenMessage> messages, long consumedUpTo,
            long requestSequence, boolean last, CompletableFuture<Void> committed) implements RecordingEvent {
        public BackfillPage {
            messages = List.copyOf(messages);
        }

        @Override
        public int recordedCount() {
            return messages.size();
        }
    }

    /** A channel's backfill stopped before reaching the present (cancelled, or the channel became unreadable). */
    record BackfillAbandoned(long channelId) implements RecordingEvent {
        @Override
        public int recordedCount() {
            return 0;
        }
    }

    /** The recorder session starts: the bot connected at {@code connectedAt}. */
    record SessionStarted(String botId, String botName, java.time.Instant connectedAt) implements RecordingEvent {
        @Override
        public int recordedCount() {
            return 0;
        }
    }

    /** The gateway connection was lost; until it resumes, live events may be missing. */
    record GatewayInterrupted() implements RecordingEvent {
        @Override
        public int recordedCount() {
            return 0;
        }
    }

    /** The gateway session resumed: Discord replayed what was missed, nothing is lost. */
    record GatewayResumed() implements RecordingEvent {
        @Override
        public int recordedCount() {
            return 0;
        }
    }

    /** A new gateway session replaced a lost one: what happened in between must be backfilled. */
    record GatewayRecreated() implements RecordingEvent {
        @Override
        public int recordedCount() {
            return 0;
        }
    }
}
