package app.kintsugi.respect;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import app.kintsugi.account.PersonId;

/** The ratio's rules, without Spring: weeks on a calendar and who sees what. */
class RatioTest {

    private static final ZoneId MADRID = ZoneId.of("Europe/Madrid");
    private static final PersonId ANA = new PersonId(UUID.randomUUID());
    private static final PersonId BEN = new PersonId(UUID.randomUUID());

    @Test
    void aMomentFallsInTheWeekOfItsDateOnTheViewersCalendarAcrossTheSpringChange() {
        // Summer time starts in Madrid on Sunday 29 March 2026 at 02:00.
        LocalDate today = LocalDate.of(2026, 4, 2);
        Instant lateSunday = at("2026-03-29T23:30", MADRID); // 21:30 UTC, still Sunday in Madrid
        Instant earlyMonday = at("2026-03-30T00:30", MADRID); // 22:30 UTC on Sunday
        Instant inTheGap = at("2026-03-29T02:30", MADRID); // a time that does not exist: moved to 03:30
        RatioWeeks weeks = RatioWeeks.of(List.of(positive(lateSunday), positive(inTheGap), negative(earlyMonday)), MADRID, today, 12);

        assertThat(weeks.weeks()).hasSize(12);
        assertThat(weeks.current().monday()).isEqualTo(LocalDate.of(2026, 3, 30));
        assertThat(weeks.current().positives()).isZero();
        assertThat(weeks.current().negatives()).isEqualTo(1);
        RatioWeeks.Week before = weeks.weeks().get(10);
        assertThat(before.monday()).isEqualTo(LocalDate.of(2026, 3, 23));
        assertThat(before.positives()).isEqualTo(2);

        // The same two moments in UTC both fall on Sunday.
        RatioWeeks utc = RatioWeeks.of(List.of(positive(lateSunday), negative(earlyMonday)), ZoneId.of("UTC"), today, 12);
        assertThat(utc.current().total()).isZero();
        assertThat(utc.weeks().get(10).total()).isEqualTo(2);
    }

    @Test
    void theWindowRunsFromTheFirstMondaysMidnightToTheNextMondaysOnTheLocalClockAcrossTheAutumnChange() {
        // Summer time ends in Madrid on Sunday 25 October 2026: that week has 169 hours.
        LocalDate today = LocalDate.of(2026, 10, 25);
        RatioWeeks.Window window = RatioWeeks.window(MADRID, today, 12);
        assertThat(window.from()).isEqualTo(at("2026-08-03T00:00", MADRID));
        assertThat(window.to()).isEqualTo(at("2026-10-26T00:00", MADRID));
        Instant lastHour = at("2026-10-25T23:59", MADRID);
        Instant nextMonday = at("2026-10-26T00:00", MADRID);
        RatioWeeks weeks = RatioWeeks.of(List.of(positive(lastHour), positive(nextMonday), positive(window.from()),
                positive(window.from().minusSeconds(1))), MADRID, today, 12);
        assertThat(weeks.current().positives()).as("the last minute of the long Sunday").isEqualTo(1);
        assertThat(weeks.weeks().get(0).positives()).as("the first minute of the window").isEqualTo(1);
        assertThat(weeks.positives()).as("before and after the window are left out").isEqualTo(2);
    }

    @Test
    void oneMomentIsInDifferentWeeksForPartnersInDifferentTimeZones() {
        Instant sundayEvening = Instant.parse("2026-05-03T20:00:00Z");
        LocalDate today = LocalDate.of(2026, 5, 6);
        RatioWeeks auckland = RatioWeeks.of(List.of(positive(sundayEvening)), ZoneId.of("Pacific/Auckland"), today, 12);
        RatioWeeks losAngeles = RatioWeeks.of(List.of(positive(sundayEvening)), ZoneId.of("America/Los_Angeles"), today, 12);
        assertThat(auckland.current().positives()).as("Monday morning in Auckland").isEqualTo(1);
        assertThat(losAngeles.current().positives()).as("Sunday lunchtime in Los Angeles").isZero();
        assertThat(losAngeles.weeks().get(10).positives()).isEqualTo(1);
    }

