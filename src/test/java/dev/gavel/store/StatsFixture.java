package dev.gavel.store;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import dev.gavel.core.model.ChannelInfo;
import dev.gavel.core.model.Member;
import dev.gavel.core.model.MessageStat;
import dev.gavel.core.model.RecorderSession;

/** Small hand-made activity for the statistics tests, written through the store's writer (the triggers keep the rollups). */
final class StatsFixture {

    private final List<MessageStat> messages = new ArrayList<>();
    private final List<ChannelInfo> channels = new ArrayList<>();
    private final List<Member> members = new ArrayList<>();
    private final List<RecorderSession> sessions = new ArrayList<>();

    /** Fenced code block JSON as in code_stats. */
    static String fenced(String lang, int lines, int chars) {
        return "{\"chars\":" + chars + ",\"words\":1,\"lines\":" + lines + ",\"lang\":\"" + lang + "\"}";
    }

    static String inline(int chars) {
        return "{\"chars\":" + chars + ",\"words\":1,\"lines\":1}";
    }

    StatsFixture message(String id, String guild, String author, String channel, String category, String sentAt,
                         int words, int reactions) {
        return message(id, guild, author, channel, category, sentAt, words, reactions, "[]", "[]");
    }

    StatsFixture message(String id, String guild, String author, String channel, String category, String sentAt,
                         int words, int reactions, String codeStats, String linkStats) {
        messages.add(new MessageStat(id, guild, channel, category, author, null, Instant.parse(sentAt).toEpochMilli(),
                words, words * 5, reactions, codeStats, linkStats));
        return this;
    }

    StatsFixture channel(String id, String guild, String name, String category) {
        channels.add(new ChannelInfo(id, guild, name, category, null, null, null));
        return this;
    }

    StatsFixture member(String guild, String user, String displayName) {
        members.add(new Member(guild, user, user.toLowerCase(java.util.Locale.ROOT), displayName, null, false));
        return this;
    }

    StatsFixture session(String id, String startedAt, String expires, boolean ended) {
        Instant expiry = Instant.parse(expires);
        sessions.add(new RecorderSession(id, "bot", "Gavel", Instant.parse(startedAt), ended ? expiry : null, 0, 0, expiry));
        return this;
    }

    List<MessageStat> messages() {
        return List.copyOf(messages);
    }

    List<ChannelInfo> channels() {
        return List.copyOf(channels);
    }

    void writeTo(Store store) throws Exception {
        store.write(tx -> {
            tx.dao(MessageStatsDao.class).upsertAll(messages);
            tx.dao(ChannelDao.class).upsertAll(channels);
            tx.dao(MemberDao.class).upsertAll(members);
            sessions.forEach(tx.dao(SessionDao.class)::open);
            return null;
        }).get();
    }
}
