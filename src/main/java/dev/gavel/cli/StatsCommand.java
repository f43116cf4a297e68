package dev.gavel.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

import dev.gavel.core.UserFacingException;
import dev.gavel.core.model.GuildSettings;
import dev.gavel.core.stats.ChannelFilter;
import dev.gavel.core.stats.DateRange;
import dev.gavel.core.stats.Statistics;
import dev.gavel.core.stats.StatsRequest;
import dev.gavel.store.SqlActivityQueries;
import dev.gavel.store.Store;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code gavel stats}: one statistics report of a guild, read from a store without changing it. */
@Command(name = "stats",
        mixinStandardHelpOptions = true,
        description = {
            "Prints a statistics report of a guild from a store (a Gavel store or a database made by the original bot), "
                    + "without changing the file.",
            "Days are whole calendar days in the time zone, --from and --to included. The zone, the channel filter and "
                    + "the thresholds default to the guild's saved settings.",
            "CSV columns: daily = date,messages,words,reactions,authors; top = author_id,name,messages,words,reactions,channels,"
                    + "categories,word_score,message_score,channel_score,consistency_score,percent_zero_days; overview = the "
                    + "per-day table; member = its per-day table; channels = one row per channel; heatmap = weekday,hour,messages; "
                    + "cohort = one row per metric with its quantiles (and the member's value, percentile and rank)."})
public final class StatsCommand implements Callable<Integer> {

    enum Report {
        OVERVIEW, DAILY, TOP, MEMBER, CHANNELS, HEATMAP, COHORT
    }

    private final Clock clock;

    @Spec
    private CommandSpec spec;

    @Option(names = "--db", required = true, paramLabel = "FILE", description = "The store to read.")
    private Path db;

    @Option(names = "--guild", paramLabel = "ID", description = "The guild; may be left out when the store holds one guild.")
    private String guild;

    @Option(names = "--from", required = true, paramLabel = "DATE", converter = DateConverter.class,
            description = "The first day, YYYY-MM-DD.")
    private LocalDate from;

    @Option(names = "--to", required = true, paramLabel = "DATE", converter = DateConverter.class,
            description = "The last day (included), YYYY-MM-DD.")
    private LocalDate to;

    @Option(names = "--tz", paramLabel = "ZONE", converter = ZoneConverter.class,
            description = "IANA time zone the days are counted in (default: the guild's setting, else UTC).")
    private ZoneId zone;

