package app.kintsugi.help;

import java.time.LocalDate;
import java.util.List;

import app.kintsugi.checkin.Change;
import app.kintsugi.reflection.BetrayalKind;
import app.kintsugi.reflection.Emotion;
import app.kintsugi.transparency.QuestionStatus;
import app.kintsugi.trust.Consistency;
import app.kintsugi.trust.ScheduleKind;

/**
 * Everything a session-prep report shows, gathered for one person from what they chose. A part
 * they did not choose is null (or an empty list). Text people wrote is kept as they wrote it,
 * less characters a document cannot hold; the template escapes it.
 *
 * @param discreet  whether the person uses discreet mode: the report then does not name the app
 * @param talkAbout what they want to talk about, or null
 */
public record PrepReport(String personName, LocalDate date, boolean discreet, String talkAbout, Trend trend,
        Questions questions, Commitments commitments, List<Reflection> reflections, List<OwnRole> ownRoles) {

    public PrepReport {
        reflections = reflections == null ? List.of() : List.copyOf(reflections);
        ownRoles = ownRoles == null ? List.of() : List.copyOf(ownRoles);
    }

    /** How many parts the report has. */
    public int sections() {
        int n = 0;
        n += talkAbout != null ? 1 : 0;
        n += trend != null ? 1 : 0;
        n += questions != null ? 1 : 0;
        n += commitments != null ? 1 : 0;
        n += reflections.isEmpty() ? 0 : 1;
        n += ownRoles.isEmpty() ? 0 : 1;
        return n;
    }

    /**
     * Weekly check-in scores, week by week.
     *
     * @param weeks     how many weeks the report looks back
     * @param subscales each subscale with its latest score and reliable-change labels
     * @param rows      one row per week with a check-in, oldest first; scores in the order of {@code subscales}
     */
    public record Trend(int weeks, List<Subscale> subscales, List<Row> rows) {

        public boolean empty() {
            return rows.isEmpty();
        }

        /**
         * @param latest        the newest score in the period, or null
         * @param sincePrevious reliable change of the newest score against the one before, or null
         * @param sinceFirst    reliable change of the newest score against the very first, or null
         */
        public record Subscale(String name, double min, double max, boolean higherIsBetter, Double latest, Change sincePrevious,
                Change sinceFirst) {
        }

        /** One week: a score per subscale, null where there is none. */
        public record Row(LocalDate week, List<Double> scores) {
        }
    }

    /** Questions still waiting: those the person asked, and those waiting for their answer. */
    public record Questions(List<Question> asked, List<Question> forMe) {

        public boolean empty() {
            return asked.isEmpty() && forMe.isEmpty();
        }
    }

    /**
     * A waiting question.
     *
     * @param otherName  the partner: who is asked, or who asked
     * @param answerBy   the day an answer was promised by, with "I need time"
     * @param datePassed whether that day has passed
     */
    public record Question(String text, String otherName, LocalDate asked, QuestionStatus status, LocalDate answerBy,
            boolean datePassed) {

        @Override
        public String toString() {
            return "Question[" + status + "]";
        }
    }

    /** The person's commitments, each with its record, and all of them together week by week. */
    public record Commitments(List<Commitment> list, Consistency overall) {

        public boolean empty() {
            return list.isEmpty();
        }

        /** The weeks of the overall trend in which something was due. */
        public List<Consistency.Week> weeksWithDays() {
            return overall == null ? List.of() : overall.weeks().stream().filter(w -> w.due() > 0).toList();
        }
    }

    /**
     * One commitment and how it has gone.
     *
     * @param days the week days of a weekly one, named in the person's language; null otherwise
     * @param end  the last day (or, once, the day it is due by); null if open-ended
     */
    public record Commitment(String text, ScheduleKind kind, String days, LocalDate start, LocalDate end, boolean shared,
            Consistency record) {

        @Override
        public String toString() {
            return "Commitment[" + kind + "]";
        }
    }

    /** A step 0 reflection in full. Empty fields are null. */
    public record Reflection(LocalDate updated, String title, String whatHappened, String violations, BetrayalKind kind,
            List<Feeling> feelings, String impact, boolean shared) {

        @Override
        public String toString() {
            return "Reflection[" + updated + "]";
        }
    }

    /** A feeling named in a reflection, with how strong it is (0 to 10). */
    public record Feeling(Emotion emotion, int intensity) {
    }

    /** A reflection on one's own part, in full. Empty fields are null. */
    public record OwnRole(LocalDate updated, String actions, String patterns, String hurt, boolean shared) {

        @Override
        public String toString() {
            return "OwnRole[" + updated + "]";
        }
    }
}
