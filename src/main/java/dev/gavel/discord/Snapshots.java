package dev.gavel.discord;

import dev.gavel.core.model.ChannelInfo;
import dev.gavel.core.model.ChannelKind;
import dev.gavel.core.model.GuildProfile;
import dev.gavel.core.model.Member;
import dev.gavel.core.model.Role;
import dev.gavel.recording.SeenMessage;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import net.dv8tion.jda.api.Permission;
import net.dv8tion.jda.api.entities.Guild;
import net.dv8tion.jda.api.entities.Message;
import net.dv8tion.jda.api.entities.MessageReaction;
import net.dv8tion.jda.api.entities.MessageReference;
import net.dv8tion.jda.api.entities.MessageType;
import net.dv8tion.jda.api.entities.User;
import net.dv8tion.jda.api.entities.channel.ChannelType;
import net.dv8tion.jda.api.entities.channel.attribute.ICategorizableChannel;
import net.dv8tion.jda.api.entities.channel.attribute.IPositionableChannel;
import net.dv8tion.jda.api.entities.channel.attribute.IThreadContainer;
import net.dv8tion.jda.api.entities.channel.concrete.Category;
import net.dv8tion.jda.api.entities.channel.concrete.ThreadChannel;
import net.dv8tion.jda.api.entities.channel.middleman.GuildChannel;
import net.dv8tion.jda.api.entities.channel.middleman.GuildMessageChannel;
import net.dv8tion.jda.api.utils.TimeUtil;

/**
 * Copies what Gavel keeps out of JDA's objects into its own records, on whatever thread holds
 * the JDA object. One mapping for live events and backfill, so that their rows are identical.
 */
final class Snapshots {

    /** The channels whose messages are recorded (METRICS.md §1.3); forum posts are threads. */
    private static final Set<ChannelType> RECORDED_CHANNELS = Set.of(ChannelType.TEXT, ChannelType.NEWS, ChannelType.VOICE,
            ChannelType.STAGE, ChannelType.GUILD_PUBLIC_THREAD, ChannelType.GUILD_PRIVATE_THREAD, ChannelType.GUILD_NEWS_THREAD);
    /** What people write; every other type is a system message or a bot's answer to a command. */
    private static final Set<MessageType> RECORDED_TYPES = Set.of(MessageType.DEFAULT, MessageType.INLINE_REPLY);

    private Snapshots() {
    }

    static boolean isRecordedChannel(ChannelType type) {
        return RECORDED_CHANNELS.contains(type);
    }

    /** True when the bot may read the channel's history. */
    static boolean isReadable(GuildMessageChannel channel) {
        return isRecordedChannel(channel.getType())
                && channel.getGuild().getSelfMember().hasPermission(channel, Permission.VIEW_CHANNEL, Permission.MESSAGE_HISTORY);
    }

    /**
     * The message as recorded, or empty when it is not recorded: outside a guild, in a channel that
     * is not recorded, by a bot, a webhook or the system, or a system message type.
     */
    static Optional<SeenMessage> recordable(Message message) {
        User author = message.getAuthor();
        if (!message.isFromGuild() || !isRecordedChannel(message.getChannelType())
                || !RECORDED_TYPES.contains(message.getType()) || author.isBot() || author.isSystem()
                || message.isWebhookMessage()) {
            return Optional.empty();
        }
        Long referencedMessageId = null;
        Long referencedAuthorId = null;
        MessageReference reference = message.getMessageReference();
        if (message.getType() == MessageType.INLINE_REPLY && reference != null) {
            referencedMessageId = reference.getMessageIdLong();
            Message referenced = reference.getMessage();
            if (referenced != null) {
                referencedAuthorId = referenced.getAuthor().getIdLong();
            }
        }
        int reactions = 0;
        for (MessageReaction reaction : message.getReactions()) {
            reactions += Math.max(0, reaction.getCount());
        }
        return Optional.of(new SeenMessage(message.getIdLong(), message.getGuildIdLong(), message.getChannelIdLong(),
                categoryOf(message.getGuildChannel()), author.getIdLong(), message.getContentRaw(),
                TimeUtil.getTimeCreated(message.getIdLong()).toInstant().toEpochMilli(), reactions,
                referencedMessageId, referencedAuthorId));
    }