    @Option(names = "--report", required = true, paramLabel = "REPORT", converter = ReportConverter.class,
            description = "overview, daily, top, member, channels, heatmap or cohort.")
    private Report report;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "table", converter = FormatConverter.class,
            description = "table (default), csv or json.")
    private String format;

    @Option(names = "--member", paramLabel = "ID", description = "The member of --report member, or to compare with --report cohort.")
    private String member;

    @Option(names = "--channel", paramLabel = "ID", description = "Count only this channel (repeatable; with --category, either matches).")
    private List<String> channels;

    @Option(names = "--category", paramLabel = "NAME", description = "Count only channels of this category (repeatable).")
    private List<String> categories;

    StatsCommand(Clock clock) {
        this.clock = clock;
    }

    @Override
    public Integer call() {
        if (from.isAfter(to)) {
            throw usage("--from " + from + " is after --to " + to + ". Give a --from on or before --to.");
        }
        if (report == Report.MEMBER && member == null) {
            throw usage("--report member needs --member ID.");
        }
        if (member != null && report != Report.MEMBER && report != Report.COHORT) {
            throw usage("--member goes with --report member or --report cohort, not --report " + name(report) + ".");
        }
        try (Store store = Store.openReadOnly(db)) {
            Statistics statistics = new Statistics(SqlActivityQueries.of(store), clock);
            String guildId = guild(statistics);
            GuildSettings settings = statistics.settings(guildId);
            ZoneId days = zone != null ? zone : StatsRequest.zoneOf(settings);
            ChannelFilter filter = channels != null || categories != null ? ChannelFilter.of(channels, categories)
                    : ChannelFilter.of(settings.statsChannels(), settings.statsCategories());
            StatsRequest request = new StatsRequest(guildId, new DateRange(from, to, days), filter, settings.thresholds());
            PrintWriter out = spec.commandLine().getOut();
            switch (report) {
                case OVERVIEW -> {
                    var result = statistics.overview(request);
                    StatsOutput.print(result, StatsOutput.overview(result), format, out);
                }
                case DAILY -> {
                    var result = statistics.daily(request);
                    StatsOutput.print(result, StatsOutput.daily(result), format, out);
                }
                case TOP -> {
                    var result = statistics.topParticipants(request);
                    StatsOutput.print(result, StatsOutput.top(result), format, out);
                }
                case MEMBER -> {
                    var result = statistics.member(request, member);
                    StatsOutput.print(result, StatsOutput.member(result), format, out);
                }
                case CHANNELS -> {
                    var result = statistics.channels(request);
                    StatsOutput.print(result, StatsOutput.channels(result), format, out);
                }
                case HEATMAP -> {
                    var result = statistics.heatmap(request);
                    StatsOutput.print(result, StatsOutput.heatmap(result), format, out);
                }
                case COHORT -> {
                    var result = statistics.cohort(request, member);
                    StatsOutput.print(result, StatsOutput.cohort(result), format, out);
                }
                default -> throw new IllegalStateException(report.name());
            }
        }
        return CommandLine.ExitCode.OK;
    }

    private String guild(Statistics statistics) {
        List<String> guilds = statistics.guildIds();
        if (guild == null) {
            if (guilds.size() == 1) {
                return guilds.get(0);
            }
            if (guilds.isEmpty()) {
                throw new UserFacingException(db + " holds no guild: there are no statistics to show.");
            }
            throw usage("--guild is needed: " + db + " holds " + guilds.size() + " guilds (" + list(guilds) + ").");
        }
        if (!guilds.contains(guild)) {
            throw new UserFacingException(db + " has no guild " + guild + "; it holds " + (guilds.isEmpty() ? "none"
                    : list(guilds)) + ". Check the id given to --guild.");
        }
        return guild;
    }

    private static String list(List<String> ids) {
        return ids.size() <= 10 ? String.join(", ", ids) : String.join(", ", ids.subList(0, 10)) + ", …";
    }

    private ParameterException usage(String message) {
        return new ParameterException(spec.commandLine(), message);
    }

    private static String name(Report report) {
        return report.name().toLowerCase(Locale.ROOT);
    }

    static final class DateConverter implements CommandLine.ITypeConverter<LocalDate> {
        @Override
        public LocalDate convert(String value) {
            try {
                return LocalDate.parse(value.strip());
            } catch (DateTimeParseException e) {
                throw new CommandLine.TypeConversionException("'" + value + "' is not a date; write it as YYYY-MM-DD, for example 2025-03-01.");
            }
        }
    }

    static final class ZoneConverter implements CommandLine.ITypeConverter<ZoneId> {
        @Override
        public ZoneId convert(String value) {
            try {
                return ZoneId.of(value.strip());
            } catch (DateTimeException e) {
                throw new CommandLine.TypeConversionException("'" + value
                        + "' is not a time zone Gavel knows; use an IANA name such as Europe/Berlin or America/New_York, or UTC.");
            }
        }
    }

    static final class ReportConverter implements CommandLine.ITypeConverter<Report> {
        @Override
        public Report convert(String value) {
            return Arrays.stream(Report.values()).filter(r -> name(r).equals(value.strip().toLowerCase(Locale.ROOT))).findFirst()
                    .orElseThrow(() -> new CommandLine.TypeConversionException("'" + value + "' is not a report; choose one of "
                            + String.join(", ", Arrays.stream(Report.values()).map(StatsCommand::name).toList()) + "."));
        }
    }

    static final class FormatConverter implements CommandLine.ITypeConverter<String> {
        @Override
        public String convert(String value) {
            String format = value.strip().toLowerCase(Locale.ROOT);
            if (!List.of("table", "csv", "json").contains(format)) {
                throw new CommandLine.TypeConversionException("'" + value + "' is not a format; choose table, csv or json.");
            }
            return format;
        }
    }
}
