package dev.gavel.store;

import java.sql.SQLException;
import java.time.Instant;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

import dev.gavel.core.Snowflakes;
import dev.gavel.core.model.ChannelInfo;
import dev.gavel.core.model.GuildProfile;
import dev.gavel.core.model.GuildSubscription;
import dev.gavel.core.model.Member;
import dev.gavel.core.model.ModAction;
import dev.gavel.core.model.RecorderSession;
import dev.gavel.core.model.ReportedMessage;
import dev.gavel.core.model.Role;
import dev.gavel.core.model.Ticket;
import dev.gavel.core.model.TicketPanel;
import dev.gavel.core.model.UserThread;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.JdbiException;
import org.jdbi.v3.core.mapper.reflect.ConstructorMapper;

/**
 * The moderation data the views show, read from either kind of store: a Gavel store (through the
 * DAOs) or a database made by the original bot (read-only, with its quirks: ids stored as INTEGER,
 * times in several formats or the text {@code CURRENT_TIMESTAMP}, tables an older version lacks).
 * Every method picks its SQL by {@link Store#kind()}; the caller never needs to know which it is.
 *
 * <p>Times that cannot be read are null ("unknown"), never invented. A table an older original
 * database lacks reads as empty; {@link #lacks(String)} tells the views so that they can say why.
 * Statistics ({@code message_stats} aggregation) are not here.
 */
public final class ModerationReads {

    private static final String REPORT_REASONS = "('anonReport', 'track', 'spam')";
    private static final String ACTION_TYPES = "('ban', 'unban', 'kick', 'timeout', 'timeout_removed')";

    private final Store store;
    private final Set<String> tables;

    public ModerationReads(Store store) {
        this.store = store;
        this.tables = guarded(() -> store.readTx(tx -> new HashSet<>(tx.handle()
                .createQuery("SELECT name FROM sqlite_master WHERE type = 'table'").mapTo(String.class).list())));
    }

    public boolean isOriginal() {
        return store.kind() == StoreKind.ORIGINAL;
    }

    /** True when the store has no such table (a database of an older original bot). */
    public boolean lacks(String table) {
        return !tables.contains(table);
    }

    /**
     * Every guild the store knows. A database of the original bot has no names: its guilds (from
     * {@code guilds} and the recorded messages) are named by their id.
     */
    public List<GuildProfile> guilds() {
        if (!isOriginal()) {
            return guarded(() -> store.read(GuildDao.class, GuildDao::listAll));
        }
        StringBuilder sql = new StringBuilder("SELECT guild_id FROM (");
        String union = "";
        if (tables.contains("guilds")) {
            sql.append("SELECT ").append(idText("id")).append(" AS guild_id FROM guilds");
            union = " UNION ";
        }
        if (tables.contains("message_stats")) {
            sql.append(union).append("SELECT ").append(idText("guild_id")).append(" FROM message_stats");
        } else if (union.isEmpty()) {
            return List.of();
        }
        sql.append(") WHERE guild_id IS NOT NULL ORDER BY guild_id");
        return query(h -> h.createQuery(sql.toString()).mapTo(String.class)
                .map(id -> new GuildProfile(id, id, null, null, false)).list());
    }

    /** The guild's settings JSON as stored, if the guild has a row. */
    public Optional<String> guildSettingsJson(String guildId) {
        if (!isOriginal()) {
            return guarded(() -> store.read(GuildDao.class, dao -> dao.settingsJson(guildId)));
        }
        if (lacks("guilds")) {
            return Optional.empty();
        }
        return query(h -> h.createQuery("SELECT settings FROM guilds WHERE " + idText("id") + " = :guildId")
                .bind("guildId", guildId).mapTo(String.class).findFirst());
    }

    /**
     * The guild's channels. The original's {@code channel_info} has no guild: its channels are the
     * ones the guild's recorded messages were sent in, named from {@code channel_info} where it
     * has them (else the name is null), with no kind, parent or position.
     */
    public List<ChannelInfo> channels(String guildId) {
        if (!isOriginal()) {
            return guarded(() -> store.read(ChannelDao.class, dao -> dao.listByGuild(guildId)));
        }
        if (lacks("message_stats")) {
            return List.of();
        }
        String names = lacks("channel_info")
                ? "(SELECT NULL AS id, NULL AS name, NULL AS category)"
                : "(SELECT id, name, category FROM channel_info WHERE rowid IN "
                        + "(SELECT max(rowid) FROM channel_info WHERE id IS NOT NULL GROUP BY id))";
        return query(h -> h.createQuery("SELECT m.channel_id AS id, :guildId AS guild_id, ci.name, "
                        + "coalesce(ci.category, m.category) AS category, NULL AS type, NULL AS parent_id, NULL AS position "
                        + "FROM (SELECT channel_id, max(channel_category) AS category FROM message_stats "
                        + "      WHERE guild_id = :guildId AND channel_id IS NOT NULL GROUP BY channel_id) m "
                        + "LEFT JOIN " + names + " ci ON ci.id = m.channel_id "
                        + "ORDER BY lower(coalesce(ci.name, m.channel_id))")
                .bind("guildId", guildId).map(ConstructorMapper.of(ChannelInfo.class)).list());
    }

