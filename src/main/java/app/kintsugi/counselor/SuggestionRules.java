package app.kintsugi.counselor;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

import app.kintsugi.account.PersonId;

/**
 * The rules of suggestions between sessions, apart from storage: who sees a suggestion, when one
 * counts as done, and the order of a counselor's caseload.
 */
final class SuggestionRules {

    static final String EXERCISE = "exercise";
    static final String MEASURE = "measure";
    /** The weekly check-in is a questionnaire with a page of its own and an exercise of the program. */
    static final String WEEKLY = "kintsugi-weekly";
    static final String WEEKLY_EXERCISE = "trust.check-in";

    private SuggestionRules() {
    }

    /** A partner sees a suggestion only when it is addressed to them: never one addressed only to the other. */
    static boolean visibleTo(PersonId viewer, List<PersonId> addressees) {
        return addressees.contains(viewer);
    }

    /**
     * Whether a person did what was suggested after it was suggested, counted only once they accepted
     * it (accepting is their agreement that the counselor sees whether it was done; a declined or
     * waiting suggestion says nothing about what the person does on their own): an exercise worked on
     * after the suggestion (the weekly check-in finished after it), or a questionnaire answered on or
     * after the day of the suggestion on the person's calendar (measures are kept by the day).
     *
     * @param activity     when the person last did something in each exercise
     * @param lastAnswered the day the person last answered each questionnaire
     */
    static boolean done(String kind, String target, boolean accepted, Instant suggestedAt, LocalDate suggestedOn,
            Map<String, Instant> activity, Map<String, LocalDate> lastAnswered) {
        if (!accepted) {
            return false;
        }
        if (EXERCISE.equals(kind) || WEEKLY.equals(target)) {
            Instant last = activity.get(EXERCISE.equals(kind) ? target : WEEKLY_EXERCISE);
            return last != null && last.isAfter(suggestedAt);
        }
        LocalDate last = lastAnswered.get(target);
        return last != null && !last.isBefore(suggestedOn);
    }

    /**
     * The caseload's order: couples with something new since the counselor's last visit first (the
     * most new first), then those never opened, then the rest; within each, the order they came in.
     */
    static <T> Comparator<T> caseloadOrder(java.util.function.ToIntFunction<T> changes, java.util.function.Predicate<T> neverVisited) {
        return Comparator.comparingInt((T t) -> changes.applyAsInt(t) > 0 ? 0 : neverVisited.test(t) ? 1 : 2)
                .thenComparing(Comparator.comparingInt(changes).reversed());
    }
}
