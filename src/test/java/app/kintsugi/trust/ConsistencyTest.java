package app.kintsugi.trust;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import app.kintsugi.trust.web.HeatMap;

class ConsistencyTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 25);

    private static List<DayRecord> days(String pattern) {
        // One character a day, ending today: K kept, P partly, N not kept, D kept but disputed, ? unanswered.
        List<DayRecord> days = new ArrayList<>();
        LocalDate day = TODAY.minusDays(pattern.length() - 1L);
        for (char c : pattern.toCharArray()) {
            days.add(switch (c) {
                case 'K' -> new DayRecord(day, Outcome.KEPT, null);
                case 'C' -> new DayRecord(day, Outcome.KEPT, Confirmation.CONFIRMED);
                case 'P' -> new DayRecord(day, Outcome.PARTLY, null);
                case 'N' -> new DayRecord(day, Outcome.NOT_KEPT, null);
                case 'D' -> new DayRecord(day, Outcome.KEPT, Confirmation.DISPUTED);
                default -> new DayRecord(day, null, null);
            });
            day = day.plusDays(1);
        }
        return days;
    }

    @Test
    void unansweredDaysAreUnknownNotBroken() {
        Consistency c = Consistency.of(days("KK??KK"), TODAY);
        assertThat(c.allTime().keptRate()).hasValue(1.0);
        assertThat(c.allTime().unknown()).isEqualTo(2);
        assertThat(c.currentStreak()).as("unknown days neither end nor extend a run").isEqualTo(4);
        assertThat(c.longestStreak()).isEqualTo(4);
    }

    @Test
    void ratesCountKeptOutOfAnsweredAndADisputedKeptIsNotKept() {
        Consistency c = Consistency.of(days("KPNDC?"), TODAY);
        assertThat(c.allTime().kept()).isEqualTo(2);
        assertThat(c.allTime().partly()).isEqualTo(1);
        assertThat(c.allTime().notKept()).isEqualTo(1);
        assertThat(c.allTime().disputed()).isEqualTo(1);
        assertThat(c.allTime().answered()).isEqualTo(5);
        assertThat(c.allTime().keptPercent()).isEqualTo(40);
        assertThat(c.currentStreak()).isEqualTo(1);
    }

    @Test
    void streaksEndOnAnyAnswerOtherThanKept() {
        Consistency c = Consistency.of(days("KKKKKPKKN?KK"), TODAY);
        assertThat(c.longestStreak()).isEqualTo(5);
        assertThat(c.currentStreak()).isEqualTo(2);
        assertThat(Consistency.of(days("KKN"), TODAY).currentStreak()).isZero();
    }

    @Test
    void theLastFourWeeksAreTwentyEightDaysEndingToday() {
        String older = "N".repeat(30);
        String recent = "K".repeat(28);
        Consistency c = Consistency.of(days(older + recent), TODAY);
        assertThat(c.lastFourWeeks().due()).isEqualTo(28);
        assertThat(c.lastFourWeeks().keptPercent()).isEqualTo(100);
        assertThat(c.allTime().keptPercent()).isEqualTo(48);
    }

    @Test
    void nothingAnsweredHasNoRateRatherThanZero() {
        Consistency c = Consistency.of(days("???"), TODAY);
        assertThat(c.allTime().keptRate()).isEmpty();
        assertThat(c.allTime().keptPercent()).isEqualTo(-1);
        assertThat(Consistency.of(List.of(), TODAY).weeks()).hasSize(Consistency.TREND_WEEKS)
                .allSatisfy(w -> assertThat(w.keptRate()).isEmpty());
    }

    @Test
    void weeksRunMondayToSundayAndEndWithThisWeek() {
        Consistency c = Consistency.of(days("K".repeat(7 * 14)), TODAY);
        Consistency.Week last = c.weeks().get(Consistency.TREND_WEEKS - 1);
        assertThat(last.monday()).isEqualTo(LocalDate.of(2026, 11, 23));
        assertThat(last.due()).isEqualTo(3);
        assertThat(c.weeks().get(0).due()).isEqualTo(7);
        assertThat(c.weeks()).allSatisfy(w -> assertThat(w.monday().getDayOfWeek()).isEqualTo(java.time.DayOfWeek.MONDAY));
    }

    @Test
    void daysAfterTodayAreNotCounted() {
        List<DayRecord> d = new ArrayList<>(days("KK"));
        d.add(new DayRecord(TODAY.plusDays(1), Outcome.NOT_KEPT, null));
        assertThat(Consistency.of(d, TODAY).allTime().due()).isEqualTo(2);
    }

    @Test
    void theHeatMapPlacesEachDayInItsWeekColumnAndWeekdayRow() {
        List<DayRecord> d = days("KPND?");
        Schedule s = Schedule.daily(TODAY.minusDays(4), null);
        HeatMap h = HeatMap.of(d, s, TODAY, 4, Consistency.of(d, TODAY));
        // It starts in the week the commitment starts: two columns, not four.
        assertThat(h.columns()).isEqualTo(2);
        assertThat(h.cells()).hasSize(14);
        HeatMap.Cell today = h.cells().stream().filter(c -> c.day().equals(TODAY)).findFirst().orElseThrow();
        assertThat(today.state()).as("today is not over, so not 'not answered'").isEqualTo(HeatMap.State.FUTURE);
        assertThat(today.y()).as("Wednesday is the third row").isEqualTo(2 * (HeatMap.CELL + HeatMap.GAP));
        assertThat(today.x()).as("this week is the last column").isEqualTo(1 * (HeatMap.CELL + HeatMap.GAP));
        assertThat(h.cells()).extracting(HeatMap.Cell::state).contains(HeatMap.State.KEPT, HeatMap.State.PARTLY,
                HeatMap.State.NOT_KEPT, HeatMap.State.DISPUTED, HeatMap.State.NOT_DUE, HeatMap.State.FUTURE);
        assertThat(h.trendPoints()).isNotBlank();
        assertThat(h.trendWeeks()).hasSize(2);
    }

    @Test
    void theHeatMapNeverReachesFurtherBackThanAsked() {
        List<DayRecord> d = days("K".repeat(400));
        HeatMap h = HeatMap.of(d, Schedule.daily(TODAY.minusDays(399), null), TODAY, 26, Consistency.of(d, TODAY));
        assertThat(h.columns()).isEqualTo(26);
        // A commitment starting later this week or next: this week alone.
        HeatMap ahead = HeatMap.of(List.of(), Schedule.daily(TODAY.plusDays(9), null), TODAY, 26, Consistency.of(List.of(), TODAY));
        assertThat(ahead.columns()).isEqualTo(1);
        assertThat(ahead.cells()).extracting(HeatMap.Cell::state).doesNotContain(HeatMap.State.UNKNOWN);
    }

    @Test
    void aDayIsNotCountedBeforeItHasEnded() {
        // Made today, nothing answered: nothing is due yet, so nothing reads "0 of 1 kept".
        Consistency fresh = Consistency.ofEndedDays(days("?"), TODAY);
        assertThat(fresh.allTime().due()).isZero();
        assertThat(fresh.lastFourWeeks().due()).isZero();
        assertThat(fresh.allTime().unknown()).isZero();
        // Answered today: still counted from tomorrow on.
        assertThat(Consistency.ofEndedDays(days("NK"), TODAY).allTime())
                .satisfies(k -> {
                    assertThat(k.due()).isEqualTo(1);
                    assertThat(k.notKept()).isEqualTo(1);
                    assertThat(k.kept()).isZero();
                });
        assertThat(Consistency.ofEndedDays(days("K?"), TODAY).allTime().keptPercent()).isEqualTo(100);
        assertThat(Consistency.ofEndedDays(days("K?"), TODAY).allTime().unknown()).isZero();
    }

    @Test
    void chartsWaitForTwoWeeksOfEndedDays() {
        assertThat(RecordView.chartsReady(TODAY, TODAY)).isFalse();
        assertThat(RecordView.chartsReady(TODAY.minusDays(13), TODAY)).isFalse();
        assertThat(RecordView.chartsReady(TODAY.minusDays(14), TODAY)).isTrue();
        assertThat(RecordView.chartsReady(TODAY.plusDays(3), TODAY)).isFalse();
    }
}
