package dev.gavel.store;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutionException;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.gavel.core.IsoTime;
import dev.gavel.core.Snowflakes;
import dev.gavel.core.model.MessageStat;
import org.jdbi.v3.core.Handle;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.sqlite.SQLiteErrorCode;
import org.sqlite.SQLiteException;

/**
 * Copies a database made by the original bot into a Gavel store ({@code gavel import}): ids as
 * text, times as {@code YYYY-MM-DDTHH:MM:SS.sssZ}, every row through the store's writer (message
 * rows in transactions of {@value #BATCH}, each adding what it inserted to the rollups as
 * {@link MessageStatsDao} would).
 * Idempotent: a row already in the store is counted as such and left as the store has it. A row that
 * cannot be converted is counted under its reason, never guessed. The source is opened read-only
 * and never written.
 */
public final class OriginalImport {

    static final int BATCH = 5_000;
    /** The button of the original's ticket panels said this. */
    static final String ORIGINAL_BUTTON_TEXT = "Open ticket";

    private static final Logger log = LoggerFactory.getLogger(OriginalImport.class);
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Set<String> REPORT_REASONS = Set.of("anonReport", "track", "spam");
    private static final Set<String> ACTION_TYPES = Set.of("ban", "unban", "kick", "timeout", "timeout_removed");

    /** Told how far the import is, after each batch. */
    public interface Progress {
        void update(String table, long done, long total);
    }

    /** What became of one table's rows. {@code notes} say what was filled in or left empty, and how. */
    public record TableReport(String table, long read, long imported, long alreadyPresent, Map<String, Long> notConverted,
                              List<String> notes) {
        public long notConvertedCount() {
            return notConverted.values().stream().mapToLong(Long::longValue).sum();
        }
    }

    public record Report(Path source, Path target, List<TableReport> tables) {
        public long imported() {
            return tables.stream().mapToLong(TableReport::imported).sum();
        }

        public long alreadyPresent() {
            return tables.stream().mapToLong(TableReport::alreadyPresent).sum();
        }

        public long notConverted() {
            return tables.stream().mapToLong(TableReport::notConvertedCount).sum();
        }
    }

    private final Store source;
    private final Store target;
    private final Progress progress;
    private final Set<String> sourceTables;

    private OriginalImport(Store source, Store target, Progress progress) {
        this.source = source;
        this.target = target;
        this.progress = progress;
        this.sourceTables = new HashSet<>(source.readTx(tx -> tx.handle()
                .createQuery("SELECT name FROM sqlite_master WHERE type = 'table'").mapTo(String.class).list()));
    }

    /**
     * Imports {@code from} (a database of the original bot, never written) into the Gavel store
     * {@code into} (created if missing, brought up to date if older).
     */
    public static Report run(Path from, Path into, Progress progress) {
        if (Files.exists(from) && Files.exists(into) && sameFile(from, into)) {
            throw new StoreException(into + " is the file being imported. Give another file for the Gavel store with --db.");
        }
        try (Store source = Store.openReadOnly(from)) {
            if (source.kind() != StoreKind.ORIGINAL) {
                throw new StoreException(from + " is a Gavel store, not a database of the original bot: open it as it is, "
                        + "or copy it with: gavel backup --db " + from + " --to <file>");
            }
            try (Store target = Store.open(into)) {
                return new OriginalImport(source, target, progress).all(from, into);
            }
        }
    }

    private Report all(Path from, Path into) {
        List<TableReport> reports = new ArrayList<>();
        reports.add(guilds());
        reports.add(users());
        reports.add(messages());
        reports.add(channels());
        reports.add(ticketsConfig());
        reports.add(subscriptions());
        reports.add(userThreads());
        reports.add(reports());
        reports.add(modActions());
        reports.add(sessions());
        Report report = new Report(from, into, reports.stream().filter(r -> r != null).toList());
        log.info("Imported {} into {}: {} new, {} already present, {} not converted", from, into, report.imported(),
                report.alreadyPresent(), report.notConverted());
        return report;
    }

