package dev.gavel.demo;

import java.text.Normalizer;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import dev.gavel.demo.DemoMember.Staff;

/**
 * The demo guild's people and bots. Activity is heavy-tailed: members are ranked, and the weight
 * of rank r falls as a power of r, so a few members write most of the messages; many members
 * are lurkers who hardly write at all. Members join over the timeline (more of them later: the
 * guild grows), some go quiet, each has a time zone and a few favourite channels.
 */
final class Cast {

    /** Time zones members live in, as minutes from UTC, and how many members live there. */
    static final int[] ZONE_OFFSETS_MINUTES = {-480, -300, 0, 60, 330, 480};
    private static final double[] ZONE_SHARES = {16, 28, 12, 26, 11, 7};
    private static final double ZIPF_EXPONENT = 1.0;
    /** Flattens the top of the curve: more for big guilds, whose keenest members are many. */
    private static final double MAX_ZIPF_OFFSET = 5;
    private static final double MEMBERS_PER_OFFSET = 80;
    private static final double LURKER_SHARE = 0.55;
    private static final double LURKER_WEIGHT = 0.03;
    private static final String[] INTERESTS = {"js", "py", "java", "rs", "css", "sql", "ops"};
    private static final double[] INTEREST_SHARES = {30, 25, 12, 10, 12, 6, 5};
    private static final long EARLIEST_ACCOUNT_MS = LocalDate.of(2015, 5, 15).atStartOfDay(ZoneOffset.UTC).toInstant().toEpochMilli();

    final List<DemoMember> people = new ArrayList<>();
    final List<DemoMember> bots = new ArrayList<>();
    /** Moderators and admins: who files reports, acts on tracked members and closes tickets. */
    final List<DemoMember> moderators = new ArrayList<>();
    final List<DemoMember> admins = new ArrayList<>();
    private final double zipfOffset;

    Cast(long seed, DemoOptions options, Timeline timeline, GuildLayout layout, Snowflakes ids) {
        DemoRandom random = DemoRandom.of(seed, "cast");
        int count = options.members();
        this.zipfOffset = Math.max(1, Math.min(MAX_ZIPF_OFFSET, count / MEMBERS_PER_OFFSET));
        Set<String> usernames = new HashSet<>();
        for (String[] bot : Vocabulary.BOTS) {
            usernames.add(bot[0]);
            bots.add(new DemoMember(bots.size(), ids.nextText(layout.guildCreatedMs + random.nextLong(Timeline.MINUTE,
                    40 * Timeline.DAY)), bot[0], bot[1], true, -1));
        }
        int[] ranks = shuffledRanks(count, random);
        for (int i = 0; i < count; i++) {
            String given = random.pick(Vocabulary.GIVEN_NAMES);
            String username = username(random, given, usernames);
            DemoMember member = new DemoMember(i, null, username, displayName(random, given, username), false, ranks[i]);
            people.add(member);
        }
        double maxWeight = weightOf(0);
        for (DemoMember member : people) {
            double weight = weightOf(member.rank);
            boolean lurker = member.rank >= count * 0.3 && random.chance(LURKER_SHARE);
            member.weight = lurker ? weight * LURKER_WEIGHT : weight;
            member.presence = 0.04 + 0.9 * StrictMath.pow(member.weight / maxWeight, 0.3);
            member.timeZoneGroup = weightedIndex(random, ZONE_SHARES);
            member.verbosity = random.logNormal(1, 0.3);
            member.codeAffinity = random.logNormal(1, 0.5);
        }
        chooseStaff(random, count);
        for (DemoMember member : people) {
            planLife(random, member, timeline, count);
        }
        for (DemoMember member : people) {
            long joinedMs = member.joinDay == DemoMember.BEFORE_START
                    ? timeline.startMs - random.nextLong(Timeline.DAY, 500 * Timeline.DAY)
                    : timeline.dayStart(member.joinDay) - random.nextLong(Timeline.MINUTE, Timeline.DAY);
            long createdMs = Math.max(EARLIEST_ACCOUNT_MS, joinedMs - random.nextLong(Timeline.DAY, 6 * 365 * Timeline.DAY));
            member.id = ids.nextText(createdMs);
        }
        for (DemoMember member : people) {
            chooseFavourites(random, member, layout);
            if (member.staff == Staff.ADMIN) {
                admins.add(member);
            }
            if (member.isStaff()) {
                moderators.add(member);
            }
        }
    }

    DemoMember gavelBot() {
        return bots.get(0);
    }

    double weightOf(int rank) {
        return 1.0 / StrictMath.pow(rank + zipfOffset, ZIPF_EXPONENT);
    }

    private static int[] shuffledRanks(int count, DemoRandom random) {
        int[] ranks = new int[count];
        for (int i = 0; i < count; i++) {
            ranks[i] = i;
        }
        for (int i = count - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            int swap = ranks[i];
            ranks[i] = ranks[j];
            ranks[j] = swap;
        }
        return ranks;
    }

