package dev.gavel.demo;

import dev.gavel.core.model.ChannelInfo;
import dev.gavel.core.model.ChannelKind;

/**
 * A channel or thread of the demo guild, with what shapes its messages: how long they are, how
 * often they hold code (and in which languages), links and reactions, and how popular it is.
 */
final class ChannelSpec {

    /** How the messages of a channel look. Medians and chances per message. */
    enum Profile {
        CHAT(7, 0.85, 0.02, 0.04, 0.12, 0.05, 0.22),
        MEDIA(4, 0.8, 0.005, 0.15, 0.45, 0.45, 0.15),
        INTRO(32, 0.6, 0.0, 0.2, 0.6, 0.0, 0.05),
        SHOWCASE(24, 0.8, 0.1, 0.55, 0.55, 0.1, 0.2),
        HELP(15, 0.9, 0.28, 0.09, 0.1, 0.03, 0.3),
        REVIEW(20, 0.9, 0.4, 0.15, 0.15, 0.02, 0.3),
        LONG(22, 0.85, 0.01, 0.1, 0.2, 0.02, 0.25),
        ANNOUNCE(70, 0.45, 0.05, 0.5, 0.97, 0.0, 0.0),
        TICKET(18, 0.7, 0.0, 0.03, 0.02, 0.0, 0.1),
        STAFF(10, 0.8, 0.01, 0.08, 0.1, 0.03, 0.25);

        final double wordsMedian;
        final double wordsSpread;
        final double code;
        final double link;
        final double react;
        final double zeroWords;
        final double reply;

        Profile(double wordsMedian, double wordsSpread, double code, double link, double react, double zeroWords,
                double reply) {
            this.wordsMedian = wordsMedian;
            this.wordsSpread = wordsSpread;
            this.code = code;
            this.link = link;
            this.react = react;
            this.zeroWords = zeroWords;
            this.reply = reply;
        }
    }

    final String id;
    final String name;
    final ChannelKind kind;
    /** What {@code message_stats.channel_category} says: the category's name, for a thread its parent's name. */
    final String category;
    final String parentId;
    final Integer position;
    final Profile profile;
    /** Relative share of the guild's conversations; 0 for channels people do not chat in. */
    final double popularity;
    /** The subject, a key of {@link Vocabulary#TITLES} and {@link Vocabulary#DOC_LINKS}. */
    final String topic;
    final String[] languages;
    final double[] languageCumulative;
    final boolean staffOnly;
    final boolean threadsAllowed;

    ChannelSpec(String id, String name, ChannelKind kind, String category, String parentId, Integer position, Profile profile,
                double popularity, String topic, String[] languages, double[] languageWeights, boolean staffOnly,
                boolean threadsAllowed) {
        this.id = id;
        this.name = name;
        this.kind = kind;
        this.category = category;
        this.parentId = parentId;
        this.position = position;
        this.profile = profile;
        this.popularity = popularity;
        this.topic = topic;
        this.languages = languages;
        this.languageCumulative = new double[languageWeights.length];
        double sum = 0;
        for (int i = 0; i < languageWeights.length; i++) {
            sum += languageWeights[i];
            languageCumulative[i] = sum;
        }
        this.staffOnly = staffOnly;
        this.threadsAllowed = threadsAllowed;
    }

    /** A thread in this channel (or a post in this forum): it talks like its parent and counts under its name. */
    ChannelSpec thread(String threadId, String threadName, ChannelKind threadKind, String threadTopic) {
        String[] threadLanguages = languages;
        double[] weights = new double[languages.length];
        for (int i = 0; i < weights.length; i++) {
            weights[i] = languageCumulative[i] - (i == 0 ? 0 : languageCumulative[i - 1]);
        }
        if (!threadTopic.equals(topic)) {
            threadLanguages = GuildLayout.languages(threadTopic);
            weights = GuildLayout.languageWeights(threadTopic);
        }
        return new ChannelSpec(threadId, threadName, threadKind, name, id, null, profile, 0, threadTopic, threadLanguages,
                weights, staffOnly, false);
    }

    boolean isForum() {
        return kind == ChannelKind.FORUM;
    }

    ChannelInfo info(String guildId) {
        return new ChannelInfo(id, guildId, name, category, kind, parentId, position);
    }
}