    /** Members' names; the original kept none. */
    public List<Member> members(String guildId) {
        return isOriginal() ? List.of() : guarded(() -> store.read(MemberDao.class, dao -> dao.listByGuild(guildId)));
    }

    /** Roles' names; the original kept none. */
    public List<Role> roles(String guildId) {
        return isOriginal() ? List.of() : guarded(() -> store.read(RoleDao.class, dao -> dao.listByGuild(guildId)));
    }

    /** The guild's user threads, most recently active first; those of unknown time last. */
    public List<UserThread> userThreads(String guildId) {
        if (!isOriginal()) {
            return guarded(() -> store.read(UserThreadDao.class, dao -> dao.listByGuild(guildId)));
        }
        if (lacks("user_threads")) {
            return List.of();
        }
        return query(h -> h.createQuery(ORIGINAL_THREADS + "WHERE guild_id = :guildId").bind("guildId", guildId)
                .map(ConstructorMapper.of(UserThread.class)).list()).stream()
                .sorted(Comparator.comparing(UserThread::updatedAt, Comparator.nullsLast(Comparator.reverseOrder())))
                .toList();
    }

    public Optional<UserThread> userThread(String guildId, String userId) {
        if (!isOriginal()) {
            return guarded(() -> store.read(UserThreadDao.class, dao -> dao.find(guildId, userId)));
        }
        if (lacks("user_threads")) {
            return Optional.empty();
        }
        return query(h -> h.createQuery(ORIGINAL_THREADS + "WHERE guild_id = :guildId AND user_id = :userId")
                .bind("guildId", guildId).bind("userId", userId).map(ConstructorMapper.of(UserThread.class)).findFirst());
    }

    private static final String ORIGINAL_THREADS =
            "SELECT user_id, guild_id, thread_id, created_at, created_at AS updated_at FROM user_threads ";

    /** What was filed in the guild, oldest first (unknown times first). Rows with a reason Gavel does not know are left out. */
    public List<ReportedMessage> reports(String guildId) {
        if (!isOriginal()) {
            return guarded(() -> store.read(ReportDao.class, dao -> dao.listByGuild(guildId)));
        }
        return originalReports("guild_id = :guildId", guildId, null);
    }

    public List<ReportedMessage> reportsForUser(String guildId, String userId) {
        if (!isOriginal()) {
            return guarded(() -> store.read(ReportDao.class, dao -> dao.listForUser(guildId, userId)));
        }
        return originalReports("guild_id = :guildId AND reported_user_id = :userId", guildId, userId);
    }

    private List<ReportedMessage> originalReports(String where, String guildId, String userId) {
        if (lacks("reported_messages")) {
            return List.of();
        }
        return sortedByTime(query(h -> h.createQuery("SELECT id, reported_message_id, reported_channel_id, reported_user_id, "
                        + "guild_id, log_message_id, log_channel_id, reason, staff_id, staff_username, extra, created_at, "
                        + "deleted_at, NULL AS content, NULL AS attachments FROM reported_messages WHERE " + where
                        + " AND reason IN " + REPORT_REASONS)
                .bind("guildId", guildId).bind("userId", userId).map(ConstructorMapper.of(ReportedMessage.class)).list()),
                ReportedMessage::createdAt);
    }

    /** Moderation seen in the guild, oldest first (unknown times first). Rows of an action type Gavel does not know are left out. */
    public List<ModAction> modActions(String guildId) {
        if (!isOriginal()) {
            return guarded(() -> store.read(ModActionDao.class, dao -> dao.listByGuild(guildId)));
        }
        return originalActions("guild_id = :guildId", guildId, null);
    }

    public List<ModAction> modActionsForUser(String guildId, String userId) {
        if (!isOriginal()) {
            return guarded(() -> store.read(ModActionDao.class, dao -> dao.listForUser(guildId, userId)));
        }
        return originalActions("guild_id = :guildId AND user_id = :userId", guildId, userId);
    }

    private List<ModAction> originalActions(String where, String guildId, String userId) {
        if (lacks("mod_actions")) {
            return List.of();
        }
        return sortedByTime(query(h -> h.createQuery("SELECT id, user_id, guild_id, action_type, executor_id, executor_username, "
                        + "reason, duration, created_at FROM mod_actions WHERE " + where + " AND action_type IN " + ACTION_TYPES)
                .bind("guildId", guildId).bind("userId", userId).map(ConstructorMapper.of(ModAction.class)).list()),
                ModAction::createdAt);
    }

    /**
     * The guild's ticket panels. For a database of the original bot (which kept no guild with a
     * panel), a panel belongs to the guild of the recorded message that is the panel itself, or
     * else of the messages recorded in its ticket channel (see {@link TicketPanel} for what is unknown).
     */
    public List<TicketPanel> ticketPanels(String guildId) {
        if (!isOriginal()) {
            return guarded(() -> store.read(TicketDao.class, dao -> dao.listPanels(guildId)));
        }
        return originalPanels().stream().filter(p -> guildId.equals(p.guildId())).toList();
    }

