package dev.gavel.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;

import dev.gavel.core.model.BackfillCursor;
import dev.gavel.core.model.ChannelInfo;
import dev.gavel.core.model.ChannelKind;
import dev.gavel.core.model.GuildProfile;
import dev.gavel.core.model.Member;
import dev.gavel.core.model.Role;
import dev.gavel.core.model.UserThread;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DatedRowsDaoTest {

    private static final Instant T1 = Instant.parse("2024-02-03T04:05:06.789Z");
    private static final Instant T2 = Instant.parse("2024-05-06T07:08:09.010Z");

    @TempDir
    Path dir;

    @Test
    @DisplayName("rows written with known times keep those times, not the time they were written")
    void keepsGivenTimes() throws Exception {
        try (Store store = Store.open(dir.resolve("gavel.db"))) {
            store.write(tx -> {
                DatedRowsDao dao = tx.dao(DatedRowsDao.class);
                dao.upsertProfile(new GuildProfile("g", "Guild", null, 5, true), T1, T2);
                dao.upsertRoles(List.of(new Role("g", "r", "Moderator", 0x3498DB, 3)), T2);
                dao.upsertChannels(List.of(new ChannelInfo("c", "g", "general", "Community", ChannelKind.TEXT, "cat", 1)), T2);
                dao.upsertMembers(List.of(new Member("g", "u", "user", null, null, false)), T2);
                dao.upsertUserThreads(List.of(new UserThread("u", "g", "t", T1, T2)));
                dao.advanceCursors(List.of(new BackfillCursor("c", "g", "200"), new BackfillCursor("d", "g", "300")), List.of(T1, T2));
                dao.advanceCursors(List.of(new BackfillCursor("c", "g", "100")), List.of(T2));
                dao.insertSettingsChange("g", T1, "u", null, "{}");
                return null;
            }).get();
            assertThat(StoreProbe.query(store, "SELECT first_seen_at, updated_at FROM guild_profiles"))
                    .containsExactly(List.of("2024-02-03T04:05:06.789Z", "2024-05-06T07:08:09.010Z"));
            assertThat(StoreProbe.query(store, "SELECT updated_at FROM roles UNION ALL SELECT updated_at FROM channel_info "
                    + "UNION ALL SELECT updated_at FROM members")).containsOnly(List.of("2024-05-06T07:08:09.010Z"));
            var thread = store.read(UserThreadDao.class, d -> d.find("g", "u"));
            assertThat(thread).contains(new UserThread("u", "g", "t", T1, T2));
            assertThat(StoreProbe.query(store, "SELECT channel_id, last_message_id, updated_at FROM backfill_cursors ORDER BY 1"))
                    .containsExactly(List.of("c", "200", "2024-02-03T04:05:06.789Z"), List.of("d", "300", "2024-05-06T07:08:09.010Z"));
            assertThat(StoreProbe.query(store, "SELECT changed_at FROM settings_history"))
                    .containsExactly(List.of("2024-02-03T04:05:06.789Z"));
        }
    }
}
