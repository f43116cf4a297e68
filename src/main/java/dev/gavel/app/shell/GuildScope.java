package dev.gavel.app.shell;

import dev.gavel.core.model.GuildSettings;
import dev.gavel.core.stats.Statistics;

/**
 * What a page sees of the open store and the selected guild. Built by the shell when a store is
 * opened or another guild is picked.
 *
 * @param storeName   the store's file name, for titles and exported file names
 * @param readOnly    true for a database of the original bot or a store opened read-only
 * @param readOnlyWhy a sentence saying why it is read-only (null when it is not)
 * @param live        recording events arrive (a bot is connected through this console)
 */
public record GuildScope(
        String guildId,
        String guildName,
        GuildSettings settings,
        Statistics statistics,
        LiveSignal liveSignal,
        String storeName,
        boolean readOnly,
        String readOnlyWhy,
        boolean live) {
}