    @Test
    void emptyWeeksAreThereWithZeros() {
        LocalDate today = LocalDate.of(2026, 6, 10);
        RatioWeeks none = RatioWeeks.of(List.of(), MADRID, today, 12);
        assertThat(none.empty()).isTrue();
        assertThat(none.weeks()).hasSize(12).allMatch(RatioWeeks.Week::empty);
        assertThat(none.weeks().get(0).monday()).isEqualTo(LocalDate.of(2026, 3, 23));
        assertThat(none.weeksWithMoments()).isZero();

        RatioWeeks one = RatioWeeks.of(List.of(positive(at("2026-04-01T10:00", MADRID))), MADRID, today, 12);
        assertThat(one.weeksWithMoments()).isEqualTo(1);
        assertThat(one.ratio()).as("no negative moment: no ratio to give").isNegative();
    }

    @Test
    void theRatioCountsEveryMomentOfTheWeeks() {
        LocalDate today = LocalDate.of(2026, 6, 10);
        List<Interaction> moments = new ArrayList<>();
        Instant thisWeek = at("2026-06-08T09:00", MADRID);
        Instant lastWeek = at("2026-06-01T09:00", MADRID);
        Instant weekBefore = at("2026-05-25T09:00", MADRID);
        for (int i = 0; i < 5; i++) {
            moments.add(positive(thisWeek));
        }
        moments.add(negative(thisWeek));
        for (int i = 0; i < 10; i++) {
            moments.add(positive(lastWeek));
        }
        moments.add(negative(lastWeek));
        moments.add(positive(weekBefore));
        moments.add(negative(weekBefore));
        RatioWeeks weeks = RatioWeeks.of(moments, MADRID, today, 12);

        assertThat(RatioWeeks.REFERENCE).isEqualTo(5);
        assertThat(weeks.current().positives()).isEqualTo(5);
        assertThat(weeks.current().negatives()).isEqualTo(1);
        assertThat(weeks.weeks().get(10).positives()).isEqualTo(10);
        assertThat(weeks.ratio()).isEqualTo(16.0 / 3);
    }

    @Test
    void privateKindActsCountOnlyInTheirAuthorsOwnView() {
        LocalDate today = LocalDate.of(2026, 6, 10);
        List<Interaction> shared = List.of(new Interaction(at("2026-06-08T09:00", MADRID), InteractionKind.APPRECIATION, BEN),
                new Interaction(at("2026-06-09T09:00", MADRID), InteractionKind.DISPUTED_CHECK_IN));
        List<Instant> anasPrivate = List.of(at("2026-06-09T12:00", MADRID), at("2026-06-02T12:00", MADRID));

        RatioPage anas = RespectRatio.compose(ANA, BEN, "Ben", shared, anasPrivate, true, true, MADRID, today);
        assertThat(anas.mine().positives()).isEqualTo(3);
        assertThat(anas.privateActs()).isEqualTo(2);
        assertThat(anas.together().weeks().positives()).as("the together view has no private acts").isEqualTo(1);
        assertThat(anas.together().breakdown()).filteredOn(g -> g.kind() == InteractionKind.KIND_ACT)
                .singleElement().satisfies(g -> assertThat(g.mine()).isZero());

        RatioPage bens = RespectRatio.compose(BEN, ANA, "Ana", shared, List.of(), true, true, MADRID, today);
        assertThat(bens.mine().positives()).as("Ben never counts Ana's private acts").isEqualTo(1);
        assertThat(bens.privateActs()).isZero();
        assertThat(bens.together().weeks()).isEqualTo(anas.together().weeks());
    }

    @Test
    void theTogetherViewAndItsBreakdownNeedBothConsents() {
        LocalDate today = LocalDate.of(2026, 6, 10);
        List<Interaction> shared = List.of(new Interaction(at("2026-06-08T09:00", MADRID), InteractionKind.APPRECIATION, BEN));
        for (boolean[] consent : new boolean[][] {{false, false}, {true, false}, {false, true}}) {
            RatioPage page = RespectRatio.compose(ANA, BEN, "Ben", shared, List.of(), consent[0], consent[1], MADRID, today);
            assertThat(page.bothShare()).isFalse();
            assertThat(page.together()).as("no breakdown without both consents").isNull();
            assertThat(page.iShare()).isEqualTo(consent[0]);
            assertThat(page.mine().positives()).isEqualTo(1);
        }
        assertThat(RespectRatio.compose(ANA, BEN, "Ben", shared, List.of(), true, true, MADRID, today).bothShare()).isTrue();
    }

