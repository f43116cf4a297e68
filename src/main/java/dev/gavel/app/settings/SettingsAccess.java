package dev.gavel.app.settings;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CompletionException;

import dev.gavel.app.session.ConsoleSession;
import dev.gavel.app.session.GuildDirectory;
import dev.gavel.core.UserFacingException;
import dev.gavel.core.model.ChannelInfo;
import dev.gavel.core.model.GuildSettings;
import dev.gavel.core.model.GuildSettingsJson;
import dev.gavel.core.model.Member;
import dev.gavel.core.model.Role;
import dev.gavel.core.model.SettingsChange;
import dev.gavel.store.GuildDao;
import dev.gavel.store.MemberDao;
import dev.gavel.store.SettingsHistoryDao;
import dev.gavel.store.Store;

/**
 * The guild settings page's way to the store and to Discord: reads the settings, the pickers'
 * channels and roles and the history; saves a change with its history row in one transaction.
 * Every method blocks: call them from a background task.
 */
public final class SettingsAccess {

    private final ConsoleSession session;

    public SettingsAccess(ConsoleSession session) {
        this.session = session;
    }

    /** The settings as stored: the raw text (empty when the guild has none) and what it says, or why it cannot be read. */
    public StoredSettings load(String guildId) {
        Optional<String> raw = session.store().reads().guildSettingsJson(guildId);
        try {
            return new StoredSettings(raw.orElse(null), GuildSettingsJson.parse(raw.orElse(null)), null);
        } catch (IllegalArgumentException e) {
            return new StoredSettings(raw.orElse(null), null, e.getMessage());
        }
    }

    public List<ChannelInfo> channels(String guildId) {
        return directory().channels(guildId);
    }

    public List<Role> roles(String guildId) {
        return directory().roles(guildId);
    }

    public GuildDirectory directory() {
        return session.directory();
    }

    public boolean isLive() {
        return session.isLive();
    }

    /** The changes of the guild's settings, newest first; a database of the original bot has none. */
    public List<SettingsChange> history(String guildId) {
        if (session.store().isOriginal()) {
            return List.of();
        }
        Store store = session.store().store();
        return store.read(SettingsHistoryDao.class, dao -> dao.listByGuild(guildId));
    }

    /** The names of those members among {@code userIds} the store knows (a history's "who" is a user id). */
    public Map<String, String> memberNames(String guildId, Collection<String> userIds) {
        if (session.store().isOriginal() || userIds.isEmpty()) {
            return Map.of();
        }
        List<Member> members = session.store().store().read(MemberDao.class, dao -> dao.findAll(guildId, userIds));
        return members.stream().collect(java.util.stream.Collectors.toMap(Member::userId, Member::shownName, (a, b) -> a));
    }

    public boolean isReadOnly() {
        return session.store().isReadOnly();
    }

    public String readOnlyWhy() {
        return session.store().readOnlyWhy();
    }

    /**
     * Writes {@code after} as the guild's settings and a history row (before, after, who) in one
     * transaction.
     *
     * @param expectedBefore the stored text the change was made from (null: none); when the store
     *                       holds another by now, nothing is written
     * @return the text written
     * @throws UserFacingException when the settings were changed elsewhere meanwhile, or the store refuses
     */
    public String save(String guildId, String expectedBefore, GuildSettings after) {
        String json = GuildSettingsJson.write(after);
        String who = session.changedBy();
        try {
            session.store().store().write(tx -> {
                GuildDao guilds = tx.dao(GuildDao.class);
                String current = guilds.settingsJson(guildId).orElse(null);
                if (!Objects.equals(current, expectedBefore)) {
                    throw new UserFacingException("The settings were changed elsewhere since they were shown; nothing was "
                            + "saved. Reload them and make the change again.");
                }
                guilds.saveSettingsJson(guildId, json);
                tx.dao(SettingsHistoryDao.class).insert(guildId, who, current, json);
                return null;
            }).join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException cause) {
                throw cause;
            }
            throw e;
        }
        return json;
    }

    /**
     * The settings as stored.
     *
     * @param raw      the stored text; null when the guild has none
     * @param settings what it says; null when it cannot be read
     * @param problem  why it cannot be read; null when it can
     */
    public record StoredSettings(String raw, GuildSettings settings, String problem) {
        public boolean isMalformed() {
            return problem != null;
        }
    }
}
