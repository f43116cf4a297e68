package dev.gavel.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;

import dev.gavel.core.model.BackfillCursor;
import dev.gavel.core.model.ChannelInfo;
import dev.gavel.core.model.ChannelKind;
import dev.gavel.core.model.Feedback;
import dev.gavel.core.model.GuildProfile;
import dev.gavel.core.model.Member;
import dev.gavel.core.model.MessageStat;
import dev.gavel.core.model.ModAction;
import dev.gavel.core.model.ModActionType;
import dev.gavel.core.model.PanelStatus;
import dev.gavel.core.model.RecorderSession;
import dev.gavel.core.model.ReportReason;
import dev.gavel.core.model.ReportedMessage;
import dev.gavel.core.model.Ticket;
import dev.gavel.core.model.TicketPanel;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DaoRoundTripTest {

    private static final Instant T0 = Instant.parse("2025-03-01T10:15:30.123Z");

    @TempDir
    Path dir;
    Store store;

    @BeforeEach
    void open() {
        store = Store.open(dir.resolve("gavel.db"));
    }

    @AfterEach
    void close() {
        store.close();
    }

    @Test
    @DisplayName("message rows: upsert, reactions never below zero, edit, delete; rollups follow")
    void messages() throws Exception {
        MessageStat stat = new MessageStat("10", "g", "c", "General", "a", null, T0.toEpochMilli(), 3, 15, 0, "[]", "[]");
        store.write(tx -> {
            tx.dao(MessageStatsDao.class).upsert(stat);
            tx.dao(MessageStatsDao.class).addReactions("10", 2);
            tx.dao(MessageStatsDao.class).addReactions("10", -5);
            return null;
        }).get();
        var found1 = store.read(MessageStatsDao.class, d -> d.find("10"));
        assertThat(found1).get().extracting(MessageStat::reactCount).isEqualTo(0);
        store.write(tx -> tx.dao(MessageStatsDao.class).updateContent("10", 7, 30, "[{\"chars\":3,\"words\":1,\"lines\":1}]", "[]")).get();
        int words = store.readTx(tx -> tx.handle().createQuery("SELECT words FROM author_day WHERE guild_id = 'g'").mapTo(Integer.class).one());
        assertThat(words).isEqualTo(7);
        var found2 = store.read(MessageStatsDao.class, d -> d.newestInChannel("g", "c"));
        assertThat(found2).contains("10");
        store.write(tx -> tx.dao(MessageStatsDao.class).delete("10")).get();
        int rollupRows = store.readTx(tx -> tx.handle().createQuery("SELECT count(*) FROM author_day").mapTo(Integer.class).one());
        assertThat(rollupRows).isZero();
    }

    @Test
    @DisplayName("guilds, channels, members: names for offline use")
    void names() throws Exception {
        store.write(tx -> {
            tx.dao(GuildDao.class).upsertProfile(new GuildProfile("g", "Guild", null, 10, true));
            tx.dao(ChannelDao.class).upsert(new ChannelInfo("c", "g", "general", "Text", ChannelKind.TEXT, "cat", 1));
            tx.dao(MemberDao.class).upsert(new Member("g", "u", "user", "User!", null, false));
            tx.dao(GuildDao.class).saveSettingsJson("g", "{\"modLog\":\"c\"}");
            return null;
        }).get();
        var found3 = store.read(GuildDao.class, GuildDao::listAll);
        assertThat(found3).extracting(GuildProfile::name).containsExactly("Guild");
        var found4 = store.read(ChannelDao.class, d -> d.listByGuild("g"));
        assertThat(found4).singleElement()
                .satisfies(c -> assertThat(c.type()).isEqualTo(ChannelKind.TEXT));
        var found5 = store.read(MemberDao.class, d -> d.findAll("g", List.of("u")));
        assertThat(found5).extracting(Member::shownName).containsExactly("User!");
        var found6 = store.read(GuildDao.class, d -> d.settingsJson("g"));
        assertThat(found6).contains("{\"modLog\":\"c\"}");
    }

    @Test
    @DisplayName("tickets, reports, mod actions, sessions, cursors")
    void moderation() throws Exception {
        TicketPanel panel = new TicketPanel("p", "g", "c", null, "r", "Open ticket", 1, PanelStatus.ACTIVE, "u", T0);
        Ticket ticket = new Ticket("t", "g", "p", "c", "u", "user", "help me please", T0, null, null, null);
        ReportedMessage report = new ReportedMessage("id1", "m", "c", "u", "g", "log", "mod", ReportReason.ANON_REPORT, null, null,
                null, T0, null, "bad words", "[]");
        ModAction action = new ModAction("a1", "u", "g", ModActionType.TIMEOUT_REMOVED, "s", "staff", "calm", null, T0);
        RecorderSession session = new RecorderSession("s1", "bot", "Bot", T0, null, 0, 0, T0);
        store.write(tx -> {
            tx.dao(TicketDao.class).insertPanel(panel);
            tx.dao(TicketDao.class).insertTicket(ticket);
            tx.dao(TicketDao.class).closeTicket("t", T0.plusSeconds(60), "staff", Feedback.UP);
            assertThat(tx.dao(ReportDao.class).insert(report)).isEqualTo(1);
            assertThat(tx.dao(ReportDao.class).insert(report)).isZero();
            tx.dao(ModActionDao.class).insert(action);
            tx.dao(SessionDao.class).open(session);
            tx.dao(SessionDao.class).refresh("s1", T0.plusSeconds(60), 5, 1);
            tx.dao(BackfillCursorDao.class).advance(new BackfillCursor("c", "g", "200"));
            tx.dao(BackfillCursorDao.class).advance(new BackfillCursor("c", "g", "99"));
            return null;
        }).get();
        var found7 = store.read(TicketDao.class, d -> d.listPanels("g"));
        assertThat(found7).containsExactly(panel);
        var found8 = store.read(TicketDao.class, d -> d.findTicket("t"));
        assertThat(found8).get()
                .satisfies(t -> assertThat(t.feedback()).isEqualTo(Feedback.UP))
                .satisfies(t -> assertThat(t.closedAt()).isEqualTo(T0.plusSeconds(60)));
        var found9 = store.read(ReportDao.class, d -> d.listForUser("g", "u"));
        assertThat(found9).containsExactly(report);
        var found10 = store.read(ModActionDao.class, d -> d.listForUser("g", "u"));
        assertThat(found10).containsExactly(action);
        var found11 = store.read(SessionDao.class, d -> d.listOverlapping(T0, T0.plusSeconds(10)));
        assertThat(found11).singleElement()
                .satisfies(s -> assertThat(s.expires()).isEqualTo(T0.plusSeconds(60)))
                .satisfies(s -> assertThat(s.eventsRecorded()).isEqualTo(5));
        var found12 = store.read(BackfillCursorDao.class, d -> d.find("c"));
        assertThat(found12).get().extracting(BackfillCursor::lastMessageId).isEqualTo("200");
        store.write(tx -> tx.dao(TicketDao.class).deletePanel("p")).get();
        var found13 = store.read(TicketDao.class, d -> d.listPanels("g"));
        assertThat(found13).isEmpty();
    }
}
