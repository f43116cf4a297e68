package dev.gavel.demo;

import java.util.List;

import dev.gavel.demo.ChannelSpec.Profile;

/**
 * The measures of one generated message, as METRICS.md defines them: words and characters of
 * its text (characters follow the words: letters, a space between words, some punctuation),
 * its code blocks in {@code code_stats}'s exact format, its links, its reactions.
 */
final class MessageShapes {

    /** One message's measures. */
    record Shape(int words, int chars, String codeStats, String linkStats, int reactions) {
    }

    static final String EMPTY = "[]";
    private static final int MAX_WORDS = 330;
    private static final int MAX_CHARS = 2000;
    private static final int MAX_CODE_CHARS = 1900;

    private MessageShapes() {
    }

    static Shape next(ChannelSpec channel, DemoMember author, DemoRandom random) {
        Profile profile = channel.profile;
        if (random.chance(profile.zeroWords)) {
            // an attachment, a sticker or an emoji on its own, sometimes a bare link
            int chars = random.chance(0.55) ? 0 : 1 + random.nextInt(3);
            String links = random.chance(0.25) ? links(channel, author, random, 1) : EMPTY;
            return new Shape(0, chars, EMPTY, links, reactions(profile, random));
        }
        double median = profile.wordsMedian * author.verbosity;
        int words = (int) Math.min(MAX_WORDS, Math.max(1, StrictMath.round(random.logNormal(median, profile.wordsSpread))));
        String code = EMPTY;
        if (random.chance(Math.min(0.9, profile.code * author.codeAffinity))) {
            code = code(channel, random);
            words = random.chance(0.15) ? 0 : (int) StrictMath.round(words * 0.6);
        }
        String links = EMPTY;
        if (random.chance(profile.link)) {
            double count = random.nextDouble();
            links = links(channel, author, random, count < 0.85 ? 1 : count < 0.97 ? 2 : 3);
        }
        return new Shape(words, chars(words, random), code, links, reactions(profile, random));
    }

    /** Characters of a text of {@code words} words: their letters, the spaces between them, a little punctuation. */
    static int chars(int words, DemoRandom random) {
        if (words == 0) {
            return 0;
        }
        double letters = words * random.uniform(4.2, 5.4);
        int punctuation = random.nextInt(0, 2 + words / 8);
        return (int) Math.min(MAX_CHARS, StrictMath.round(letters) + words - 1 + punctuation);
    }

    private static int reactions(Profile profile, DemoRandom random) {
        if (!random.chance(profile.react)) {
            return 0;
        }
        if (profile == Profile.ANNOUNCE) {
            return (int) Math.min(150, 3 + StrictMath.floor(random.pareto(1.2) * 4));
        }
        return (int) Math.min(60, StrictMath.floor(random.pareto(1.5)));
    }

    private static String code(ChannelSpec channel, DemoRandom random) {
        StringBuilder json = new StringBuilder("[");
        double kind = random.nextDouble();
        boolean inline = kind < 0.55 || kind >= 0.9;
        boolean fenced = kind >= 0.45;
        if (inline) {
            int count = random.chance(0.8) ? 1 : random.chance(0.75) ? 2 : 3;
            for (int i = 0; i < count; i++) {
                int chars = (int) Math.min(60, 3 + StrictMath.round(random.logNormal(10, 0.6)));
                int words = (int) Math.max(1, StrictMath.round(chars / random.uniform(5, 9)));
                appendBlock(json, chars, words, 1, null);
            }
        }
        if (fenced) {
            int count = random.chance(0.9) ? 1 : 2;
            for (int i = 0; i < count; i++) {
                double lineLength = random.uniform(14, 40);
                int maxLines = (int) (MAX_CODE_CHARS / (lineLength + 1));
                int lines = (int) Math.max(1, Math.min(maxLines, StrictMath.round(random.logNormal(7, 0.9))));
                int chars = (int) StrictMath.round(lines * lineLength) + lines - 1;
                int words = (int) Math.max(1, StrictMath.round(chars / random.uniform(4.5, 7.5)));
                String language = channel.languages[random.weighted(channel.languageCumulative)];
                appendBlock(json, chars, words, lines, language);
            }
        }
        return json.append(']').toString();
    }

    /** One object of {@code code_stats}: keys in the order chars, words, lines, lang; no spaces. */
    private static void appendBlock(StringBuilder json, int chars, int words, int lines, String language) {
        if (json.length() > 1) {
            json.append(',');
        }
        json.append("{\"chars\":").append(chars).append(",\"words\":").append(words).append(",\"lines\":").append(lines);
        if (language != null) {
            json.append(",\"lang\":");
            appendString(json, language);
        }
        json.append('}');
    }

    private static String links(ChannelSpec channel, DemoMember author, DemoRandom random, int count) {
        StringBuilder json = new StringBuilder("[");
        for (int i = 0; i < count; i++) {
            if (i > 0) {
                json.append(',');
            }
            appendString(json, link(channel, author, random));
        }
        return json.append(']').toString();
    }

    private static String link(ChannelSpec channel, DemoMember author, DemoRandom random) {
        String project = random.pick(Vocabulary.PROJECT_WORDS);
        double kind = random.nextDouble();
        if (channel.profile == Profile.SHOWCASE || channel.profile == Profile.REVIEW) {
            if (kind < 0.6) {
                return "https://github.com/" + author.username.replace('.', '-') + "/" + project;
            }
            if (kind < 0.85) {
                return "https://" + author.username.replace('.', '-').replace('_', '-') + ".github.io/" + project + "/";
            }
        }
        if (kind < 0.4) {
            List<String> docs = Vocabulary.DOC_LINKS.getOrDefault(channel.topic, Vocabulary.DOC_LINKS.get("any"));
            return random.pick(docs);
        }
        if (kind < 0.55) {
            return "https://stackoverflow.com/questions/" + random.nextInt(10_000_000, 79_000_000);
        }
        if (kind < 0.7) {
            return "https://github.com/" + author.username.replace('.', '-') + "/" + project;
        }
        if (kind < 0.78) {
            return "https://gist.github.com/" + author.username.replace('.', '-') + "/" + hex(random, 32);
        }
        if (kind < 0.86) {
            return "https://www.youtube.com/watch?v=" + base64ish(random, 11);
        }
        if (kind < 0.93) {
            return "https://codepen.io/" + author.username.replace('.', '-') + "/pen/" + base64ish(random, 7);
        }
        return random.pick(Vocabulary.DOC_LINKS.get("any"));
    }

    private static String hex(DemoRandom random, int length) {
        StringBuilder text = new StringBuilder(length);
        for (int i = 0; i < length; i++) {
            text.append(Character.forDigit(random.nextInt(16), 16));
        }
        return text.toString();
    }

    private static String base64ish(DemoRandom random, int length) {
        String alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-";
        StringBuilder text = new StringBuilder(length);
        for (int i = 0; i < length; i++) {
            text.append(alphabet.charAt(random.nextInt(alphabet.length())));
        }
        return text.toString();
    }

    /** A JSON array of strings, for links whose text the demo knows. */
    static String stringArray(List<String> values) {
        StringBuilder json = new StringBuilder("[");
        for (String value : values) {
            if (json.length() > 1) {
                json.append(',');
            }
            appendString(json, value);
        }
        return json.append(']').toString();
    }

    static void appendString(StringBuilder json, String value) {
        json.append('"');
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c == '"' || c == '\\') {
                json.append('\\').append(c);
            } else if (c < 0x20) {
                json.append(String.format("\\u%04x", (int) c));
            } else {
                json.append(c);
            }
        }
        json.append('"');
    }
}
