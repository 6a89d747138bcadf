package app.kintsugi.meeting;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Component;

import app.kintsugi.account.PersonId;
import app.kintsugi.boundaries.Boundaries;
import app.kintsugi.checkin.CheckIns;
import app.kintsugi.checkin.Trajectory;
import app.kintsugi.moments.Reassurance;
import app.kintsugi.respect.AppreciationView;
import app.kintsugi.respect.Appreciations;
import app.kintsugi.transparency.QuestionView;
import app.kintsugi.transparency.Questions;
import app.kintsugi.trust.Commitments;

/**
 * The agenda of a week, from what the other practices let the viewer see, each section read with
 * one call to that practice's facade: never its tables.
 */
@Component
@RequiredArgsConstructor
public class MeetingAgenda {

    /** How many items a section names; the rest are counted. */
    static final int SHOWN = 5;

    private final Appreciations appreciations;
    private final Commitments commitments;
    private final Questions questions;
    private final Boundaries boundaries;
    private final CheckIns checkIns;
    private final Reassurance reassurance;

    /**
     * A week's agenda.
     *
     * @param given      appreciations the viewer sent that week, newest first
     * @param received   appreciations the viewer received that week, newest first
     * @param kept       days kept that week on shared commitments
     * @param openForMe  questions waiting for the viewer's answer
     * @param openMine   the viewer's questions still waiting
     * @param reviewDue  agreed boundaries whose review date has come
     * @param scores     each one's shared check-in scores of that week
     * @param askedMine  times the viewer asked for reassurance that week
     * @param askedTheirs times the partner asked for reassurance that week
     */
    public record Agenda(List<AppreciationView> given, List<AppreciationView> received, List<Commitments.KeptDay> kept,
            List<QuestionView> openForMe, List<QuestionView> openMine, int reviewDue, List<Score> scores, boolean partnerShares,
            int askedMine, int askedTheirs) {

        public long keptMine() {
            return kept.stream().filter(Commitments.KeptDay::mine).count();
        }

        public long keptTheirs() {
            return kept.size() - keptMine();
        }
    }

    /** A check-in score of the week: the viewer's, and the partner's when they share theirs (else null). */
    public record Score(String subscale, Double mine, Double theirs) {
    }

    Agenda of(PersonId viewer, LocalDate weekStart, ZoneId zone, Locale locale) {
        Instant from = weekStart.atStartOfDay(zone).toInstant();
        Instant to = weekStart.plusWeeks(1).atStartOfDay(zone).toInstant();
        LocalDate end = weekStart.plusWeeks(1);

        var page = appreciations.overview(viewer);
        List<AppreciationView> given = page.sent().stream().filter(a -> within(a.sentAt(), from, to)).toList();
        List<AppreciationView> received = page.received().stream().filter(a -> within(a.sentAt(), from, to)).toList();

        List<Commitments.KeptDay> kept = commitments.keptInMySpace(viewer, 100).stream()
                .filter(k -> !k.day().isBefore(weekStart) && k.day().isBefore(end)).toList();

        var box = questions.box(viewer);

        int reviewDue = (int) boundaries.standings(viewer).stream().filter(Boundaries.Standing::reviewDue).count();

        Trajectory trajectory = checkIns.trajectory(viewer, locale);
        List<Score> scores = new ArrayList<>();
        for (Trajectory.Series s : trajectory.series()) {
            Double mine = s.mine().stream().filter(p -> p.week().equals(weekStart)).map(Trajectory.Point::score).findFirst().orElse(null);
            Double theirs = s.partner().stream().filter(p -> p.week().equals(weekStart)).map(Trajectory.Point::score).findFirst()
                    .orElse(null);
            if (mine != null || theirs != null) {
                scores.add(new Score(s.subscale().name(), mine, theirs));
            }
        }

        var asked = reassurance.askedBetween(viewer, from, to);
        return new Agenda(given, received, kept, box.forMe(), box.mine(), reviewDue, scores, trajectory.partnerShares(), asked.mine(),
                asked.partners());
    }

    private static boolean within(Instant at, Instant from, Instant to) {
        return !at.isBefore(from) && at.isBefore(to);
    }
}