    /**
     * Panels whose guild is not known: in a database of the original bot, those no recorded
     * message ties to a guild; in a Gavel store, {@code tickets_config} rows imported without one.
     */
    public List<TicketPanel> ticketPanelsWithoutGuild() {
        if (isOriginal()) {
            return originalPanels().stream().filter(p -> p.guildId() == null).toList();
        }
        return query(h -> h.createQuery("SELECT c.message_id, NULL AS guild_id, NULL AS panel_channel_id, "
                        + "c.channel_id AS target_channel_id, c.role_id, NULL AS button_text, 1 AS open_limit, "
                        + "'active' AS status, NULL AS created_by, NULL AS created_at FROM tickets_config c "
                        + "WHERE NOT EXISTS (SELECT 1 FROM ticket_panels p WHERE p.message_id = c.message_id) ORDER BY c.message_id")
                .map(ConstructorMapper.of(TicketPanel.class)).list()).stream().map(ModerationReads::withIdTime).toList();
    }

    private List<TicketPanel> originalPanels() {
        if (lacks("tickets_config")) {
            return List.of();
        }
        String derived = lacks("message_stats")
                ? "NULL AS guild_id, NULL AS panel_channel_id "
                : "coalesce((SELECT guild_id FROM message_stats m WHERE m.message_id = c.message_id), "
                        + "(SELECT guild_id FROM message_stats m WHERE m.channel_id = c.channel_id AND m.guild_id IS NOT NULL LIMIT 1)) "
                        + "AS guild_id, (SELECT channel_id FROM message_stats m WHERE m.message_id = c.message_id) AS panel_channel_id ";
        return query(h -> h.createQuery("SELECT c.message_id, " + derived + ", c.channel_id AS target_channel_id, c.role_id, "
                        + "NULL AS button_text, 1 AS open_limit, 'active' AS status, NULL AS created_by, NULL AS created_at "
                        + "FROM tickets_config c WHERE c.message_id IS NOT NULL ORDER BY c.message_id")
                .map(ConstructorMapper.of(TicketPanel.class)).list()).stream().map(ModerationReads::withIdTime).toList();
    }

    private static TicketPanel withIdTime(TicketPanel p) {
        Instant made = Snowflakes.time(p.messageId()).orElse(null);
        return new TicketPanel(p.messageId(), p.guildId(), p.panelChannelId(), p.targetChannelId(), p.roleId(), p.buttonText(),
                p.openLimit(), p.status(), p.createdBy(), made);
    }

    /** Tickets opened in the guild, newest first; the original kept none. */
    public List<Ticket> tickets(String guildId) {
        return isOriginal() ? List.of() : guarded(() -> store.read(TicketDao.class, dao -> dao.listTickets(guildId)));
    }

    /** The guild's subscription with the original's billing, if it had one. */
    public Optional<GuildSubscription> subscription(String guildId) {
        if (lacks("guild_subscriptions")) {
            return Optional.empty();
        }
        return query(h -> h.createQuery("SELECT " + idText("guild_id") + " AS guild_id, stripe_customer_id, stripe_subscription_id, "
                        + "product_tier, status, current_period_end, created_at, updated_at FROM guild_subscriptions "
                        + "WHERE " + idText("guild_id") + " = :guildId")
                .bind("guildId", guildId).map(ConstructorMapper.of(GuildSubscription.class)).findFirst());
    }

    /**
     * Recorder sessions overlapping {@code [from, to)}: when a bot was connected and recording. The
     * original's {@code sessions} are web logins, not recordings: none for its databases.
     */
    public List<RecorderSession> recorderSessions(Instant from, Instant to) {
        return isOriginal() ? List.of() : guarded(() -> store.read(SessionDao.class, dao -> dao.listOverlapping(from, to)));
    }

    /** SQL for an id column as text: INTEGER values become their digits; anything but text or integer is null. */
    static String idText(String column) {
        return "(CASE typeof(" + column + ") WHEN 'text' THEN " + column + " WHEN 'integer' THEN CAST(" + column
                + " AS TEXT) END)";
    }

    private static <T> List<T> sortedByTime(List<T> rows, Function<T, Instant> time) {
        return rows.stream().sorted(Comparator.comparing(time, Comparator.nullsFirst(Comparator.naturalOrder()))).toList();
    }

    private <R> R query(Function<Handle, R> work) {
        return guarded(() -> store.readTx(tx -> work.apply(tx.handle())));
    }

    /** Turns a SQLite failure (a file damaged after it was opened, a lock) into the store's sentence. */
    private <R> R guarded(java.util.function.Supplier<R> read) {
        try {
            return read.get();
        } catch (JdbiException e) {
            Throwable cause = e;
            while (cause != null && !(cause instanceof SQLException)) {
                cause = cause.getCause();
            }
            if (cause instanceof SQLException sql) {
                throw StoreInspection.unreadable(store.file(), sql);
            }
            throw e;
        }
    }
}