    // ---- tables -------------------------------------------------------------------------------

    private TableReport guilds() {
        Tally tally = new Tally("guilds");
        if (!sourceTables.contains("guilds")) {
            return tally.missing();
        }
        List<Map<String, Object>> rows = readAll("SELECT " + ModerationReads.idText("id") + " AS id, id IS NULL AS no_id, "
                + "settings FROM guilds ORDER BY rowid");
        List<Object[]> converted = new ArrayList<>();
        for (Map<String, Object> row : rows) {
            tally.read++;
            String id = text(row, "id");
            if (id == null) {
                tally.reject(flag(row, "no_id") ? "no id" : "the id is neither text nor a whole number");
                continue;
            }
            converted.add(new Object[] {id, row.get("settings") == null ? null : row.get("settings").toString()});
        }
        insertAll(tally, "INSERT INTO guilds (id, settings) VALUES (?, ?) ON CONFLICT DO NOTHING", converted);
        return tally.report();
    }

    private TableReport users() {
        Tally tally = new Tally("users");
        if (!sourceTables.contains("users")) {
            return tally.missing();
        }
        List<Object[]> converted = new ArrayList<>();
        for (Map<String, Object> row : readAll("SELECT id, email, externalId, authProvider FROM users ORDER BY rowid")) {
            tally.read++;
            String id = text(row, "id");
            String external = text(row, "externalId");
            if (id == null) {
                tally.reject("no id");
            } else if (external == null) {
                tally.reject("no externalId (Discord user id)");
            } else {
                converted.add(new Object[] {id, text(row, "email"), external, text(row, "authProvider")});
            }
        }
        insertAll(tally, "INSERT INTO users (id, email, externalId, authProvider) VALUES (?, ?, ?, ?) ON CONFLICT DO NOTHING",
                converted);
        return tally.report();
    }

    private TableReport messages() {
        Tally tally = new Tally("message_stats");
        if (!sourceTables.contains("message_stats")) {
            return tally.missing();
        }
        Set<String> columns = source.readTx(tx -> StoreCheck.columns(tx.handle(), "message_stats"));
        String code = columns.contains("code_stats") ? "code_stats" : "NULL";
        String links = columns.contains("link_stats") ? "link_stats" : "NULL";
        if (!columns.contains("code_stats") || !columns.contains("link_stats")) {
            tally.notes.add("the database has no code_stats or link_stats column (an older version): imported as []");
        }
        long total = source.readTx(tx -> tx.handle().createQuery("SELECT count(*) FROM message_stats").mapTo(Long.class).one());
        String query = "SELECT rowid AS rid, " + ModerationReads.idText("message_id") + " AS message_id, message_id IS NULL AS no_id, "
                + ModerationReads.idText("guild_id") + " AS guild_id, " + ModerationReads.idText("channel_id") + " AS channel_id, "
                + ModerationReads.idText("author_id") + " AS author_id, " + ModerationReads.idText("recipient_id") + " AS recipient_id, "
                + "channel_category, sent_at, typeof(sent_at) = 'integer' AS sent_ok, word_count, char_count, react_count, "
                + "typeof(word_count) = 'integer' AND typeof(char_count) = 'integer' AS counts_ok, "
                + "typeof(react_count) IN ('integer', 'null') AS reacts_ok, "
                + code + " AS code_stats, " + links + " AS link_stats, "
                + jsonArrayOrNull(code) + " AS code_ok, " + jsonArrayOrNull(links) + " AS links_ok "
                + "FROM message_stats WHERE rowid > :after ORDER BY rowid LIMIT " + BATCH;
        long after = Long.MIN_VALUE;
        long emptyReactions = 0;
        long emptyStats = 0;
        while (true) {
            long from = after;
            List<Map<String, Object>> rows = source.readTx(tx -> tx.handle().createQuery(query).bind("after", from).mapToMap().list());
            if (rows.isEmpty()) {
                break;
            }
            after = ((Number) rows.get(rows.size() - 1).get("rid")).longValue();
            List<Object[]> converted = new ArrayList<>();
            for (Map<String, Object> row : rows) {
                tally.read++;
                String reason = messageProblem(row);
                if (reason != null) {
                    tally.reject(reason);
                    continue;
                }
                if (row.get("react_count") == null) {
                    emptyReactions++;
                }
                if (row.get("code_stats") == null || row.get("link_stats") == null) {
                    emptyStats++;
                }
                converted.add(new Object[] {text(row, "message_id"), text(row, "guild_id"), text(row, "channel_id"),
                        text(row, "channel_category"), text(row, "author_id"), text(row, "recipient_id"), number(row, "sent_at"),
                        number(row, "word_count"), number(row, "char_count"),
                        row.get("react_count") == null ? 0L : number(row, "react_count"),
                        row.get("code_stats") == null ? "[]" : row.get("code_stats").toString(),
                        row.get("link_stats") == null ? "[]" : row.get("link_stats").toString()});
            }
            insertMessages(tally, converted);
            progress.update("message_stats", tally.read, total);
        }
        if (emptyReactions > 0) {
            tally.notes.add(emptyReactions + " empty react_count values imported as 0");
        }
        if (emptyStats > 0 && columns.contains("code_stats")) {
            tally.notes.add(emptyStats + " empty code_stats or link_stats values imported as []");
        }
        return tally.report();
    }

