package dev.gavel.store;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.StringJoiner;

import dev.gavel.core.model.ChannelInfo;
import dev.gavel.core.model.Member;
import dev.gavel.core.model.MessageStat;
import dev.gavel.core.model.RecorderSession;

/** Small hand-made activity for the statistics tests, written through the store's writer (the DAO keeps the rollups). */
public final class StatsFixture {

    private final List<MessageStat> messages = new ArrayList<>();
    private final List<ChannelInfo> channels = new ArrayList<>();
    private final List<Member> members = new ArrayList<>();
    private final List<RecorderSession> sessions = new ArrayList<>();

    /** Fenced code block JSON as in code_stats. */
    public static String fenced(String lang, int lines, int chars) {
        return "{\"chars\":" + chars + ",\"words\":1,\"lines\":" + lines + ",\"lang\":\"" + lang + "\"}";
    }

    public static String inline(int chars) {
        return "{\"chars\":" + chars + ",\"words\":1,\"lines\":1}";
    }

    public StatsFixture message(String id, String guild, String author, String channel, String category, String sentAt,
                         int words, int reactions) {
        return message(id, guild, author, channel, category, sentAt, words, reactions, "[]", "[]");
    }

    public StatsFixture message(String id, String guild, String author, String channel, String category, String sentAt,
                         int words, int reactions, String codeStats, String linkStats) {
        messages.add(new MessageStat(id, guild, channel, category, author, null, Instant.parse(sentAt).toEpochMilli(),
                words, words * 5, reactions, codeStats, linkStats));
        return this;
    }

    public StatsFixture channel(String id, String guild, String name, String category) {
        channels.add(new ChannelInfo(id, guild, name, category, null, null, null));
        return this;
    }

    public StatsFixture member(String guild, String user, String displayName) {
        members.add(new Member(guild, user, user.toLowerCase(java.util.Locale.ROOT), displayName, null, false));
        return this;
    }

    public StatsFixture session(String id, String startedAt, String expires, boolean ended) {
        Instant expiry = Instant.parse(expires);
        sessions.add(new RecorderSession(id, "bot", "Gavel", Instant.parse(startedAt), ended ? expiry : null, 0, 0, expiry));
        return this;
    }

    public List<MessageStat> messages() {
        return List.copyOf(messages);
    }

    public List<ChannelInfo> channels() {
        return List.copyOf(channels);
    }

    /** Seeded random messages: a few authors write most, a channel moved between categories, some code and links. */
    static final class RandomActivity {

        static final String[][] CHANNELS = {
                {"c1", "Text"}, {"c2", "Help"}, {"c3", "Help"}, {"c4", null}, {"c5", "Voice"}, {"c6", "Text"}, {"c7", "Archive"}};
        private static final String[] LANGS = {"js", "py", "", "java"};
        private static final int AUTHORS = 14;

        private final Random random;

        RandomActivity(Random random) {
            this.random = random;
        }

        MessageStat message(String id, String guild, long sentAt) {
            String[] channel = CHANNELS[random.nextInt(CHANNELS.length)];
            // c6 was moved between categories: its rows disagree about the category
            String category = "c6".equals(channel[0]) && random.nextBoolean() ? "Archive" : channel[1];
            String author = "u" + Math.min(AUTHORS - 1, (int) Math.abs(random.nextGaussian() * 4));
            return new MessageStat(id, guild, channel[0], category, author, null, sentAt, random.nextInt(60), random.nextInt(300),
                    random.nextInt(4) == 0 ? random.nextInt(6) : 0, codeStats(), links());
        }

        List<MessageStat> messages(String idPrefix, String guild, int count, Instant first, Instant last) {
            List<MessageStat> messages = new ArrayList<>();
            long span = last.toEpochMilli() - first.toEpochMilli();
            for (int i = 0; i < count; i++) {
                messages.add(message(idPrefix + i, guild, first.toEpochMilli() + (long) (random.nextDouble() * span)));
            }
            return messages;
        }

        String codeStats() {
            StringJoiner blocks = new StringJoiner(",", "[", "]");
            int count = random.nextInt(5) == 0 ? 1 + random.nextInt(2) : 0;
            for (int i = 0; i < count; i++) {
                if (random.nextBoolean()) {
                    blocks.add(inline(1 + random.nextInt(40)));
                } else {
                    blocks.add(fenced(LANGS[random.nextInt(LANGS.length)], 1 + random.nextInt(10), 1 + random.nextInt(300)));
                }
            }
            return blocks.toString();
        }

        String links() {
            return random.nextInt(6) == 0 ? "[\"https://example.com/" + random.nextInt(100) + "\"]" : "[]";
        }
    }

    public StatsFixture add(List<MessageStat> more) {
        messages.addAll(more);
        return this;
    }

    public void writeTo(Store store) throws Exception {
        store.write(tx -> {
            tx.dao(MessageStatsDao.class).upsertAll(messages);
            tx.dao(ChannelDao.class).upsertAll(channels);
            tx.dao(MemberDao.class).upsertAll(members);
            sessions.forEach(tx.dao(SessionDao.class)::open);
            return null;
        }).get();
    }
}
