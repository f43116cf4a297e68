package dev.gavel.core.stats;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Objects;

import dev.gavel.core.UserFacingException;
import dev.gavel.core.model.GuildSettings;
import dev.gavel.core.model.StatsThresholds;

/** What a statistics report is about: a guild, a range of days in a zone, a channel filter and the thresholds. */
public record StatsRequest(String guildId, DateRange range, ChannelFilter filter, StatsThresholds thresholds) {

    public StatsRequest {
        Objects.requireNonNull(guildId, "guildId");
        Objects.requireNonNull(range, "range");
        filter = filter == null ? ChannelFilter.NONE : filter;
        thresholds = thresholds == null ? StatsThresholds.DEFAULTS : thresholds;
    }

    /** A request with the guild's saved zone, channel filter and thresholds. */
    public static StatsRequest withSettings(String guildId, LocalDate from, LocalDate to, GuildSettings settings) {
        return new StatsRequest(guildId, new DateRange(from, to, zoneOf(settings)),
                ChannelFilter.of(settings.statsChannels(), settings.statsCategories()), settings.thresholds());
    }

    /** The guild's saved time zone. */
    public static ZoneId zoneOf(GuildSettings settings) {
        try {
            return ZoneId.of(settings.timeZone());
        } catch (DateTimeException e) {
            throw new UserFacingException("The guild's saved time zone '" + settings.timeZone()
                    + "' is not a time zone Gavel knows. Choose another in the guild settings (an IANA name such as Europe/Berlin, or UTC).", e);
        }
    }

    public StatsRequest withRange(DateRange other) {
        return new StatsRequest(guildId, other, filter, thresholds);
    }

    public StatsRequest withFilter(ChannelFilter other) {
        return new StatsRequest(guildId, range, other, thresholds);
    }

    public StatsRequest withThresholds(StatsThresholds other) {
        return new StatsRequest(guildId, range, filter, other);
    }
}
