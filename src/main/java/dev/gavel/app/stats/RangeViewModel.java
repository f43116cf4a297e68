package dev.gavel.app.stats;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Objects;

import dev.gavel.core.stats.DateRange;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;

/**
 * The days the statistics show: a preset or a custom range, in the guild's time zone, moved back
 * and forward by its own length, never past today. The two date pickers edit {@link #fromProperty()}
 * and {@link #toProperty()}: a valid edit makes a custom range, an invalid one is explained in
 * {@link #errorProperty()} and changes nothing.
 */
public final class RangeViewModel {

    /** The longest range: five years. */
    static final int MAX_DAYS = 1_830;

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM);

    private final Clock clock;
    private ZoneId zone = ZoneOffset.UTC;
    private final ReadOnlyObjectWrapper<RangePreset> preset = new ReadOnlyObjectWrapper<>(this, "preset", RangePreset.LAST_30_DAYS);
    private final ReadOnlyObjectWrapper<DateRange> range = new ReadOnlyObjectWrapper<>(this, "range");
    private final ObjectProperty<LocalDate> from = new SimpleObjectProperty<>(this, "from");
    private final ObjectProperty<LocalDate> to = new SimpleObjectProperty<>(this, "to");
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper(this, "error");
    private final ReadOnlyBooleanWrapper canGoForward = new ReadOnlyBooleanWrapper(this, "canGoForward");
    private final ReadOnlyStringWrapper description = new ReadOnlyStringWrapper(this, "description");
    private boolean settingDates;

    RangeViewModel(Clock clock) {
        this.clock = Objects.requireNonNull(clock);
        from.addListener((observable, old, value) -> datesEdited());
        to.addListener((observable, old, value) -> datesEdited());
        applyPreset(RangePreset.LAST_30_DAYS);
    }

    public ReadOnlyObjectProperty<RangePreset> presetProperty() {
        return preset.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<DateRange> rangeProperty() {
        return range.getReadOnlyProperty();
    }

    public DateRange range() {
        return range.get();
    }

    /** The first day, as the date picker shows and edits it. */
    public ObjectProperty<LocalDate> fromProperty() {
        return from;
    }

    /** The last day, as the date picker shows and edits it. */
    public ObjectProperty<LocalDate> toProperty() {
        return to;
    }

    /** Why the dates in the pickers are not used; null when they are. */
    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty canGoForwardProperty() {
        return canGoForward.getReadOnlyProperty();
    }

    /** The range in words, e.g. "1 Apr 2025 – 30 Jun 2025 · 91 days · Europe/Berlin". */
    public ReadOnlyStringProperty descriptionProperty() {
        return description.getReadOnlyProperty();
    }

    ZoneId zone() {
        return zone;
    }

    /** Today in the guild's time zone. */
    public LocalDate today() {
        return LocalDate.now(clock.withZone(zone));
    }

    /** Counts days in {@code newZone} from now on; a preset is worked out again for that zone's today. */
    void setZone(ZoneId newZone) {
        zone = Objects.requireNonNull(newZone);
        if (preset.get() == RangePreset.CUSTOM) {
            apply(RangePreset.CUSTOM, range.get().from(), range.get().to());
        } else {
            applyPreset(preset.get());
        }
    }

    /** Chooses a preset; {@link RangePreset#CUSTOM} keeps the days and lets the pickers change them. */
    public void choose(RangePreset chosen) {
        if (chosen == RangePreset.CUSTOM) {
            preset.set(RangePreset.CUSTOM);
            error.set(null);
            return;
        }
        applyPreset(chosen);
    }

    /** The range before this one, as long as this one (a whole quarter, half year or year for those presets). */
    public void back() {
        DateRange current = range.get();
        RangePreset kind = preset.get();
        if (kind.isCalendar()) {
            LocalDate start = kind.periodStart(current.from()).minus(kind.period());
            apply(kind, start, earlier(start.plus(kind.period()).minusDays(1), today()));
        } else {
            long days = current.dayCount();
            apply(kind, current.from().minusDays(days), current.to().minusDays(days));
        }
    }

    /** The range after this one, never past today; does nothing when the range ends today. */
    public void forward() {
        if (!canGoForward.get()) {
            return;
        }
        DateRange current = range.get();
        RangePreset kind = preset.get();
        LocalDate today = today();
        if (kind.isCalendar()) {
            LocalDate start = kind.periodStart(current.from()).plus(kind.period());
            apply(kind, start, earlier(start.plus(kind.period()).minusDays(1), today));
        } else {
            long days = current.dayCount();
            LocalDate last = earlier(current.to().plusDays(days), today);
            apply(kind, last.minusDays(days - 1), last);
        }
    }

    /**
     * After midnight in the guild's zone, a preset that ended yesterday ends today (a live console
     * left open keeps showing "the last 7 days"). Returns whether the range changed.
     */
    boolean followToday() {
        RangePreset kind = preset.get();
        LocalDate today = today();
        if (kind == RangePreset.CUSTOM || !range.get().to().equals(today.minusDays(1))) {
            return false;
        }
        applyPreset(kind);
        return true;
    }

    private void applyPreset(RangePreset chosen) {
        LocalDate[] days = chosen.endingOn(today());
        apply(chosen, days[0], days[1]);
    }

    private void apply(RangePreset kind, LocalDate first, LocalDate last) {
        DateRange next = new DateRange(first, last, zone);
        preset.set(kind);
        error.set(null);
        settingDates = true;
        try {
            from.set(first);
            to.set(last);
        } finally {
            settingDates = false;
        }
        range.set(next);
        canGoForward.set(last.isBefore(today()));
        description.set(DAY.format(first) + " – " + DAY.format(last) + " · " + next.dayCount()
                + (next.dayCount() == 1 ? " day · " : " days · ") + zone.getId());
    }

    private void datesEdited() {
        if (settingDates) {
            return;
        }
        LocalDate first = from.get();
        LocalDate last = to.get();
        LocalDate today = today();
        if (first == null || last == null) {
            error.set(first == null ? "Choose the first day of the range." : "Choose the last day of the range.");
        } else if (first.isAfter(last)) {
            error.set("The first day (" + first + ") is after the last day (" + last + "). Choose a first day on or before the last.");
        } else if (last.isAfter(today)) {
            error.set("The last day (" + last + ") is after today (" + today + " in " + zone.getId() + "). Choose today or an earlier day.");
        } else if (last.toEpochDay() - first.toEpochDay() + 1 > MAX_DAYS) {
            error.set("The range has " + (last.toEpochDay() - first.toEpochDay() + 1) + " days; it can have at most " + MAX_DAYS
                    + " (five years). Choose a later first day or an earlier last day.");
        } else {
            apply(RangePreset.CUSTOM, first, last);
        }
    }

    private static LocalDate earlier(LocalDate a, LocalDate b) {
        return a.isBefore(b) ? a : b;
    }
}
