package dev.gavel.core.stats;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

import dev.gavel.core.UserFacingException;
import dev.gavel.core.model.GuildSettings;
import dev.gavel.core.model.GuildSettingsJson;
import dev.gavel.core.model.RecorderSession;
import dev.gavel.core.model.StatsThresholds;
import dev.gavel.core.stats.ActivityReader.AuthorChannelRow;
import dev.gavel.core.stats.ActivityReader.AuthorDayRow;
import dev.gavel.core.stats.ActivityReader.AuthorRow;
import dev.gavel.core.stats.ActivityReader.ChannelName;
import dev.gavel.core.stats.ActivityReader.ChannelRow;
import dev.gavel.core.stats.ActivityReader.DayRow;

/**
 * The activity statistics of METRICS.md §2, computed from a store through {@link ActivityQueries}
 * (on a store: {@code new Statistics(SqlActivityQueries.of(store), clock)}).
 *
 * <p>A request names the guild, the days ({@link DateRange}: inclusive, in a zone), the channel
 * filter and the thresholds; {@link StatsRequest#withSettings} takes them from the guild's saved
 * {@link #settings}. Each report is an immutable record, with its daily series zero-filled:
 * {@link #overview}, {@link #daily}, {@link #topParticipants}, {@link #member}, {@link #channels},
 * {@link #heatmap}, {@link #cohort} (which ignores the channel filter), {@link #coverage} (also
 * part of the overview), and {@link #messageTimeline}, messages per hour reduced to what a chart
 * can show. Every report reads one snapshot. Calls block on the store: run them off
 * the JavaFX thread.
 */
public final class Statistics {

    /** A session still open whose last refresh is this recent is taken as connected up to now. */
    static final Duration LIVE_SESSION_GRACE = Duration.ofMinutes(2);

    private static final long HOUR_MS = 3_600_000L;

    private static final Comparator<String> NULLS_LAST = Comparator.nullsLast(Comparator.naturalOrder());

    private final ActivityQueries queries;
    private final Clock clock;

