package dev.gavel.demo;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import dev.gavel.core.model.ChannelInfo;
import dev.gavel.core.model.ChannelKind;

/**
 * The threads that come and go while the demo's messages are generated: forum posts in the help
 * forum (every conversation there is in a post) and now and then a thread in a text channel. A
 * thread is open for a few days; a thread made in an hour takes messages from the next hour on,
 * so none of its messages comes before it.
 */
final class ThreadBook {

    private static final String[] FORUM_TOPICS = {"js", "py", "java", "rs", "css", "sql", "ops", "any"};
    private static final double[] FORUM_TOPIC_SHARES = {30, 25, 12, 8, 10, 7, 4, 4};
    private static final int RECENT = 8;

    private record Open(ChannelSpec thread, int lastDay) {
    }

    private final String guildId;
    private final Snowflakes ids;
    private final Map<String, List<Open>> open = new LinkedHashMap<>();
    private final List<Open> madeThisHour = new ArrayList<>();
    private final List<ChannelInfo> unsaved = new ArrayList<>();
    private int made;

    ThreadBook(String guildId, Snowflakes ids) {
        this.guildId = guildId;
        this.ids = ids;
    }

    /** A thread of {@code parent} to hold a conversation starting at {@code at}: a recent one, or a new one. */
    ChannelSpec threadFor(ChannelSpec parent, long at, int day, DemoRandom random) {
        List<Open> threads = open.computeIfAbsent(parent.id, id -> new ArrayList<>());
        double newChance = parent.isForum() ? 0.3 : 0.2;
        if (threads.isEmpty() || random.chance(newChance)) {
            String topic = parent.isForum() ? FORUM_TOPICS[Cast.weightedIndex(random, FORUM_TOPIC_SHARES)] : parent.topic;
            String title = random.pick(Vocabulary.TITLES.get(topic));
            ChannelSpec thread = parent.thread(ids.nextText(at), title, ChannelKind.PUBLIC_THREAD, topic);
            double lifetime = parent.isForum() ? 1 + random.exponential(2) : 2 + random.exponential(4);
            madeThisHour.add(new Open(thread, day + (int) lifetime));
            unsaved.add(thread.info(guildId));
            made++;
            return thread;
        }
        int from = Math.max(0, threads.size() - RECENT);
        return threads.get(random.nextInt(from, threads.size())).thread();
    }

    void endHour() {
        for (Open thread : madeThisHour) {
            open.get(thread.thread().parentId).add(thread);
        }
        madeThisHour.clear();
    }

    /** Closes the threads whose time is over before {@code day}. */
    void endDay(int day) {
        for (List<Open> threads : open.values()) {
            threads.removeIf(thread -> thread.lastDay() <= day);
        }
    }

    /** The threads made since the last call, for {@code channel_info}. */
    List<ChannelInfo> takeUnsaved() {
        List<ChannelInfo> taken = List.copyOf(unsaved);
        unsaved.clear();
        return taken;
    }

    int made() {
        return made;
    }
}
