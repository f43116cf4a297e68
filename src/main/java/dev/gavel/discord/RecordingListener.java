package dev.gavel.discord;

import dev.gavel.recording.Recorder;
import dev.gavel.recording.RecordingEvent;
import dev.gavel.recording.RecordingEvent.ChannelCreated;
import dev.gavel.recording.RecordingEvent.ChannelDeleted;
import dev.gavel.recording.RecordingEvent.ChannelsSeen;
import dev.gavel.recording.RecordingEvent.GatewayInterrupted;
import dev.gavel.recording.RecordingEvent.GatewayRecreated;
import dev.gavel.recording.RecordingEvent.GatewayResumed;
import dev.gavel.recording.RecordingEvent.GuildLeft;
import dev.gavel.recording.RecordingEvent.GuildProfileSeen;
import dev.gavel.recording.RecordingEvent.GuildSeen;
import dev.gavel.recording.RecordingEvent.MembersSeen;
import dev.gavel.recording.RecordingEvent.MessageDeleted;
import dev.gavel.recording.RecordingEvent.MessageEdited;
import dev.gavel.recording.RecordingEvent.MessagePosted;
import dev.gavel.recording.RecordingEvent.MessagesDeleted;
import dev.gavel.recording.RecordingEvent.ReactionAdded;
import dev.gavel.recording.RecordingEvent.ReactionRemoved;
import dev.gavel.recording.RecordingEvent.ReactionsCleared;
import dev.gavel.recording.RecordingEvent.ReactionsCounted;
import dev.gavel.recording.RecordingEvent.RoleDeleted;
import dev.gavel.recording.RecordingEvent.RolesSeen;
import dev.gavel.recording.RecordingEvent.SessionStarted;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.function.Consumer;
import net.dv8tion.jda.api.JDA;
import net.dv8tion.jda.api.entities.Guild;
import net.dv8tion.jda.api.entities.MessageReaction;
import net.dv8tion.jda.api.entities.channel.concrete.ThreadChannel;
import net.dv8tion.jda.api.entities.channel.middleman.GuildChannel;
import net.dv8tion.jda.api.entities.channel.middleman.GuildMessageChannel;
import net.dv8tion.jda.api.events.GenericEvent;
import net.dv8tion.jda.api.events.StatusChangeEvent;
import net.dv8tion.jda.api.events.channel.ChannelCreateEvent;
import net.dv8tion.jda.api.events.channel.ChannelDeleteEvent;
import net.dv8tion.jda.api.events.channel.update.GenericChannelUpdateEvent;
import net.dv8tion.jda.api.events.guild.GuildJoinEvent;
import net.dv8tion.jda.api.events.guild.GuildLeaveEvent;
import net.dv8tion.jda.api.events.guild.GuildReadyEvent;
import net.dv8tion.jda.api.events.guild.member.GuildMemberJoinEvent;
import net.dv8tion.jda.api.events.guild.member.GuildMemberUpdateEvent;
import net.dv8tion.jda.api.events.guild.update.GuildUpdateIconEvent;
import net.dv8tion.jda.api.events.guild.update.GuildUpdateNameEvent;
import net.dv8tion.jda.api.events.message.MessageBulkDeleteEvent;
import net.dv8tion.jda.api.events.message.MessageDeleteEvent;
import net.dv8tion.jda.api.events.message.MessageReceivedEvent;
import net.dv8tion.jda.api.events.message.MessageUpdateEvent;
import net.dv8tion.jda.api.events.message.react.GenericMessageReactionEvent;
import net.dv8tion.jda.api.events.message.react.MessageReactionAddEvent;
import net.dv8tion.jda.api.events.message.react.MessageReactionRemoveAllEvent;
import net.dv8tion.jda.api.events.message.react.MessageReactionRemoveEmojiEvent;
import net.dv8tion.jda.api.events.message.react.MessageReactionRemoveEvent;
import net.dv8tion.jda.api.events.role.RoleCreateEvent;
import net.dv8tion.jda.api.events.role.RoleDeleteEvent;
import net.dv8tion.jda.api.events.role.update.GenericRoleUpdateEvent;
import net.dv8tion.jda.api.events.session.ReadyEvent;
import net.dv8tion.jda.api.events.session.SessionDisconnectEvent;
import net.dv8tion.jda.api.events.session.SessionRecreateEvent;
import net.dv8tion.jda.api.events.session.SessionResumeEvent;
import net.dv8tion.jda.api.hooks.EventListener;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Turns JDA's events into {@link RecordingEvent}s on JDA's thread and hands them to the recorder:
 * it only copies data out of the event (no measuring, no store, no blocking call) and asks Discord
 * for more with {@code queue()} where an event lacks something (a message's reactions after one
 * emoji's were removed, the members of a guild, joining a new thread).
 */
final class RecordingListener implements EventListener {

    private static final Logger log = LoggerFactory.getLogger(RecordingListener.class);

    private final Recorder recorder;
    private final Backfill backfill;
    private final Consumer<Guild> guildAvailable;
    private final Clock clock;
    /** When Discord accepted the session (READY arrived): the recorder session starts there. */
    private volatile Instant sessionAccepted;

    /**
     * @param guildAvailable told (on JDA's thread) of each guild that became ready or was joined,
     *                       after it was handed to the recorder
     */
    RecordingListener(Recorder recorder, Backfill backfill, Consumer<Guild> guildAvailable, Clock clock) {
        this.recorder = recorder;
        this.backfill = backfill;
        this.guildAvailable = guildAvailable;
        this.clock = clock;
    }

    @Override
    public void onEvent(GenericEvent event) {
        try {
            dispatch(event);
        } catch (RuntimeException e) {
            log.error("Could not record {}", event.getClass().getSimpleName(), e);
        }
    }

    private void dispatch(GenericEvent event) {
        if (event instanceof MessageReceivedEvent received) {
            Snapshots.recordable(received.getMessage()).ifPresent(message -> submit(new MessagePosted(message)));
        } else if (event instanceof MessageUpdateEvent updated) {
            Snapshots.recordable(updated.getMessage()).ifPresent(message -> submit(new MessageEdited(message)));
        } else if (event instanceof MessageDeleteEvent deleted) {
            if (deleted.isFromGuild()) {
                submit(new MessageDeleted(deleted.getChannel().getIdLong(), deleted.getMessageIdLong()));
            }
        } else if (event instanceof MessageBulkDeleteEvent deleted) {
            submit(new MessagesDeleted(deleted.getChannel().getIdLong(),
                    deleted.getMessageIds().stream().map(Long::parseUnsignedLong).toList()));
        } else if (event instanceof GenericMessageReactionEvent reaction) {
            onReaction(reaction);
        } else if (event instanceof MessageReactionRemoveEmojiEvent emojiRemoved) {
            onEmojiRemoved(emojiRemoved);
        } else if (event instanceof MessageReactionRemoveAllEvent cleared) {
            if (cleared.isFromGuild()) {
                submit(new ReactionsCleared(cleared.getChannel().getIdLong(), cleared.getMessageIdLong()));
            }
        } else if (event instanceof GuildReadyEvent ready) {
            guildConnected(ready.getGuild());
        } else if (event instanceof GuildJoinEvent joined) {
            log.info("Joined guild {} ({})", joined.getGuild().getName(), joined.getGuild().getId());
            guildConnected(joined.getGuild());
        } else if (event instanceof GuildLeaveEvent left) {
            log.info("Left guild {} ({})", left.getGuild().getName(), left.getGuild().getId());
            submit(new GuildLeft(left.getGuild().getIdLong()));
        } else if (event instanceof GuildUpdateNameEvent renamed) {
            submit(new GuildProfileSeen(Snapshots.profile(renamed.getGuild())));
        } else if (event instanceof GuildUpdateIconEvent icon) {
            submit(new GuildProfileSeen(Snapshots.profile(icon.getGuild())));
        } else if (event instanceof ChannelCreateEvent created && created.isFromGuild()) {
            onChannelCreated(created.getChannel().asGuildChannel());
        } else if (event instanceof ChannelDeleteEvent deleted) {
            submit(new ChannelDeleted(deleted.getChannel().getIdLong()));
        } else if (event instanceof GenericChannelUpdateEvent<?> updated && updated.isFromGuild()) {
            submit(new ChannelsSeen(Snapshots.channelWithDependents(updated.getChannel().asGuildChannel())));
        } else if (event instanceof GuildMemberJoinEvent joined) {
            submit(new MembersSeen(List.of(Snapshots.member(joined.getMember()))));
        } else if (event instanceof GuildMemberUpdateEvent updated) {
            submit(new MembersSeen(List.of(Snapshots.member(updated.getMember()))));
        } else if (event instanceof RoleCreateEvent created) {
            submit(new RolesSeen(List.of(Snapshots.role(created.getRole()))));
        } else if (event instanceof GenericRoleUpdateEvent<?> updated) {
            submit(new RolesSeen(List.of(Snapshots.role(updated.getRole()))));
        } else if (event instanceof RoleDeleteEvent deleted) {
            submit(new RoleDeleted(deleted.getGuild().getIdLong(), deleted.getRole().getIdLong()));
        } else if (event instanceof StatusChangeEvent change && change.getNewStatus() == JDA.Status.LOADING_SUBSYSTEMS
                && sessionAccepted == null) {
            sessionAccepted = clock.instant();
        } else if (event instanceof ReadyEvent ready) {
            JDA jda = ready.getJDA();
            Instant connectedAt = sessionAccepted == null ? clock.instant() : sessionAccepted;
            submit(new SessionStarted(jda.getSelfUser().getId(), jda.getSelfUser().getName(), connectedAt));
        } else if (event instanceof SessionDisconnectEvent) {
            submit(new GatewayInterrupted());
        } else if (event instanceof SessionResumeEvent) {
            submit(new GatewayResumed());
        } else if (event instanceof SessionRecreateEvent recreated) {
            log.info("The gateway session could not be resumed; a new one started, so the missed history is backfilled");
            submit(new GatewayRecreated());
            recreated.getJDA().getGuilds().forEach(this::guildConnected);
        }
    }

    private void onReaction(GenericMessageReactionEvent reaction) {
        if (!reaction.isFromGuild()) {
            return;
        }
        long channelId = reaction.getChannel().getIdLong();
        long messageId = reaction.getMessageIdLong();
        if (reaction instanceof MessageReactionAddEvent) {
            submit(new ReactionAdded(channelId, messageId));
        } else if (reaction instanceof MessageReactionRemoveEvent) {
            submit(new ReactionRemoved(channelId, messageId));
        }
    }

    /** The event does not say how many reactions went; the message does. */
    private void onEmojiRemoved(MessageReactionRemoveEmojiEvent reaction) {
        if (!reaction.isFromGuild()) {
            return;
        }
        long channelId = reaction.getChannel().getIdLong();
        long messageId = reaction.getMessageIdLong();
        reaction.getChannel().retrieveMessageById(messageId).queue(
                message -> submit(new ReactionsCounted(channelId, messageId,
                        message.getReactions().stream().mapToInt(MessageReaction::getCount).map(count -> Math.max(0, count)).sum())),
                failure -> log.debug("Could not count the reactions left on message {}: {}", messageId, failure.toString()));
    }

    private void guildConnected(Guild guild) {
        submit(new GuildSeen(Snapshots.profile(guild), Snapshots.channels(guild), Snapshots.roles(guild),
                Snapshots.members(guild.getMembers())));
        guild.loadMembers()
                .onSuccess(members -> submit(new MembersSeen(Snapshots.members(members))))
                .onError(failure -> log.warn("Could not load the members of guild {}: {}", guild.getId(), failure.toString()));
        for (ThreadChannel thread : guild.getThreadChannels()) {
            joinIfReadable(thread);
        }
        backfill.fill(guild.getJDA(), Snapshots.readableMessageChannels(guild));
        guildAvailable.accept(guild);
    }

    private void onChannelCreated(GuildChannel channel) {
        submit(new ChannelCreated(Snapshots.channel(channel)));
        if (channel instanceof ThreadChannel thread) {
            joinIfReadable(thread);
        }
    }

    private void joinIfReadable(ThreadChannel thread) {
        if (!thread.isJoined() && !thread.isArchived() && Snapshots.isReadable(thread)) {
            thread.join().queue(null, failure -> log.debug("Could not join thread {}: {}", thread.getId(), failure.toString()));
        }
    }

    private void submit(RecordingEvent event) {
        recorder.submit(event);
    }
}
