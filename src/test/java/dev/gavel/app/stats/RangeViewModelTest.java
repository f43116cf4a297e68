package dev.gavel.app.stats;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;

import dev.gavel.core.stats.DateRange;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class RangeViewModelTest {

    private static final ZoneId UTC = ZoneId.of("UTC");
    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

    private final MutableClock clock = new MutableClock("2025-05-15T10:00:00Z");
    private final RangeViewModel model = new RangeViewModel(clock);

    private void assertRange(String from, String to) {
        assertThat(model.range().from()).isEqualTo(LocalDate.parse(from));
        assertThat(model.range().to()).isEqualTo(LocalDate.parse(to));
        assertThat(model.fromProperty().get()).isEqualTo(LocalDate.parse(from));
        assertThat(model.toProperty().get()).isEqualTo(LocalDate.parse(to));
    }

    @Test
    @DisplayName("the first range is the last 30 days, today included, in UTC until a zone is set")
    void startsWithThirtyDays() {
        assertThat(model.presetProperty().get()).isEqualTo(RangePreset.LAST_30_DAYS);
        assertRange("2025-04-16", "2025-05-15");
        assertThat(model.range().zone()).isEqualTo(ZoneId.of("Z"));
        assertThat(model.descriptionProperty().get()).contains("30 days").endsWith("Z");
        assertThat(model.canGoForwardProperty().get()).isFalse();
    }

    @Nested
    @DisplayName("presets")
    class Presets {

        @Test
        @DisplayName("7, 30 and 90 days end today")
        void days() {
            model.choose(RangePreset.LAST_7_DAYS);
            assertRange("2025-05-09", "2025-05-15");
            model.choose(RangePreset.LAST_90_DAYS);
            assertRange("2025-02-15", "2025-05-15");
            assertThat(model.range().dayCount()).isEqualTo(90);
        }

        @Test
        @DisplayName("quarter, half year and year run from the start of the calendar period to today")
        void calendar() {
            model.choose(RangePreset.QUARTER);
            assertRange("2025-04-01", "2025-05-15");
            model.choose(RangePreset.HALF_YEAR);
            assertRange("2025-01-01", "2025-05-15");
            model.choose(RangePreset.YEAR);
            assertRange("2025-01-01", "2025-05-15");
            clock.set("2025-11-20T10:00:00Z");
            model.choose(RangePreset.HALF_YEAR);
            assertRange("2025-07-01", "2025-11-20");
            model.choose(RangePreset.QUARTER);
            assertRange("2025-10-01", "2025-11-20");
        }

        @Test
        @DisplayName("custom keeps the days until the pickers change them")
        void custom() {
            model.choose(RangePreset.LAST_7_DAYS);
            model.choose(RangePreset.CUSTOM);
            assertThat(model.presetProperty().get()).isEqualTo(RangePreset.CUSTOM);
            assertRange("2025-05-09", "2025-05-15");
        }
    }

    @Nested
    @DisplayName("back and forward")
    class BackAndForward {

        @Test
        @DisplayName("a 7-day range moves by 7 days across a month end, and forward stops at today")
        void sevenDaysAcrossMonthEnd() {
            clock.set("2025-03-03T08:00:00Z");
            model.choose(RangePreset.LAST_7_DAYS);
            assertRange("2025-02-25", "2025-03-03");
            model.back();
            assertRange("2025-02-18", "2025-02-24");
            assertThat(model.canGoForwardProperty().get()).isTrue();
            model.forward();
            assertRange("2025-02-25", "2025-03-03");
            assertThat(model.canGoForwardProperty().get()).isFalse();
            model.forward();
            assertRange("2025-02-25", "2025-03-03");
        }

        @Test
        @DisplayName("30 days across a leap February keep their length")
        void leapFebruary() {
            clock.set("2024-03-15T08:00:00Z");
            model.choose(RangePreset.LAST_30_DAYS);
            assertRange("2024-02-15", "2024-03-15");
            model.back();
            assertRange("2024-01-16", "2024-02-14");
            model.back();
            assertRange("2023-12-17", "2024-01-15");
            assertThat(model.range().dayCount()).isEqualTo(30);
        }

        @Test
        @DisplayName("a quarter moves by whole quarters across the year's end; forward ends at today")
        void quarters() {
            model.choose(RangePreset.QUARTER);
            model.back();
            assertRange("2025-01-01", "2025-03-31");
            model.back();
            assertRange("2024-10-01", "2024-12-31");
            model.forward();
            assertRange("2025-01-01", "2025-03-31");
            model.forward();
            assertRange("2025-04-01", "2025-05-15");
            assertThat(model.canGoForwardProperty().get()).isFalse();
        }

        @Test
        @DisplayName("half years and years move by whole periods")
        void halvesAndYears() {
            model.choose(RangePreset.HALF_YEAR);
            model.back();
            assertRange("2024-07-01", "2024-12-31");
            model.choose(RangePreset.YEAR);
            model.back();
            assertRange("2024-01-01", "2024-12-31");
            assertThat(model.range().dayCount()).isEqualTo(366);
            model.forward();
            assertRange("2025-01-01", "2025-05-15");
        }

        @Test
        @DisplayName("a custom range moves by its length; forward keeps the length and stops at today")
        void custom() {
            model.fromProperty().set(LocalDate.parse("2025-04-20"));
            model.toProperty().set(LocalDate.parse("2025-05-01"));
            assertThat(model.presetProperty().get()).isEqualTo(RangePreset.CUSTOM);
            assertRange("2025-04-20", "2025-05-01");
            model.back();
            assertRange("2025-04-08", "2025-04-19");
            model.forward();
            model.forward();
            assertRange("2025-05-02", "2025-05-13");
            model.forward();
            assertRange("2025-05-04", "2025-05-15");
            assertThat(model.range().dayCount()).isEqualTo(12);
        }

        @Test
        @DisplayName("across the spring DST change in Berlin a week has 167 hours; back reaches the week of 168")
        void acrossDst() {
            clock.set("2025-04-02T10:00:00Z");
            model.setZone(BERLIN);
            model.choose(RangePreset.LAST_7_DAYS);
            assertRange("2025-03-27", "2025-04-02");
            DateRange week = model.range();
            assertThat(Duration.between(week.start(), week.end())).isEqualTo(Duration.ofHours(167));
            model.back();
            assertRange("2025-03-20", "2025-03-26");
            assertThat(Duration.between(model.range().start(), model.range().end())).isEqualTo(Duration.ofHours(168));
        }
    }

    @Nested
    @DisplayName("custom dates")
    class CustomDates {

        @Test
        @DisplayName("a first day after the last is explained and changes nothing")
        void reversed() {
            model.fromProperty().set(LocalDate.parse("2025-05-14"));
            DateRange before = model.range();
            model.toProperty().set(LocalDate.parse("2025-05-01"));
            assertThat(model.errorProperty().get()).contains("2025-05-14").contains("after the last day");
            assertThat(model.range()).isEqualTo(before);
            assertThat(model.range().to()).isEqualTo(LocalDate.parse("2025-05-15"));
            model.fromProperty().set(LocalDate.parse("2025-04-01"));
            assertThat(model.errorProperty().get()).isNull();
            assertRange("2025-04-01", "2025-05-01");
        }

        @Test
        @DisplayName("more than five years, a day after today, or an empty picker are refused")
        void refused() {
            model.fromProperty().set(LocalDate.parse("2015-01-01"));
            assertThat(model.errorProperty().get()).contains("at most 1830");
            assertThat(model.range().from()).isEqualTo(LocalDate.parse("2025-04-16"));
            model.fromProperty().set(LocalDate.parse("2025-05-01"));
            model.toProperty().set(LocalDate.parse("2025-05-16"));
            assertThat(model.errorProperty().get()).contains("after today (2025-05-15 in Z)");
            assertThat(model.range().to()).isEqualTo(LocalDate.parse("2025-05-15"));
            model.toProperty().set(null);
            assertThat(model.errorProperty().get()).isEqualTo("Choose the last day of the range.");
        }

        @Test
        @DisplayName("choosing a preset clears an error and puts its days in the pickers")
        void presetClearsError() {
            model.toProperty().set(LocalDate.parse("2026-01-01"));
            model.choose(RangePreset.LAST_7_DAYS);
            assertThat(model.errorProperty().get()).isNull();
            assertRange("2025-05-09", "2025-05-15");
        }
    }

    @Nested
    @DisplayName("time zones and today")
    class ZonesAndToday {

        @Test
        @DisplayName("today is the guild's: at 23:30 UTC it is already tomorrow in Berlin")
        void todayInZone() {
            clock.set("2025-05-15T23:30:00Z");
            model.choose(RangePreset.LAST_7_DAYS);
            assertRange("2025-05-09", "2025-05-15");
            model.setZone(BERLIN);
            assertRange("2025-05-10", "2025-05-16");
            assertThat(model.range().zone()).isEqualTo(BERLIN);
            assertThat(model.descriptionProperty().get()).endsWith("Europe/Berlin");
        }

        @Test
        @DisplayName("a custom range keeps its days in another zone")
        void customKeepsDays() {
            model.fromProperty().set(LocalDate.parse("2025-03-01"));
            model.toProperty().set(LocalDate.parse("2025-03-31"));
            model.setZone(BERLIN);
            assertRange("2025-03-01", "2025-03-31");
            assertThat(model.range().zone()).isEqualTo(BERLIN);
        }

        @Test
        @DisplayName("past midnight a preset that ended yesterday ends today; a custom range or an earlier range stays")
        void followsToday() {
            model.setZone(UTC);
            model.choose(RangePreset.LAST_7_DAYS);
            clock.set("2025-05-16T00:05:00Z");
            assertThat(model.followToday()).isTrue();
            assertRange("2025-05-10", "2025-05-16");
            model.back();
            clock.set("2025-05-17T00:05:00Z");
            assertThat(model.followToday()).isFalse();
            assertRange("2025-05-03", "2025-05-09");
            model.fromProperty().set(LocalDate.parse("2025-05-10"));
            model.toProperty().set(LocalDate.parse("2025-05-16"));
            assertThat(model.followToday()).isFalse();
            assertRange("2025-05-10", "2025-05-16");
        }
    }
}