    public Statistics(ActivityQueries queries, Clock clock) {
        this.queries = Objects.requireNonNull(queries, "queries");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /** The guilds the store knows, sorted by id. */
    public List<String> guildIds() {
        return queries.read(ActivityReader::guildIds);
    }

    /** The guild's saved settings (defaults when it has none). */
    public GuildSettings settings(String guildId) {
        String json = queries.read(reader -> reader.settingsJson(guildId)).orElse(null);
        try {
            return GuildSettingsJson.parse(json);
        } catch (IllegalArgumentException e) {
            throw new UserFacingException("The saved settings of guild " + guildId + " cannot be read (" + e.getMessage()
                    + "). Fix them in the guild settings.", e);
        }
    }

    public boolean isKnownMember(String guildId, String userId) {
        return queries.read(reader -> reader.isKnownMember(guildId, userId));
    }

    /** METRICS.md §2.1. */
    public OverviewReport overview(StatsRequest request) {
        return queries.read(reader -> {
            ActivityScope scope = ActivityScope.of(request);
            List<DayTotals> days = dayTotals(request, reader.days(scope, request.thresholds().communicatorMinMessages()));
            List<ChannelRow> channelRows = reader.channels(scope);
            Map<String, ChannelName> names = reader.channelNames(channelIds(channelRows));
            List<ChannelCount> topChannels = channelCounts(channelRows, names).stream().limit(OverviewReport.TOP).toList();
            List<CategoryCount> topCategories = categoryCounts(channelRows.stream()
                    .collect(Collectors.groupingBy(row -> Objects.toString(row.category(), ""),
                            Collectors.summingLong(ChannelRow::messages)))).stream().limit(OverviewReport.TOP).toList();
            long messages = days.stream().mapToLong(DayTotals::messages).sum();
            long codeMessages = channelRows.stream().mapToLong(ChannelRow::codeMessages).sum();
            long linkMessages = channelRows.stream().mapToLong(ChannelRow::linkMessages).sum();
            return new OverviewReport(request, days, messages, days.stream().mapToLong(DayTotals::words).sum(),
                    days.stream().mapToLong(DayTotals::reactions).sum(), topChannels, topCategories,
                    Heatmap.of(reader.heatmap(scope)), codeMessages, linkMessages, share(codeMessages, messages),
                    share(linkMessages, messages), codeLanguages(reader.codeLanguages(scope)), coverage(reader, request.range()));
        });
    }

    /** One row per day: messages, words, reactions, authors (and communicators), zero-filled. */
    public DailyReport daily(StatsRequest request) {
        return queries.read(reader -> new DailyReport(request, dayTotals(request,
                reader.days(ActivityScope.of(request), request.thresholds().communicatorMinMessages()))));
    }

    /** METRICS.md §2.2. */
    public TopReport topParticipants(StatsRequest request) {
        StatsThresholds thresholds = request.thresholds();
        return queries.read(reader -> {
            ActivityScope scope = ActivityScope.of(request);
            List<AuthorRow> top = reader.authorTotals(scope, AuthorSelection.ALL).stream()
                    .filter(row -> row.messages() >= thresholds.topMinMessages() || row.words() >= thresholds.topMinWords())
                    .sorted(Comparator.comparingLong(AuthorRow::messages).reversed()
                            .thenComparing(Comparator.comparingLong(AuthorRow::words).reversed())
                            .thenComparing(AuthorRow::authorId))
                    .limit(thresholds.topLimit())
                    .toList();
            if (top.isEmpty()) {
                return new TopReport(request, List.of());
            }
            List<String> ids = top.stream().map(AuthorRow::authorId).toList();
            AuthorSelection selection = AuthorSelection.only(ids);
            Map<String, List<AuthorChannelRow>> channelsByAuthor = reader.authorChannels(scope, selection).stream()
                    .collect(Collectors.groupingBy(AuthorChannelRow::authorId));
            Map<String, Map<LocalDate, AuthorDayRow>> daysByAuthor = byAuthorAndDay(reader.authorDays(scope, selection, true));
            Map<String, String> names = reader.memberNames(request.guildId(), ids);
            List<LocalDate> rangeDays = request.range().days();
            List<TopReport.Participant> participants = new ArrayList<>();
            for (AuthorRow row : top) {
                List<AuthorChannelRow> channels = channelsByAuthor.getOrDefault(row.authorId(), List.of());
                long channelCount = channels.stream().map(AuthorChannelRow::channelId).distinct().count();
                long categoryCount = channels.stream().map(AuthorChannelRow::category).filter(Objects::nonNull).distinct().count();
                Map<LocalDate, AuthorDayRow> byDay = daysByAuthor.getOrDefault(row.authorId(), Map.of());
                List<TopReport.Day> days = new ArrayList<>(rangeDays.size());
                for (LocalDate date : rangeDays) {
                    AuthorDayRow day = byDay.get(date);
                    days.add(day == null ? new TopReport.Day(date, 0, 0, 0, 0)
                            : new TopReport.Day(date, day.messages(), day.words(), day.channels(), day.categories()));
                }
                long zeroDays = days.stream().filter(day -> day.messages() == 0).count();
                participants.add(new TopReport.Participant(row.authorId(), names.getOrDefault(row.authorId(), row.authorId()),
                        row.messages(), row.words(), row.reactions(), channelCount, categoryCount,
                        Scores.wordScore(row.words()), Scores.messageScore(row.messages()), Scores.channelScore(channelCount),
                        Scores.consistencyScore(days.stream().map(TopReport.Day::categories).toList()),
                        Scores.percentZeroDays(zeroDays, days.size()), days));
            }
            return new TopReport(request, participants);
        });
    }

    /** METRICS.md §2.3. */
    public MemberReport member(StatsRequest request, String memberId) {
        return queries.read(reader -> {
            requireKnownMember(reader, request.guildId(), memberId);
            ActivityScope scope = ActivityScope.of(request);
            AuthorSelection selection = AuthorSelection.only(List.of(memberId));
            AuthorRow totals = reader.authorTotals(scope, selection).stream().findFirst()
                    .orElse(new AuthorRow(memberId, 0, 0, 0, 0, 0));
            List<AuthorChannelRow> channelRows = reader.authorChannels(scope, selection);
            Map<LocalDate, AuthorDayRow> byDay = byAuthorAndDay(reader.authorDays(scope, selection, false))
                    .getOrDefault(memberId, Map.of());
            List<MemberReport.Day> days = new ArrayList<>();
            for (LocalDate date : request.range().days()) {
                AuthorDayRow day = byDay.get(date);
                days.add(day == null ? new MemberReport.Day(date, 0, 0, 0, ratio(0, 0, 3))
                        : new MemberReport.Day(date, day.messages(), day.words(), day.reactions(), ratio(day.words(), day.messages(), 3)));
            }
            Map<String, Long> byChannel = channelRows.stream().collect(Collectors.groupingBy(AuthorChannelRow::channelId,
                    TreeMap::new, Collectors.summingLong(AuthorChannelRow::messages)));
            Map<String, ChannelName> names = reader.channelNames(byChannel.keySet());
            Map<String, String> recordedCategory = mainCategories(channelRows.stream()
                    .map(row -> new ChannelRow(row.channelId(), row.category(), row.messages(), 0, 0, 0, 0)).toList());
            List<ChannelCount> channels = byChannel.entrySet().stream()
                    .map(e -> channelCount(e.getKey(), e.getValue(), names, recordedCategory))
                    .sorted(byMessagesThenId()).toList();
            List<CategoryCount> categories = categoryCounts(channelRows.stream().collect(Collectors.groupingBy(
                    row -> Objects.toString(row.category(), ""), Collectors.summingLong(AuthorChannelRow::messages))));
            String name = reader.memberNames(request.guildId(), List.of(memberId)).getOrDefault(memberId, memberId);
            return new MemberReport(request, memberId, name, totals.messages(), byChannel.size(), totals.words(),
                    totals.reactions(), headline(totals.messages(), byChannel.size(), totals.words(), totals.reactions()),
                    days, categories, channels);
        });
    }

    /** The sentence of METRICS.md §2.3, words per message with two decimals. */
    public static String headline(long messages, long channels, long words, long reactions) {
        return String.format(Locale.ROOT, "Sent %d messages in %d channels consisting of %d words (%s words/message). Received %d reactions.",
                messages, channels, words, ratio(words, messages, 2).toPlainString(), reactions);
    }

    /** Per channel: messages, words, reactions, distinct authors and share of the messages. */
    public ChannelsReport channels(StatsRequest request) {
        return queries.read(reader -> {
            ActivityScope scope = ActivityScope.of(request);
            List<ChannelRow> rows = reader.channels(scope);
            Map<String, Long> authors = reader.channelAuthors(scope);
            Map<String, ChannelName> names = reader.channelNames(channelIds(rows));
            Map<String, String> recordedCategory = mainCategories(rows);
            Map<String, long[]> sums = new TreeMap<>();
            for (ChannelRow row : rows) {
                long[] sum = sums.computeIfAbsent(row.channelId(), id -> new long[3]);
                sum[0] += row.messages();
                sum[1] += row.words();
                sum[2] += row.reactions();
            }
            long total = sums.values().stream().mapToLong(sum -> sum[0]).sum();
            List<ChannelsReport.Channel> channels = sums.entrySet().stream().map(e -> {
                ChannelCount named = channelCount(e.getKey(), e.getValue()[0], names, recordedCategory);
                return new ChannelsReport.Channel(e.getKey(), named.name(), named.category(), e.getValue()[0], e.getValue()[1],
                        e.getValue()[2], authors.getOrDefault(e.getKey(), 0L), share(e.getValue()[0], total));
            }).sorted(Comparator.comparingLong(ChannelsReport.Channel::messages).reversed()
                    .thenComparing(ChannelsReport.Channel::channelId)).toList();
            return new ChannelsReport(request, total, channels);
        });
    }

    public HeatmapReport heatmap(StatsRequest request) {
        return queries.read(reader -> new HeatmapReport(request, Heatmap.of(reader.heatmap(ActivityScope.of(request)))));
    }

    /**
     * Messages per hour over the request's range (through its channel filter), in at most
     * {@code maxBuckets} buckets of whole hours: the series a chart {@code maxBuckets} pixels wide
     * can show. Hours after now are left out.
     */
    public MessageTimeline messageTimeline(StatsRequest request, int maxBuckets) {
        if (maxBuckets < 1) {
            throw new IllegalArgumentException("a timeline needs at least one bucket, not " + maxBuckets);
        }
        DateRange range = request.range();
        long start = range.start().toEpochMilli();
        long end = Math.min(range.end().toEpochMilli(), clock.millis());
        if (end <= start) {
            return new MessageTimeline(request, 1, List.of());
        }
        long hours = Math.floorDiv(end - start + HOUR_MS - 1, HOUR_MS);
        int hoursPerBucket = Math.toIntExact(Math.max(1, Math.floorDiv(hours + maxBuckets - 1, maxBuckets)));
        Map<Long, ActivityReader.HourBucketRow> rows = queries.read(reader -> reader.hourBuckets(ActivityScope.of(request), hoursPerBucket))
                .stream().collect(Collectors.toMap(ActivityReader.HourBucketRow::bucket, row -> row));
        long bucketCount = Math.floorDiv(hours + hoursPerBucket - 1, hoursPerBucket);
        List<MessageTimeline.Bucket> buckets = new ArrayList<>();
        for (long b = 0; b < bucketCount; b++) {
            long from = start + b * hoursPerBucket * HOUR_MS;
            long to = Math.min(end, from + hoursPerBucket * HOUR_MS);
            long hoursInBucket = Math.floorDiv(to - from + HOUR_MS - 1, HOUR_MS);
            ActivityReader.HourBucketRow row = rows.get(b);
            buckets.add(row == null
                    ? new MessageTimeline.Bucket(Instant.ofEpochMilli(from), Instant.ofEpochMilli(to), 0, 0, 0)
                    : new MessageTimeline.Bucket(Instant.ofEpochMilli(from), Instant.ofEpochMilli(to),
                            row.hoursWithMessages() < hoursInBucket ? 0 : row.fewestMessages(), row.mostMessages(), row.messages()));
        }
        return new MessageTimeline(request, hoursPerBucket, buckets);
    }

    /**
     * The guild's members whose name contains {@code text} (ignoring case), or whose id it is, by
     * name, at most {@code limit}: to pick a member for {@link #member}.
     */
    public List<ActivityReader.AuthorName> findMembers(String guildId, String text, int limit) {
        return queries.read(reader -> reader.findAuthors(guildId, text, limit));
    }

    /** The categories with messages in the request's range, ignoring its channel filter, by messages descending. */
    public List<CategoryCount> categories(StatsRequest request) {
        return queries.read(reader -> categoryCounts(reader.channels(ActivityScope.of(request).unfiltered()).stream()
                .filter(row -> row.category() != null)
                .collect(Collectors.groupingBy(ChannelRow::category, Collectors.summingLong(ChannelRow::messages)))));
    }

    /** When a recorder was connected during the request's range. */
    public Coverage coverage(StatsRequest request) {
        return queries.read(reader -> coverage(reader, request.range()));
    }

    /**
     * METRICS.md §2.4, with {@code memberId} (may be null) compared against the cohort. The
     * request's channel filter does not apply.
     */
    public CohortReport cohort(StatsRequest request, String memberId) {
        int minMessages = request.thresholds().cohortMinMessages();
        return queries.read(reader -> {
            if (memberId != null) {
                requireKnownMember(reader, request.guildId(), memberId);
            }
            ActivityScope scope = ActivityScope.of(request).unfiltered();
            DateRange range = request.range();
            Map<String, AuthorRow> totals = reader.authorTotals(scope, AuthorSelection.ALL).stream()
                    .collect(Collectors.toMap(AuthorRow::authorId, row -> row));
            Map<String, boolean[]> activeDays = new HashMap<>();
            for (AuthorDayRow day : reader.authorDays(scope, AuthorSelection.ALL, false)) {
                if (day.messages() > 0) {
                    activeDays.computeIfAbsent(day.authorId(), id -> new boolean[range.dayCount()])[range.indexOf(day.date())] = true;
                }
            }
            List<String> cohortIds = totals.values().stream().filter(row -> row.messages() >= minMessages)
                    .map(AuthorRow::authorId).toList();
            Set<String> named = new HashSet<>(cohortIds);
            if (memberId != null) {
                named.add(memberId);
            }
            Map<String, String> names = reader.memberNames(request.guildId(), named);
            List<CohortReport.Author> cohort = cohortIds.stream()
                    .map(id -> cohortAuthor(id, names, totals, activeDays, range))
                    .sorted(Comparator.comparingLong(CohortReport.Author::messages).reversed()
                            .thenComparing(CohortReport.Author::authorId))
                    .toList();
            List<CohortReport.MetricDistribution> distributions = new ArrayList<>();
            if (!cohort.isEmpty()) {
                for (CohortMetric metric : CohortMetric.values()) {
                    distributions.add(new CohortReport.MetricDistribution(metric, Distribution.of(values(cohort, metric))));
                }
            }
            CohortReport.MemberComparison comparison = memberId == null || cohort.isEmpty() ? null
                    : compare(cohortAuthor(memberId, names, totals, activeDays, range), cohortIds.contains(memberId), cohort);
            return new CohortReport(request, minMessages, cohort, distributions, codeLanguages(reader.codeLanguages(scope)), comparison);
        });
    }

    private static CohortReport.MemberComparison compare(CohortReport.Author member, boolean inCohort, List<CohortReport.Author> cohort) {
        List<CohortReport.MetricStanding> standings = new ArrayList<>();
        for (CohortMetric metric : CohortMetric.values()) {
            Standing standing = Standing.of(member.value(metric), values(cohort, metric));
            standings.add(new CohortReport.MetricStanding(metric, standing.value(), standing.percentile(), standing.rank()));
        }
        double overall = List.of(CohortMetric.MESSAGES, CohortMetric.WORDS, CohortMetric.REACTIONS, CohortMetric.LONGEST_STREAK)
                .stream().mapToDouble(metric -> standings.get(metric.ordinal()).percentile()).average().orElseThrow();
        return new CohortReport.MemberComparison(member, inCohort, standings, overall, Band.of(overall));
    }

    private static double[] values(List<CohortReport.Author> cohort, CohortMetric metric) {
        return cohort.stream().mapToDouble(author -> author.value(metric)).toArray();
    }

    private static CohortReport.Author cohortAuthor(String id, Map<String, String> names, Map<String, AuthorRow> totals,
                                                    Map<String, boolean[]> activeDays, DateRange range) {
        AuthorRow row = totals.getOrDefault(id, new AuthorRow(id, 0, 0, 0, 0, 0));
        Streaks streaks = Streaks.of(activeDays.getOrDefault(id, new boolean[range.dayCount()]));
        return new CohortReport.Author(id, names.getOrDefault(id, id), row.messages(), row.words(), row.reactions(),
                row.codeChars(), row.codeLines(), streaks.longest(), streaks.current(), streaks.activeDays(),
                streaks.activeDays() * 100.0 / range.dayCount());
    }

    private void requireKnownMember(ActivityReader reader, String guildId, String memberId) {
        if (!reader.isKnownMember(guildId, memberId)) {
            throw new UserFacingException("Guild " + guildId + " has no member " + memberId
                    + ": no message of theirs is recorded and the store does not know their name. Check the member's id.");
        }
    }

    Coverage coverage(ActivityReader reader, DateRange range) {
        if (!reader.hasRecorderSessions()) {
            return Coverage.unknown();
        }
        Instant now = clock.instant();
        Instant start = range.start();
        Instant end = range.end().isBefore(now) ? range.end() : now;
        List<Coverage.Gap> gaps = new ArrayList<>();
        if (start.isBefore(end)) {
            List<Instant[]> covered = new ArrayList<>();
            for (RecorderSession session : reader.recorderSessions(start, end)) {
                if (session.startedAt() == null) {
                    continue;
                }
                Instant until = session.expires() == null ? session.startedAt() : session.expires();
                if (session.endedAt() == null && !until.plus(LIVE_SESSION_GRACE).isBefore(now)) {
                    until = now;
                }
                covered.add(new Instant[] {session.startedAt(), until});
            }
            covered.sort(Comparator.comparing(interval -> interval[0]));
            Instant cursor = start;
            for (Instant[] interval : covered) {
                if (interval[0].isAfter(cursor)) {
                    gaps.add(new Coverage.Gap(cursor, min(interval[0], end)));
                }
                if (interval[1].isAfter(cursor)) {
                    cursor = interval[1];
                }
                if (!cursor.isBefore(end)) {
                    break;
                }
            }
            if (cursor.isBefore(end)) {
                gaps.add(new Coverage.Gap(cursor, end));
            }
            gaps.removeIf(gap -> !gap.from().isBefore(gap.to()));
        }
        List<Coverage.Day> days = new ArrayList<>();
        for (LocalDate date : range.days()) {
            Instant dayStart = date.atStartOfDay(range.zone()).toInstant();
            Instant dayEnd = date.plusDays(1).atStartOfDay(range.zone()).toInstant();
            long missing = 0;
            for (Coverage.Gap gap : gaps) {
                Instant from = gap.from().isAfter(dayStart) ? gap.from() : dayStart;
                Instant to = min(gap.to(), dayEnd);
                if (from.isBefore(to)) {
                    missing += Duration.between(from, to).toMillis();
                }
            }
            days.add(new Coverage.Day(date, 1.0 - (double) missing / Duration.between(dayStart, dayEnd).toMillis()));
        }
        return new Coverage(true, gaps, days);
    }

    private static Instant min(Instant a, Instant b) {
        return a.isBefore(b) ? a : b;
    }

    private static List<DayTotals> dayTotals(StatsRequest request, List<DayRow> rows) {
        Map<LocalDate, DayRow> byDay = rows.stream().collect(Collectors.toMap(DayRow::date, row -> row));
        List<DayTotals> days = new ArrayList<>();
        for (LocalDate date : request.range().days()) {
            DayRow row = byDay.get(date);
            days.add(row == null ? DayTotals.zero(date)
                    : new DayTotals(date, row.messages(), row.words(), row.reactions(), row.authors(), row.communicators()));
        }
        return days;
    }

    private static Map<String, Map<LocalDate, AuthorDayRow>> byAuthorAndDay(List<AuthorDayRow> rows) {
        Map<String, Map<LocalDate, AuthorDayRow>> result = new HashMap<>();
        for (AuthorDayRow row : rows) {
            result.computeIfAbsent(row.authorId(), id -> new HashMap<>()).put(row.date(), row);
        }
        return result;
    }

    private static Set<String> channelIds(Collection<ChannelRow> rows) {
        return rows.stream().map(ChannelRow::channelId).collect(Collectors.toSet());
    }

    /** Per channel, summed over its recorded categories, named from channel_info, by messages descending. */
    private static List<ChannelCount> channelCounts(List<ChannelRow> rows, Map<String, ChannelName> names) {
        Map<String, Long> messages = rows.stream().collect(Collectors.groupingBy(ChannelRow::channelId,
                Collectors.summingLong(ChannelRow::messages)));
        Map<String, String> recordedCategory = mainCategories(rows);
        return messages.entrySet().stream().map(e -> channelCount(e.getKey(), e.getValue(), names, recordedCategory))
                .sorted(byMessagesThenId()).toList();
    }

    private static ChannelCount channelCount(String channelId, long messages, Map<String, ChannelName> names,
                                             Map<String, String> recordedCategory) {
        ChannelName name = names.get(channelId);
        String shownName = name != null && name.name() != null && !name.name().isBlank() ? name.name() : channelId;
        String category = name != null && name.category() != null ? name.category() : recordedCategory.get(channelId);
        return new ChannelCount(channelId, shownName, category, messages);
    }

    /** Per channel, the recorded category with the most messages (a channel may have moved during the range). */
    private static Map<String, String> mainCategories(List<ChannelRow> rows) {
        Map<String, ChannelRow> best = new HashMap<>();
        for (ChannelRow row : rows) {
            best.merge(row.channelId(), row, Statistics::moreMessages);
        }
        Map<String, String> result = new HashMap<>();
        best.forEach((id, row) -> result.put(id, row.category()));
        return result;
    }

    private static ChannelRow moreMessages(ChannelRow a, ChannelRow b) {
        if (a.messages() != b.messages()) {
            return a.messages() > b.messages() ? a : b;
        }
        return NULLS_LAST.compare(a.category(), b.category()) <= 0 ? a : b;
    }

    private static Comparator<ChannelCount> byMessagesThenId() {
        return Comparator.comparingLong(ChannelCount::messages).reversed().thenComparing(ChannelCount::channelId);
    }

    /** Categories by messages descending; the key "" stands for no category (null in the result). */
    private static List<CategoryCount> categoryCounts(Map<String, Long> messagesByCategory) {
        return messagesByCategory.entrySet().stream()
                .map(e -> new CategoryCount(e.getKey().isEmpty() ? null : e.getKey(), e.getValue()))
                .sorted(Comparator.comparingLong(CategoryCount::messages).reversed()
                        .thenComparing(CategoryCount::category, NULLS_LAST))
                .toList();
    }

    private static List<CodeLanguage> codeLanguages(List<ActivityReader.CodeRow> rows) {
        Map<List<String>, long[]> sums = new LinkedHashMap<>();
        for (ActivityReader.CodeRow row : rows) {
            long[] sum = sums.computeIfAbsent(List.of(row.kind(), row.lang()), key -> new long[3]);
            sum[0] += row.blocks();
            sum[1] += row.lines();
            sum[2] += row.chars();
        }
        return sums.entrySet().stream()
                .map(e -> new CodeLanguage(e.getKey().get(0), e.getKey().get(1), e.getValue()[0], e.getValue()[1], e.getValue()[2]))
                .sorted(Comparator.comparingLong(CodeLanguage::blocks).reversed()
                        .thenComparing(CodeLanguage::kind).thenComparing(CodeLanguage::lang))
                .toList();
    }

    private static double share(long part, long whole) {
        return whole == 0 ? 0 : (double) part / whole;
    }

    private static BigDecimal ratio(long numerator, long denominator, int decimals) {
        if (denominator == 0) {
            return BigDecimal.ZERO.setScale(decimals);
        }
        return BigDecimal.valueOf(numerator).divide(BigDecimal.valueOf(denominator), decimals, RoundingMode.HALF_UP);
    }
}
