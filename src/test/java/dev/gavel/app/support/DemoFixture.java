package dev.gavel.app.support;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;

import dev.gavel.app.session.ConsoleSession;
import dev.gavel.app.session.OpenStore;
import dev.gavel.app.session.StoreOpener;
import dev.gavel.core.model.GuildProfile;
import dev.gavel.demo.DemoOptions;
import dev.gavel.demo.DemoStore;
import dev.gavel.demo.DemoSummary;
import dev.gavel.store.GuildDao;
import dev.gavel.store.Store;

/** Small demo stores for the console's tests: the real generator, a few days and messages. */
public final class DemoFixture {

    /** The demo guild of a small store, ending today (so "the last 7 days" hold data). */
    public static final DemoOptions SMALL = new DemoOptions(7, 14, 20, 1_500, LocalDate.now(ZoneOffset.UTC));

    public static final String SECOND_GUILD_ID = "222222222222222222";
    public static final String SECOND_GUILD_NAME = "Quiet Corner";

    private DemoFixture() {
    }

    public static DemoSummary create(Path file) {
        return DemoStore.create(file, SMALL);
    }

    /** A small demo store with a second guild beside the demo's (a name and settings, nothing recorded). */
    public static DemoSummary createWithSecondGuild(Path file) {
        DemoSummary summary = create(file);
        try (Store store = Store.open(file)) {
            store.write(tx -> {
                tx.dao(GuildDao.class).upsertProfile(new GuildProfile(SECOND_GUILD_ID, SECOND_GUILD_NAME, null, 3, true));
                tx.dao(GuildDao.class).saveSettingsJson(SECOND_GUILD_ID, "{\"timeZone\":\"Europe/Berlin\"}");
                return null;
            }).join();
        }
        return summary;
    }

    public static ConsoleSession offline(Path file) {
        return ConsoleSession.offline(open(file));
    }

    public static OpenStore open(Path file) {
        return new StoreOpener(java.time.Clock.systemUTC()).open(file);
    }
}
