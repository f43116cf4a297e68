package dev.gavel.demo;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import dev.gavel.core.model.ChannelKind;
import dev.gavel.core.model.GuildSettings;
import dev.gavel.core.model.Role;
import dev.gavel.core.model.StatsThresholds;
import dev.gavel.demo.ChannelSpec.Profile;

/** The demo guild's fixed parts: its name, roles and channels, and the settings a moderator made. */
final class GuildLayout {

    private static final long EARLIEST_GUILD_MS = LocalDate.of(2015, 6, 1).atStartOfDay(ZoneOffset.UTC).toInstant().toEpochMilli();

    private static final Map<String, Object[]> LANGUAGES = new LinkedHashMap<>();

    static {
        LANGUAGES.put("js", new Object[] {new String[] {"js", "ts", "jsx", "tsx", "json", "", "bash"},
                new double[] {40, 25, 10, 8, 5, 7, 5}});
        LANGUAGES.put("py", new Object[] {new String[] {"py", "python", "", "bash"}, new double[] {55, 25, 12, 8}});
        LANGUAGES.put("java", new Object[] {new String[] {"java", "kotlin", "xml", "", "groovy"}, new double[] {75, 8, 7, 6, 4}});
        LANGUAGES.put("rs", new Object[] {new String[] {"rs", "rust", "toml", ""}, new double[] {60, 25, 8, 7}});
        LANGUAGES.put("css", new Object[] {new String[] {"css", "html", "scss", "js", ""}, new double[] {45, 30, 10, 10, 5}});
        LANGUAGES.put("sql", new Object[] {new String[] {"sql", "", "json", "py", "sh"}, new double[] {70, 12, 8, 5, 5}});
        LANGUAGES.put("ops", new Object[] {new String[] {"yaml", "bash", "dockerfile", "sh", "", "nginx"},
                new double[] {35, 25, 15, 10, 10, 5}});
        LANGUAGES.put("any", new Object[] {new String[] {"", "js", "py", "ts", "java", "rs", "c", "cpp", "go"},
                new double[] {30, 15, 15, 10, 8, 7, 5, 5, 5}});
        LANGUAGES.put("forum", new Object[] {new String[] {"js", "py", "ts", "java", "rs", "css", "sql", "", "go"},
                new double[] {25, 20, 10, 10, 8, 7, 7, 8, 5}});
    }

    final String guildId;
    final String guildName;
    final long guildCreatedMs;
    final List<Role> roles = new ArrayList<>();
    final String adminRoleId;
    final String moderatorRoleId;
    final String helperRoleId;
    final String restrictedRoleId;
    /** Categories first, then the channels, in Discord's order. */
    final List<ChannelSpec> channels = new ArrayList<>();
    private final Map<String, ChannelSpec> byName = new LinkedHashMap<>();