    @Test
    void theBreakdownCreditsPositiveMomentsToWhoGaveThemAndNegativeOnesToNobody() {
        LocalDate today = LocalDate.of(2026, 6, 10);
        Instant monday = at("2026-06-08T09:00", MADRID);
        List<Interaction> shared = List.of(new Interaction(monday, InteractionKind.APPRECIATION, ANA),
                new Interaction(monday, InteractionKind.APPRECIATION, ANA), new Interaction(monday, InteractionKind.APPRECIATION, BEN),
                new Interaction(monday, InteractionKind.KEPT_COMMITMENT, BEN),
                new Interaction(monday, InteractionKind.CONFIRMED_LISTENING, ANA),
                new Interaction(monday, InteractionKind.CONFIRMED_LISTENING),
                new Interaction(monday, InteractionKind.CROSSED_BOUNDARY, ANA),
                new Interaction(monday.minusSeconds(86_400L * 7 * 12), InteractionKind.APPRECIATION, BEN));
        assertThat(shared.get(6).by()).as("a negative moment is never credited").isNull();

        RatioPage page = RespectRatio.compose(ANA, BEN, "Ben", shared, List.of(), true, true, MADRID, today);
        assertThat(page.together().breakdown()).extracting(RatioPage.Given::kind).containsExactly(InteractionKind.APPRECIATION,
                InteractionKind.KIND_ACT, InteractionKind.KEPT_COMMITMENT, InteractionKind.CONFIRMED_LISTENING);
        assertThat(page.together().breakdown()).extracting(g -> g.mine() + ":" + g.partners())
                .containsExactly("2:1", "0:0", "0:1", "1:0");
        assertThat(page.together().weeks().negatives()).isEqualTo(1);
        assertThat(page.together().weeks().positives()).as("the uncredited one counts, the old one does not").isEqualTo(6);
    }

    @Test
    void honestyIsNeverCountedAgainstAnyone() {
        LocalDate today = LocalDate.of(2026, 6, 10);
        Instant monday = at("2026-06-08T09:00", MADRID);
        List<Interaction> shared = List.of(new Interaction(monday, InteractionKind.APPRECIATION, BEN),
                new Interaction(monday, InteractionKind.DISPUTED_CHECK_IN),
                new Interaction(monday, InteractionKind.OWN_CROSSED_BOUNDARY),
                new Interaction(monday, InteractionKind.OWN_CROSSED_BOUNDARY));

        RatioWeeks weeks = RatioWeeks.of(shared, MADRID, today, 12);
        assertThat(weeks.negatives()).as("a day seen differently, or a crossing owned up to, pulls nobody apart").isZero();
        assertThat(weeks.positives()).as("nor is it turned into a positive moment").isEqualTo(1);
        assertThat(weeks.current().negatives()).isZero();

        List<Interaction> withAReportedCrossing = new ArrayList<>(shared);
        withAReportedCrossing.add(new Interaction(monday, InteractionKind.CROSSED_BOUNDARY));
        RatioPage page = RespectRatio.compose(ANA, BEN, "Ben", withAReportedCrossing, List.of(), true, true, MADRID, today);
        assertThat(page.mine().negatives()).as("a crossing one partner reports about the other still counts").isEqualTo(1);
        assertThat(page.together().breakdown()).extracting(RatioPage.Given::kind)
                .doesNotContain(InteractionKind.DISPUTED_CHECK_IN, InteractionKind.OWN_CROSSED_BOUNDARY);
    }

    private static Interaction positive(Instant at) {
        return new Interaction(at, InteractionKind.APPRECIATION, ANA);
    }

    private static Interaction negative(Instant at) {
        return new Interaction(at, InteractionKind.CROSSED_BOUNDARY);
    }

    private static Instant at(String local, ZoneId zone) {
        return LocalDateTime.parse(local).atZone(zone).toInstant();
    }
}
