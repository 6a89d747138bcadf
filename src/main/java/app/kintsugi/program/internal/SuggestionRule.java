package app.kintsugi.program.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import app.kintsugi.couple.Role;
import app.kintsugi.program.Exercise;
import app.kintsugi.program.ProgressStatus;
import app.kintsugi.program.Suggestion;
import app.kintsugi.safety.SafetyStatus;

/**
 * The "what next" rule, in plain words (kept in step with docs/decisions/0007-what-next.md):
 *
 * <ol>
 * <li>If the person's safety check is concerning, the first suggestion is private help (the safety
 * page), and no exercise done together is suggested at all.</li>
 * <li>With a partner in the space but no safety check yet, the check is suggested before any
 * exercise done together.</li>
 * <li>A partner who joined in the last week, a clear safety check and no exercise done together
 * started yet: the first exercise done together, saying that the partner has joined.</li>
 * <li>A step the person finished in the last week: the first exercise not started of a later step,
 * saying that the step is done for now.</li>
 * <li>After two weeks or more without activity: a gentle welcome back, pointing to what to
 * expect (pauses and setbacks are part of the way).</li>
 * <li>An exercise the person started and has not finished, the earliest in program order.</li>
 * <li>The first exercise not yet started, in program order, meant for the person's role.</li>
 * <li>Without a space, and so without a role: choosing a role, which a person does alone; inviting the
 * partner is never suggested (decision 42: it stays one quiet link, in the space card).</li>
 * </ol>
 *
 * What is due and what waits from the partner are not suggestions: Today shows them right above.
 *
 * Exercises done together are only suggested with a partner in the space and a safety check that
 * raised no concern. At most two suggestions; none repeats. Nothing is ever locked: this only
 * chooses what to point at.
 */
public final class SuggestionRule {

    public static final int MAX = 2;
    public static final long WELCOME_BACK_DAYS = 14;

    private SuggestionRule() {
    }

    public static final long STEP_FINISHED_DAYS = 7;
    public static final long PARTNER_JOINED_DAYS = 7;

    /**
     * @param daysSinceDone          for each exercise done, the whole days since it was marked done
     * @param daysSincePartnerJoined whole days since the partner joined the space, or null without a partner
     */
    public record Situation(Role role, boolean inSpace, boolean hasPartner, SafetyStatus.Outcome safety,
            List<Exercise> exercises, Map<String, ProgressStatus> progress, Long daysSinceLastActivity,
            Map<String, Long> daysSinceDone, Long daysSincePartnerJoined) {

        public Situation(Role role, boolean inSpace, boolean hasPartner, SafetyStatus.Outcome safety, List<Exercise> exercises,
                Map<String, ProgressStatus> progress, Long daysSinceLastActivity) {
            this(role, inSpace, hasPartner, safety, exercises, progress, daysSinceLastActivity, Map.of(), null);
        }
    }

    public static List<Suggestion> suggest(Situation s) {
        List<Suggestion> out = new ArrayList<>();
        boolean concerning = s.safety() == SafetyStatus.Outcome.CONCERNING;
        boolean jointAllowed = s.hasPartner() && s.safety() == SafetyStatus.Outcome.CLEAR;
        if (concerning) {
            add(out, new Suggestion("next.reason.safety", null, "next.safety.help", "/safety/resources"));
        }
        if (s.hasPartner() && s.safety() == SafetyStatus.Outcome.NOT_TAKEN) {
            add(out, new Suggestion("next.reason.beforeJoint", null, "next.safety.take", "/safety"));
        }
        if (s.daysSinceLastActivity() != null && s.daysSinceLastActivity() >= WELCOME_BACK_DAYS) {
            add(out, new Suggestion("next.reason.welcomeBack", null, "next.expectations", "/expectations"));
        }
        List<Exercise> fitting = s.exercises().stream()
                .filter(e -> e.meantFor(s.role()))
                .filter(e -> !e.joint() || jointAllowed)
                .toList();
        boolean partnerJustJoined = s.daysSincePartnerJoined() != null && s.daysSincePartnerJoined() < PARTNER_JOINED_DAYS;
        if (jointAllowed && partnerJustJoined && fitting.stream().filter(Exercise::joint).allMatch(e -> status(s, e) == ProgressStatus.NOT_STARTED)) {
            fitting.stream().filter(Exercise::joint).findFirst()
                    .ifPresent(e -> add(out, exercise("next.reason.partnerJoined", e)));
        }
        finishedStep(s, fitting).ifPresent(step -> fitting.stream()
                .filter(e -> !e.step().equals(step) && status(s, e) == ProgressStatus.NOT_STARTED)
                .filter(e -> stepIndex(s, e.step()) > stepIndex(s, step))
                .findFirst()
                .ifPresent(e -> add(out, exercise("next.reason.stepFinished", e))));
        fitting.stream()
                .filter(e -> s.progress().getOrDefault(e.id(), ProgressStatus.NOT_STARTED) == ProgressStatus.STARTED)
                .findFirst()
                .ifPresent(e -> add(out, exercise("next.reason.continue", e)));
        fitting.stream()
                .filter(e -> s.progress().getOrDefault(e.id(), ProgressStatus.NOT_STARTED) == ProgressStatus.NOT_STARTED)
                .findFirst()
                .ifPresent(e -> add(out, exercise("next.reason.next", e)));
        if (!s.inSpace()) {
            add(out, new Suggestion("next.reason.role", null, "next.role", "/space"));
        }
        if (out.isEmpty()) {
            add(out, new Suggestion("next.reason.allDone", null, "next.expectations", "/expectations"));
        }
        return List.copyOf(out);
    }

    private static ProgressStatus status(Situation s, Exercise e) {
        return s.progress().getOrDefault(e.id(), ProgressStatus.NOT_STARTED);
    }

    /** The step of the most recently done exercise, when that finished every exercise of it meant for the person. */
    private static java.util.Optional<String> finishedStep(Situation s, List<Exercise> fitting) {
        return s.daysSinceDone().entrySet().stream()
                .filter(d -> d.getValue() < STEP_FINISHED_DAYS)
                .min(Map.Entry.comparingByValue())
                .flatMap(d -> fitting.stream().filter(e -> e.id().equals(d.getKey())).findFirst())
                .map(Exercise::step)
                .filter(step -> fitting.stream().filter(e -> e.step().equals(step))
                        .allMatch(e -> status(s, e) == ProgressStatus.COMPLETED));
    }

    /** Program order of a step, taken from the order its exercises are listed in. */
    private static int stepIndex(Situation s, String step) {
        List<String> order = s.exercises().stream().map(Exercise::step).distinct().toList();
        return order.indexOf(step);
    }

    private static Suggestion exercise(String reason, Exercise e) {
        return new Suggestion(reason, e.id(), null, e.doPath());
    }

    private static void add(List<Suggestion> out, Suggestion s) {
        if (out.size() < MAX && out.stream().noneMatch(o -> o.path().equals(s.path()))) {
            out.add(s);
        }
    }
}