    /** SQL: 1 when the value is NULL or a JSON array (json_type would fail on text that is not JSON). */
    private static String jsonArrayOrNull(String column) {
        return "(CASE WHEN " + column + " IS NULL THEN 1 WHEN json_valid(" + column + ") THEN json_type(" + column
                + ") = 'array' ELSE 0 END)";
    }

    private static String messageProblem(Map<String, Object> row) {
        if (row.get("message_id") == null) {
            return flag(row, "no_id") ? "no message_id" : "the message_id is neither text nor a whole number";
        }
        if (row.get("author_id") == null) {
            return "no author_id";
        }
        if (row.get("guild_id") == null) {
            return "no guild_id";
        }
        if (row.get("channel_id") == null) {
            return "no channel_id";
        }
        if (!flag(row, "sent_ok")) {
            return "sent_at is not a whole number of milliseconds";
        }
        if (!flag(row, "counts_ok")) {
            return "the word or character count is missing or not a whole number";
        }
        if (!flag(row, "reacts_ok") || (row.get("react_count") != null && number(row, "react_count") < 0)) {
            return "react_count is not a whole number of zero or more";
        }
        if (!fitsCount(number(row, "word_count")) || !fitsCount(number(row, "char_count"))
                || (row.get("react_count") != null && !fitsCount(number(row, "react_count")))) {
            return "a word, character or reaction count is larger than Gavel keeps (" + Integer.MAX_VALUE + ")";
        }
        if (!flag(row, "code_ok") || !flag(row, "links_ok")) {
            return "code_stats or link_stats is not a JSON array";
        }
        return null;
    }

    private static boolean fitsCount(long count) {
        return count >= Integer.MIN_VALUE && count <= Integer.MAX_VALUE;
    }

    private void insertMessages(Tally tally, List<Object[]> rows) {
        write(tx -> {
            Connection connection = tx.handle().getConnection();
            try (PreparedStatement insert = connection.prepareStatement("INSERT INTO message_stats (message_id, guild_id, "
                    + "channel_id, channel_category, author_id, recipient_id, sent_at, word_count, char_count, react_count, "
                    + "code_stats, link_stats) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (message_id) DO NOTHING");
                 PreparedStatement same = connection.prepareStatement("SELECT 1 FROM message_stats WHERE message_id = ? "
                         + "AND guild_id = ? AND channel_id = ? AND author_id = ? AND sent_at = ?")) {
                RollupDelta delta = new RollupDelta();
                for (Object[] row : rows) {
                    Outcome outcome = execute(insert, row);
                    if (outcome == Outcome.INSERTED) {
                        delta.add(messageStat(row));
                    }
                    if (outcome == Outcome.CONFLICT) {
                        bind(same, row[0], row[1], row[2], row[4], row[6]);
                        try (ResultSet rs = same.executeQuery()) {
                            if (rs.next()) {
                                tally.alreadyPresent++;
                            } else {
                                tally.reject("another message with the same message_id is already in the store (kept)");
                            }
                        }
                    } else {
                        tally.count(outcome);
                    }
                }
                RollupWriter.apply(tx.handle(), delta);
            }
        });
    }