    GuildLayout(long seed, Timeline timeline, Snowflakes ids) {
        DemoRandom random = DemoRandom.of(seed, "guild");
        this.guildName = random.pick(Vocabulary.GUILD_NAMES);
        long created = timeline.startMs - random.nextLong(300, 900) * Timeline.DAY;
        this.guildCreatedMs = Math.max(EARLIEST_GUILD_MS, created);
        this.guildId = ids.nextText(guildCreatedMs);

        roles.add(new Role(guildId, guildId, "@everyone", null, 0));
        String[] names = {"Member", "Event Pings", "Restricted", "Regular", "Bots", "Helper", "Moderator", "Admin"};
        Integer[] colors = {null, null, 0x7F8C8D, 0xF1C40F, 0x95A5A6, 0x2ECC71, 0x3498DB, 0xE74C3C};
        Map<String, String> roleIds = new LinkedHashMap<>();
        for (int i = 0; i < names.length; i++) {
            String id = ids.nextText(guildCreatedMs + random.nextLong(Timeline.MINUTE, 30 * Timeline.DAY));
            roleIds.put(names[i], id);
            roles.add(new Role(guildId, id, names[i], colors[i], i + 1));
        }
        this.adminRoleId = roleIds.get("Admin");
        this.moderatorRoleId = roleIds.get("Moderator");
        this.helperRoleId = roleIds.get("Helper");
        this.restrictedRoleId = roleIds.get("Restricted");

        Builder b = new Builder(ids, random, guildCreatedMs);
        b.category("Information");
        b.channel("welcome", ChannelKind.TEXT, Profile.CHAT, 0, "any", false, false);
        b.channel("rules", ChannelKind.TEXT, Profile.CHAT, 0, "any", false, false);
        b.channel("announcements", ChannelKind.NEWS, Profile.ANNOUNCE, 0, "any", false, false);
        b.channel("contact-the-mods", ChannelKind.TEXT, Profile.TICKET, 0, "any", false, false);
        b.category("Community");
        b.channel("general", ChannelKind.TEXT, Profile.CHAT, 30, "any", false, true);
        b.channel("introductions", ChannelKind.TEXT, Profile.INTRO, 2, "any", false, false);
        b.channel("off-topic", ChannelKind.TEXT, Profile.CHAT, 14, "any", false, false);
        b.channel("memes", ChannelKind.TEXT, Profile.MEDIA, 5, "any", false, false);
        b.channel("showcase", ChannelKind.TEXT, Profile.SHOWCASE, 4, "any", false, true);
        b.category("Help");
        b.channel("help-forum", ChannelKind.FORUM, Profile.HELP, 12, "forum", false, true);
        b.channel("javascript", ChannelKind.TEXT, Profile.HELP, 10, "js", false, true);
        b.channel("python", ChannelKind.TEXT, Profile.HELP, 8, "py", false, true);
        b.channel("java", ChannelKind.TEXT, Profile.HELP, 4, "java", false, false);
        b.channel("rust", ChannelKind.TEXT, Profile.HELP, 3, "rs", false, false);
        b.channel("web-design", ChannelKind.TEXT, Profile.HELP, 4, "css", false, false);
        b.channel("databases", ChannelKind.TEXT, Profile.HELP, 3, "sql", false, false);
        b.category("Topics");
        b.channel("code-review", ChannelKind.TEXT, Profile.REVIEW, 3, "any", false, true);
        b.channel("career", ChannelKind.TEXT, Profile.LONG, 3, "any", false, false);
        b.channel("devops", ChannelKind.TEXT, Profile.HELP, 2, "ops", false, false);
        b.channel("algorithms", ChannelKind.TEXT, Profile.HELP, 2, "any", false, false);
        b.category("Voice");
        b.channel("Lounge", ChannelKind.VOICE, Profile.CHAT, 3, "any", false, false);
        b.channel("Pair Programming", ChannelKind.VOICE, Profile.HELP, 1.5, "any", false, false);
        b.category("Staff");
        b.channel("mod-log", ChannelKind.TEXT, Profile.STAFF, 0, "any", true, false);
        b.channel("deletion-log", ChannelKind.TEXT, Profile.STAFF, 0, "any", true, false);
        b.channel("staff-chat", ChannelKind.TEXT, Profile.STAFF, 2, "any", true, false);
        b.channel("tickets", ChannelKind.TEXT, Profile.TICKET, 0, "any", true, false);
        b.channel("helper-applications", ChannelKind.TEXT, Profile.TICKET, 0, "any", true, false);
        channels.addAll(b.channels);
        channels.forEach(c -> byName.put(c.name, c));
    }

    static String[] languages(String topic) {
        return (String[]) LANGUAGES.get(topic)[0];
    }

    static double[] languageWeights(String topic) {
        return (double[]) LANGUAGES.get(topic)[1];
    }

    ChannelSpec channel(String name) {
        ChannelSpec channel = byName.get(name);
        if (channel == null) {
            throw new IllegalArgumentException("The demo guild has no channel " + name);
        }
        return channel;
    }

    /** The channels people chat in (not categories, forums are included: their posts are threads). */
    List<ChannelSpec> conversational() {
        return channels.stream().filter(c -> c.popularity > 0).toList();
    }

    /** The settings the demo's moderators ended up with. */
    GuildSettings settings() {
        return new GuildSettings(channel("mod-log").id, moderatorRoleId, restrictedRoleId, channel("deletion-log").id,
                List.of(), List.of(), GuildSettings.DEFAULT_TIME_ZONE, StatsThresholds.DEFAULTS, Map.of());
    }

    /** The settings as first made, before the restricted role and the deletion log were set up. */
    GuildSettings firstSettings() {
        return new GuildSettings(channel("mod-log").id, moderatorRoleId, null, null, List.of(), List.of(),
                GuildSettings.DEFAULT_TIME_ZONE, StatsThresholds.DEFAULTS, Map.of());
    }

    private static final class Builder {
        private final Snowflakes ids;
        private final DemoRandom random;
        private final long guildCreatedMs;
        private final List<ChannelSpec> channels = new ArrayList<>();
        private ChannelSpec category;
        private int categoryPosition;
        private int channelPosition;

        Builder(Snowflakes ids, DemoRandom random, long guildCreatedMs) {
            this.ids = ids;
            this.random = random;
            this.guildCreatedMs = guildCreatedMs;
        }

        void category(String name) {
            category = new ChannelSpec(created(), name, ChannelKind.CATEGORY, null, null, categoryPosition++, Profile.CHAT, 0,
                    "any", new String[] {""}, new double[] {1}, false, false);
            channels.add(category);
            channelPosition = 0;
        }

        void channel(String name, ChannelKind kind, Profile profile, double popularity, String topic, boolean staffOnly,
                     boolean threadsAllowed) {
            Object[] languages = LANGUAGES.get(topic);
            channels.add(new ChannelSpec(created(), name, kind, category.name, category.id, channelPosition++, profile,
                    popularity, "forum".equals(topic) ? "any" : topic, (String[]) languages[0], (double[]) languages[1],
                    staffOnly, threadsAllowed));
        }

        private String created() {
            return ids.nextText(guildCreatedMs + random.nextLong(Timeline.MINUTE, 60 * Timeline.DAY));
        }
    }
}