    /** Admins, moderators and helpers come from the most active members and stay all along. */
    private void chooseStaff(DemoRandom random, int count) {
        int admins = count < 30 ? 1 : 2;
        int moderators = Math.max(2, Math.min(12, Math.min(count / 60, count / 5)));
        int helpers = Math.max(1, Math.min(25, Math.min(count / 40, count / 5)));
        List<DemoMember> pool = new ArrayList<>(people.stream()
                .filter(m -> m.rank < Math.max(10, count * 0.3)).toList());
        for (Staff staff : new Staff[] {Staff.ADMIN, Staff.MODERATOR, Staff.HELPER}) {
            int wanted = staff == Staff.ADMIN ? admins : staff == Staff.MODERATOR ? moderators : helpers;
            for (int i = 0; i < wanted && !pool.isEmpty(); i++) {
                DemoMember chosen = pool.remove(random.nextInt(pool.size()));
                chosen.staff = staff;
                double leastStaffWeight = weightOf((int) (count * 0.1));
                chosen.weight = Math.max(chosen.weight, leastStaffWeight);
                chosen.presence = Math.max(chosen.presence, 0.6);
            }
        }
    }

    /** When a member starts writing and when they go quiet; the guild grows, so more join later. */
    private static void planLife(DemoRandom random, DemoMember member, Timeline timeline, int count) {
        int days = timeline.days;
        if (member.staff != Staff.NONE || random.chance(0.3)) {
            member.joinDay = DemoMember.BEFORE_START;
        } else {
            member.joinDay = (int) (days * StrictMath.pow(random.nextDouble(), 0.7));
        }
        boolean top = member.rank < count * 0.05;
        double quietChance = member.staff != Staff.NONE ? 0 : top ? 0.15 : 0.4;
        if (random.chance(quietChance)) {
            int from = Math.max(0, member.joinDay);
            member.quietDay = from + 5 + (int) random.exponential(days * 0.4);
            if (member.quietDay >= days) {
                member.quietDay = DemoMember.NEVER;
            }
        } else {
            member.quietDay = DemoMember.NEVER;
        }
    }

    private static void chooseFavourites(DemoRandom random, DemoMember member, GuildLayout layout) {
        String interest = INTERESTS[weightedIndex(random, INTEREST_SHARES)];
        List<ChannelSpec> candidates = new ArrayList<>();
        List<Double> weights = new ArrayList<>();
        for (ChannelSpec channel : layout.conversational()) {
            if (channel.staffOnly && !member.isStaff()) {
                continue;
            }
            double weight = channel.popularity;
            if (channel.topic.equals(interest)) {
                weight *= 5;
            }
            if (member.staff == Staff.HELPER && channel.profile == ChannelSpec.Profile.HELP) {
                weight *= 3;
            }
            if (channel.staffOnly) {
                weight *= 4;
            }
            candidates.add(channel);
            weights.add(weight);
        }
        int wanted = 1 + random.nextInt(3) + (member.rank < 20 ? 1 : 0) + (member.isStaff() ? 1 : 0);
        List<ChannelSpec> favourites = new ArrayList<>();
        List<Double> favouriteWeights = new ArrayList<>();
        for (int i = 0; i < wanted && !candidates.isEmpty(); i++) {
            double[] cumulative = cumulative(weights);
            int chosen = random.weighted(cumulative);
            favourites.add(candidates.remove(chosen));
            favouriteWeights.add(weights.remove(chosen) * random.uniform(0.4, 1.6));
        }
        member.favourites = favourites.toArray(new ChannelSpec[0]);
        member.favouriteCumulative = cumulative(favouriteWeights);
    }

    private static String username(DemoRandom random, String given, Set<String> taken) {
        String name = ascii(given);
        String adjective = random.pick(Vocabulary.ADJECTIVES);
        String noun = random.pick(Vocabulary.NOUNS);
        double style = random.nextDouble();
        String username;
        if (style < 0.25) {
            username = adjective + noun;
        } else if (style < 0.4) {
            username = adjective + "_" + noun;
        } else if (style < 0.6) {
            username = name + "." + random.pick(List.of(noun, "dev", "codes", "builds", "js", "py"));
        } else if (style < 0.75) {
            username = noun + random.nextInt(2, 2000);
        } else if (style < 0.85) {
            username = name + "_" + adjective;
        } else if (style < 0.9) {
            username = "its" + name;
        } else {
            username = name + random.nextInt(1, 100);
        }
        while (!taken.add(username)) {
            username = username + random.nextInt(10);
        }
        return username;
    }

    private static String displayName(DemoRandom random, String given, String username) {
        double style = random.nextDouble();
        if (style < 0.35) {
            return null;
        }
        if (style < 0.6) {
            return random.chance(0.3) ? given + random.pick(Vocabulary.DISPLAY_TAGS) : given;
        }
        if (style < 0.8) {
            return capitalize(random.pick(Vocabulary.ADJECTIVES)) + " " + capitalize(random.pick(Vocabulary.NOUNS));
        }
        if (style < 0.9) {
            return given + " " + (char) ('A' + random.nextInt(26)) + ".";
        }
        return username + random.pick(Vocabulary.DISPLAY_TAGS);
    }

    static String ascii(String name) {
        String plain = Normalizer.normalize(name.replace("Ł", "L").replace("ł", "l").replace("Ø", "O").replace("ø", "o"),
                Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        return plain.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]", "");
    }

    private static String capitalize(String word) {
        return Character.toUpperCase(word.charAt(0)) + word.substring(1);
    }

    static int weightedIndex(DemoRandom random, double[] weights) {
        double[] cumulative = new double[weights.length];
        double sum = 0;
        for (int i = 0; i < weights.length; i++) {
            sum += weights[i];
            cumulative[i] = sum;
        }
        return random.weighted(cumulative);
    }

    static double[] cumulative(List<Double> weights) {
        double[] cumulative = new double[weights.size()];
        double sum = 0;
        for (int i = 0; i < cumulative.length; i++) {
            sum += weights.get(i);
            cumulative[i] = sum;
        }
        return cumulative;
    }
}