    /** A converted row (in the order of the insert's columns) as the store keeps it. */
    private static MessageStat messageStat(Object[] row) {
        return new MessageStat((String) row[0], (String) row[1], (String) row[2], (String) row[3], (String) row[4],
                (String) row[5], (Long) row[6], Math.toIntExact((Long) row[7]), Math.toIntExact((Long) row[8]),
                Math.toIntExact((Long) row[9]), (String) row[10], (String) row[11]);
    }

    private TableReport channels() {
        Tally tally = new Tally("channel_info");
        if (!sourceTables.contains("channel_info")) {
            return tally.missing();
        }
        Map<String, String> guildOfChannel = new HashMap<>();
        if (sourceTables.contains("message_stats")) {
            readAll("SELECT " + ModerationReads.idText("channel_id") + " AS channel_id, min(" + ModerationReads.idText("guild_id")
                    + ") AS guild_id FROM message_stats WHERE guild_id IS NOT NULL GROUP BY 1")
                    .forEach(r -> guildOfChannel.put(text(r, "channel_id"), text(r, "guild_id")));
        }
        Set<String> seen = new HashSet<>();
        List<Object[]> converted = new ArrayList<>();
        long withoutGuild = 0;
        // Newest first: the original added a row when a channel changed, so the last row is the current name.
        for (Map<String, Object> row : readAll("SELECT " + ModerationReads.idText("id") + " AS id, id IS NULL AS no_id, name, "
                + "category FROM channel_info ORDER BY rowid DESC")) {
            tally.read++;
            String id = text(row, "id");
            if (id == null) {
                tally.reject(flag(row, "no_id") ? "no id" : "the id is neither text nor a whole number");
            } else if (!seen.add(id)) {
                tally.reject("an older row of the same channel (the newest was kept)");
            } else {
                String guild = guildOfChannel.get(id);
                if (guild == null) {
                    withoutGuild++;
                }
                converted.add(new Object[] {id, guild, text(row, "name"), text(row, "category")});
            }
        }
        insertAll(tally, "INSERT INTO channel_info (id, guild_id, name, category) VALUES (?, ?, ?, ?) ON CONFLICT DO NOTHING",
                converted);
        if (withoutGuild > 0) {
            tally.notes.add(withoutGuild + " channels have no guild: no recorded message was sent in them");
        }
        return tally.report();
    }