    /** The parent category's name; for a thread the name of its parent channel or forum; null for none. */
    static String categoryOf(GuildChannel channel) {
        if (channel instanceof ThreadChannel thread) {
            return thread.getParentChannel().getName();
        }
        if (channel instanceof ICategorizableChannel categorizable) {
            Category category = categorizable.getParentCategory();
            return category == null ? null : category.getName();
        }
        return null;
    }

    static ChannelInfo channel(GuildChannel channel) {
        String parentId = null;
        if (channel instanceof ThreadChannel thread) {
            parentId = thread.getParentChannel().getId();
        } else if (channel instanceof ICategorizableChannel categorizable) {
            parentId = categorizable.getParentCategoryId();
        }
        Integer position = channel instanceof IPositionableChannel positionable ? positionable.getPositionRaw() : null;
        return new ChannelInfo(channel.getId(), channel.getGuild().getId(), channel.getName(), categoryOf(channel),
                kindOf(channel.getType()), parentId, position);
    }

    /** Every channel, category and active thread of the guild that the client knows. */
    static List<ChannelInfo> channels(Guild guild) {
        Map<Long, ChannelInfo> channels = new LinkedHashMap<>();
        for (GuildChannel channel : guild.getChannels()) {
            channels.put(channel.getIdLong(), channel(channel));
        }
        for (ThreadChannel thread : guild.getThreadChannels()) {
            channels.put(thread.getIdLong(), channel(thread));
        }
        return List.copyOf(channels.values());
    }

    /** A changed channel with those whose stored category follows its name: a category's channels, a channel's threads. */
    static List<ChannelInfo> channelWithDependents(GuildChannel channel) {
        List<ChannelInfo> channels = new ArrayList<>();
        channels.add(channel(channel));
        if (channel instanceof Category category) {
            category.getChannels().forEach(child -> channels.add(channel(child)));
        }
        if (channel instanceof IThreadContainer container) {
            container.getThreadChannels().forEach(thread -> channels.add(channel(thread)));
        }
        return channels;
    }

    /** The guild's channels and active threads whose history can be read, in the guild's order. */
    static List<GuildMessageChannel> readableMessageChannels(Guild guild) {
        List<GuildMessageChannel> channels = new ArrayList<>();
        for (GuildChannel channel : guild.getChannels()) {
            if (channel instanceof GuildMessageChannel messageChannel && isReadable(messageChannel)) {
                channels.add(messageChannel);
            }
        }
        for (ThreadChannel thread : guild.getThreadChannels()) {
            if (!thread.isArchived() && isReadable(thread)) {
                channels.add(thread);
            }
        }
        return channels;
    }

    static GuildProfile profile(Guild guild) {
        return new GuildProfile(guild.getId(), guild.getName(), guild.getIconUrl(), guild.getMemberCount(), true);
    }

    static Role role(net.dv8tion.jda.api.entities.Role role) {
        Integer color = role.getColors().isDefault() ? null : role.getColors().getPrimaryRaw();
        return new Role(role.getGuild().getId(), role.getId(), role.getName(), color, role.getPositionRaw());
    }

    static List<Role> roles(Guild guild) {
        return guild.getRoles().stream().map(Snapshots::role).toList();
    }

    static Member member(net.dv8tion.jda.api.entities.Member member) {
        User user = member.getUser();
        return new Member(member.getGuild().getId(), user.getId(), user.getName(), member.getEffectiveName(),
                member.getEffectiveAvatarUrl(), user.isBot());
    }

    static List<Member> members(List<net.dv8tion.jda.api.entities.Member> members) {
        return members.stream().map(Snapshots::member).toList();
    }

    static ChannelKind kindOf(ChannelType type) {
        return switch (type) {
            case TEXT -> ChannelKind.TEXT;
            case NEWS -> ChannelKind.NEWS;
            case VOICE -> ChannelKind.VOICE;
            case STAGE -> ChannelKind.STAGE;
            case CATEGORY -> ChannelKind.CATEGORY;
            case FORUM -> ChannelKind.FORUM;
            case MEDIA -> ChannelKind.MEDIA;
            case GUILD_PUBLIC_THREAD -> ChannelKind.PUBLIC_THREAD;
            case GUILD_PRIVATE_THREAD -> ChannelKind.PRIVATE_THREAD;
            case GUILD_NEWS_THREAD -> ChannelKind.NEWS_THREAD;
            default -> ChannelKind.OTHER;
        };
    }
}