    private TableReport ticketsConfig() {
        Tally tally = new Tally("tickets_config");
        if (!sourceTables.contains("tickets_config")) {
            return tally.missing();
        }
        List<Object[]> configs = new ArrayList<>();
        List<Object[]> panels = new ArrayList<>();
        long lacking = 0;
        String where = sourceTables.contains("message_stats")
                ? "(SELECT " + ModerationReads.idText("guild_id") + " FROM message_stats m WHERE m.message_id = c.message_id) AS guild_id, "
                        + "(SELECT " + ModerationReads.idText("channel_id") + " FROM message_stats m WHERE m.message_id = c.message_id) "
                        + "AS panel_channel_id "
                : "NULL AS guild_id, NULL AS panel_channel_id ";
        for (Map<String, Object> row : readAll("SELECT " + ModerationReads.idText("message_id") + " AS message_id, "
                + "message_id IS NULL AS no_id, " + ModerationReads.idText("channel_id") + " AS channel_id, "
                + ModerationReads.idText("role_id") + " AS role_id, " + where + "FROM tickets_config c ORDER BY rowid")) {
            tally.read++;
            String messageId = text(row, "message_id");
            String roleId = text(row, "role_id");
            if (messageId == null) {
                tally.reject(flag(row, "no_id") ? "no message_id" : "the message_id is neither text nor a whole number");
                continue;
            }
            if (roleId == null) {
                tally.reject("no role_id");
                continue;
            }
            configs.add(new Object[] {messageId, text(row, "channel_id"), roleId});
            String guild = text(row, "guild_id");
            String panelChannel = text(row, "panel_channel_id");
            Optional<Instant> made = Snowflakes.time(messageId);
            if (guild != null && panelChannel != null && made.isPresent()) {
                panels.add(new Object[] {messageId, guild, panelChannel, ORIGINAL_BUTTON_TEXT, IsoTime.format(made.get())});
            } else {
                lacking++;
            }
        }
        insertAll(tally, "INSERT INTO tickets_config (message_id, channel_id, role_id) VALUES (?, ?, ?) ON CONFLICT DO NOTHING",
                configs);
        if (!panels.isEmpty()) {
            write(tx -> {
                try (PreparedStatement insert = tx.handle().getConnection().prepareStatement("INSERT INTO ticket_panels "
                        + "(message_id, guild_id, panel_channel_id, button_text, created_at) VALUES (?, ?, ?, ?, ?) "
                        + "ON CONFLICT DO NOTHING")) {
                    for (Object[] panel : panels) {
                        execute(insert, panel);
                    }
                }
            });
            tally.notes.add(panels.size() + " panels got Gavel's panel settings (guild and channel from the recorded panel "
                    + "message, button \"" + ORIGINAL_BUTTON_TEXT + "\")");
        }
        if (lacking > 0) {
            tally.notes.add(lacking + " panels lack their guild or channel (no recorded message is the panel): kept in "
                    + "tickets_config, listed apart in the console");
        }
        return tally.report();
    }

    private TableReport subscriptions() {
        Tally tally = new Tally("guild_subscriptions");
        if (!sourceTables.contains("guild_subscriptions")) {
            return tally.missing();
        }
        List<Object[]> converted = new ArrayList<>();
        long periodEndsLeftEmpty = 0;
        for (Map<String, Object> row : readAll("SELECT " + ModerationReads.idText("guild_id") + " AS guild_id, "
                + "guild_id IS NULL AS no_id, stripe_customer_id, stripe_subscription_id, product_tier, status, "
                + "current_period_end, created_at, updated_at FROM guild_subscriptions ORDER BY rowid")) {
            tally.read++;
            String guild = text(row, "guild_id");
            Optional<Instant> created = time(row, "created_at");
            Optional<Instant> updated = time(row, "updated_at");
            if (guild == null) {
                tally.reject(flag(row, "no_id") ? "no guild_id" : "the guild_id is neither text nor a whole number");
            } else if (text(row, "product_tier") == null || text(row, "status") == null) {
                tally.reject("no product_tier or status");
            } else if (created.isEmpty() || updated.isEmpty()) {
                tally.reject("created_at or updated_at is not a time (e.g. the text CURRENT_TIMESTAMP) and nothing in the row "
                        + "dates it");
            } else {
                Optional<Instant> periodEnd = time(row, "current_period_end");
                if (row.get("current_period_end") != null && periodEnd.isEmpty()) {
                    periodEndsLeftEmpty++;
                }
                converted.add(new Object[] {guild, text(row, "stripe_customer_id"), text(row, "stripe_subscription_id"),
                        text(row, "product_tier"), text(row, "status"), periodEnd.map(IsoTime::format).orElse(null),
                        IsoTime.format(created.get()), IsoTime.format(updated.get())});
            }
        }
        insertAll(tally, "INSERT INTO guild_subscriptions (guild_id, stripe_customer_id, stripe_subscription_id, product_tier, "
                + "status, current_period_end, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING",
                converted);
        if (periodEndsLeftEmpty > 0) {
            tally.notes.add(periodEndsLeftEmpty + " current_period_end values were not times and were left empty");
        }
        return tally.report();
    }

    private TableReport userThreads() {
        Tally tally = new Tally("user_threads");
        if (!sourceTables.contains("user_threads")) {
            return tally.missing();
        }
        List<Object[]> converted = new ArrayList<>();
        long dated = 0;
        for (Map<String, Object> row : readAll("SELECT " + ModerationReads.idText("user_id") + " AS user_id, "
                + ModerationReads.idText("guild_id") + " AS guild_id, " + ModerationReads.idText("thread_id") + " AS thread_id, "
                + "created_at FROM user_threads ORDER BY rowid")) {
            tally.read++;
            String user = text(row, "user_id");
            String guild = text(row, "guild_id");
            String thread = text(row, "thread_id");
            if (user == null || guild == null || thread == null) {
                tally.reject("no user_id, guild_id or thread_id");
                continue;
            }
            Optional<Instant> created = time(row, "created_at");
            if (created.isEmpty()) {
                created = Snowflakes.time(thread);
                if (created.isEmpty()) {
                    tally.reject("created_at is not a time and thread_id is not a Discord id to date it by");
                    continue;
                }
                dated++;
            }
            String at = IsoTime.format(created.get());
            converted.add(new Object[] {user, guild, thread, at, at});
        }
        insertAll(tally, "INSERT INTO user_threads (user_id, guild_id, thread_id, created_at, updated_at) VALUES (?, ?, ?, ?, ?) "
                + "ON CONFLICT DO NOTHING", converted);
        if (dated > 0) {
            tally.notes.add(dated + " created_at values were not times (CURRENT_TIMESTAMP): dated by the time in their thread's id");
        }
        if (!converted.isEmpty()) {
            tally.notes.add("updated_at (which the original did not keep) set to created_at");
        }
        return tally.report();
    }

    private TableReport reports() {
        Tally tally = new Tally("reported_messages");
        if (!sourceTables.contains("reported_messages")) {
            return tally.missing();
        }
        List<Object[]> converted = new ArrayList<>();
        long dated = 0;
        String[] ids = {"reported_message_id", "reported_channel_id", "reported_user_id", "guild_id", "log_message_id",
                "log_channel_id", "staff_id"};
        StringBuilder select = new StringBuilder("SELECT id, reason, staff_username, extra, created_at, deleted_at");
        for (String id : ids) {
            select.append(", ").append(ModerationReads.idText(id)).append(" AS ").append(id);
        }
        for (Map<String, Object> row : readAll(select + " FROM reported_messages ORDER BY rowid")) {
            tally.read++;
            String id = text(row, "id");
            String reason = text(row, "reason");
            if (id == null) {
                tally.reject("no id");
                continue;
            }
            if (List.of(ids).subList(0, 6).stream().anyMatch(c -> text(row, c) == null)) {
                tally.reject("a message, channel, user, guild or log id is missing");
                continue;
            }
            if (!REPORT_REASONS.contains(reason)) {
                tally.reject("the reason is not anonReport, track or spam");
                continue;
            }
            Optional<Instant> deleted = time(row, "deleted_at");
            if (row.get("deleted_at") != null && deleted.isEmpty()) {
                tally.reject("deleted_at is not a time");
                continue;
            }
            Optional<Instant> created = time(row, "created_at");
            if (created.isEmpty()) {
                created = Snowflakes.time(text(row, "log_message_id")).or(() -> Snowflakes.time(text(row, "reported_message_id")));
                if (created.isEmpty()) {
                    tally.reject("created_at is not a time and no id in the row is a Discord id to date it by");
                    continue;
                }
                dated++;
            }
            converted.add(new Object[] {id, text(row, "reported_message_id"), text(row, "reported_channel_id"),
                    text(row, "reported_user_id"), text(row, "guild_id"), text(row, "log_message_id"), text(row, "log_channel_id"),
                    reason, text(row, "staff_id"), text(row, "staff_username"), text(row, "extra"), IsoTime.format(created.get()),
                    deleted.map(IsoTime::format).orElse(null)});
        }
        insertAll(tally, "INSERT INTO reported_messages (id, reported_message_id, reported_channel_id, reported_user_id, guild_id, "
                + "log_message_id, log_channel_id, reason, staff_id, staff_username, extra, created_at, deleted_at) "
                + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING", converted);
        if (dated > 0) {
            tally.notes.add(dated + " created_at values were not times (CURRENT_TIMESTAMP): dated by the time in the log "
                    + "message's id (else the reported message's)");
        }
        return tally.report();
    }

    private TableReport modActions() {
        Tally tally = new Tally("mod_actions");
        if (!sourceTables.contains("mod_actions")) {
            return tally.missing();
        }
        List<Object[]> converted = new ArrayList<>();
        long dated = 0;
        for (Map<String, Object> row : readAll("SELECT " + ModerationReads.idText("id") + " AS id, "
                + ModerationReads.idText("user_id") + " AS user_id, " + ModerationReads.idText("guild_id") + " AS guild_id, "
                + "action_type, " + ModerationReads.idText("executor_id") + " AS executor_id, executor_username, reason, duration, "
                + "created_at FROM mod_actions ORDER BY rowid")) {
            tally.read++;
            String id = text(row, "id");
            if (id == null || text(row, "user_id") == null || text(row, "guild_id") == null) {
                tally.reject("no id, user_id or guild_id");
                continue;
            }
            if (!ACTION_TYPES.contains(text(row, "action_type"))) {
                tally.reject("the action_type is not ban, unban, kick, timeout or timeout_removed");
                continue;
            }
            Optional<Instant> created = time(row, "created_at");
            if (created.isEmpty()) {
                created = Snowflakes.time(id);
                if (created.isEmpty()) {
                    tally.reject("created_at is not a time and the id is not a Discord id to date it by");
                    continue;
                }
                dated++;
            }
            converted.add(new Object[] {id, text(row, "user_id"), text(row, "guild_id"), text(row, "action_type"),
                    text(row, "executor_id"), text(row, "executor_username"), text(row, "reason"), text(row, "duration"),
                    IsoTime.format(created.get())});
        }
        insertAll(tally, "INSERT INTO mod_actions (id, user_id, guild_id, action_type, executor_id, executor_username, reason, "
                + "duration, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING", converted);
        if (dated > 0) {
            tally.notes.add(dated + " created_at values were not times (CURRENT_TIMESTAMP): dated by the time in the action's id");
        }
        return tally.report();
    }

    /** The original's sessions are logins to its web dashboard; only recorder sessions belong in a Gavel store. */
    private TableReport sessions() {
        Tally tally = new Tally("sessions");
        if (!sourceTables.contains("sessions")) {
            return tally.missing();
        }
        List<Object[]> converted = new ArrayList<>();
        for (Map<String, Object> row : readAll("SELECT id, data, expires FROM sessions ORDER BY rowid")) {
            tally.read++;
            Optional<Instant> expires = time(row, "expires");
            if (text(row, "id") != null && isRecorderSession(text(row, "data")) && expires.isPresent()) {
                converted.add(new Object[] {text(row, "id"), text(row, "data"), IsoTime.format(expires.get())});
            } else {
                tally.reject("a login to the original's web dashboard, not a recording session (skipped)");
            }
        }
        insertAll(tally, "INSERT INTO sessions (id, data, expires) VALUES (?, ?, ?) ON CONFLICT DO NOTHING", converted);
        return tally.report();
    }

    private static boolean isRecorderSession(String data) {
        if (data == null) {
            return false;
        }
        try {
            JsonNode node = JSON.readTree(data);
            return node != null && node.hasNonNull("botId") && IsoTime.parseLenient(node.path("startedAt").asText(null)).isPresent();
        } catch (java.io.IOException notJson) {
            return false;
        }
    }

    // ---- reading and writing ------------------------------------------------------------------

    private List<Map<String, Object>> readAll(String sql) {
        return source.readTx(tx -> tx.handle().createQuery(sql).mapToMap().list());
    }

    private void insertAll(Tally tally, String sql, List<Object[]> rows) {
        for (int start = 0; start < rows.size(); start += BATCH) {
            List<Object[]> batch = rows.subList(start, Math.min(rows.size(), start + BATCH));
            write(tx -> {
                try (PreparedStatement insert = tx.handle().getConnection().prepareStatement(sql)) {
                    for (Object[] row : batch) {
                        tally.count(execute(insert, row));
                    }
                }
            });
            progress.update(tally.table, Math.min(rows.size(), start + BATCH), rows.size());
        }
    }

    private enum Outcome { INSERTED, CONFLICT, REFUSED }

    /** Runs one insert; a row the store's constraints refuse is counted, never the whole batch lost. */
    private static Outcome execute(PreparedStatement insert, Object[] row) throws SQLException {
        bind(insert, row);
        try {
            return insert.executeUpdate() == 1 ? Outcome.INSERTED : Outcome.CONFLICT;
        } catch (SQLiteException e) {
            if ((e.getResultCode().code & 0xff) == SQLiteErrorCode.SQLITE_CONSTRAINT.code) {
                log.debug("Import: a row was refused by the store: {}", e.getMessage());
                return Outcome.REFUSED;
            }
            throw e;
        }
    }

    private static void bind(PreparedStatement statement, Object... values) throws SQLException {
        for (int i = 0; i < values.length; i++) {
            statement.setObject(i + 1, values[i]);
        }
    }

    private interface SqlWork {
        void run(Tx tx) throws SQLException;
    }

    private void write(SqlWork work) {
        try {
            target.write(tx -> {
                try {
                    work.run(tx);
                    return null;
                } catch (SQLException e) {
                    throw new IllegalStateException("A write of the import failed", e);
                }
            }).get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new StoreException("The import into " + target.file() + " was interrupted; what was written so far is kept, "
                    + "and running the import again completes it.", e);
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            while (cause != null && !(cause instanceof SQLException) && !(cause instanceof StoreException)) {
                cause = cause.getCause();
            }
            if (cause instanceof StoreException store) {
                throw store;
            }
            if (cause instanceof SQLException sql) {
                throw StoreInspection.unreadable(target.file(), sql);
            }
            throw new IllegalStateException("The import failed while writing " + target.file(), e.getCause());
        }
    }

    private static String text(Map<String, Object> row, String column) {
        Object value = row.get(column.toLowerCase(java.util.Locale.ROOT));
        if (value == null) {
            value = row.get(column);
        }
        return value == null ? null : value.toString();
    }

    private static long number(Map<String, Object> row, String column) {
        return ((Number) row.get(column)).longValue();
    }

    private static boolean flag(Map<String, Object> row, String column) {
        Object value = row.get(column);
        return value instanceof Number n && n.intValue() != 0;
    }

    private static Optional<Instant> time(Map<String, Object> row, String column) {
        Object value = row.get(column);
        return value instanceof String s ? IsoTime.parseLenient(s) : Optional.empty();
    }

    private static boolean sameFile(Path a, Path b) {
        try {
            return Files.isSameFile(a, b);
        } catch (java.io.IOException e) {
            return false;
        }
    }

    /** Counts of one table. */
    private static final class Tally {
        final String table;
        long read;
        long imported;
        long alreadyPresent;
        final Map<String, Long> notConverted = new LinkedHashMap<>();
        final List<String> notes = new ArrayList<>();

        Tally(String table) {
            this.table = table;
        }

        void reject(String reason) {
            notConverted.merge(reason, 1L, Long::sum);
        }

        synchronized void count(Outcome outcome) {
            switch (outcome) {
                case INSERTED -> imported++;
                case CONFLICT -> alreadyPresent++;
                case REFUSED -> reject("the store refused it (a value outside what the store allows)");
            }
        }

        TableReport missing() {
            notes.add("not in this database (an older version of the original bot)");
            return report();
        }

        TableReport report() {
            return new TableReport(table, read, imported, alreadyPresent, java.util.Collections.unmodifiableMap(new LinkedHashMap<>(notConverted)),
                    List.copyOf(notes));
        }
    }
}
