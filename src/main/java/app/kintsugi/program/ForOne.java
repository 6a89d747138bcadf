package app.kintsugi.program;

import java.util.List;

import app.kintsugi.couple.Role;

/**
 * The program for a person alone (docs/decisions/0042-a-person-alone.md): with nobody else in their
 * space, what they can do now is every exercise meant for their role that is done alone; what is
 * done together waits, quietly, for a partner who may or may not ever join. Nothing is locked:
 * this only decides what is offered, counted and suggested.
 */
public final class ForOne {

    private ForOne() {
    }

    /** What the person can do now: meant for their role and, alone, done alone. */
    public static List<Exercise> now(List<Exercise> exercises, Role role, boolean alone) {
        return exercises.stream().filter(e -> e.meantFor(role)).filter(e -> !alone || !e.joint()).toList();
    }

    /** Alone: what is meant for their role but done together, for if a partner joins later; empty with a partner. */
    public static List<Exercise> laterTogether(List<Exercise> exercises, Role role, boolean alone) {
        if (!alone) {
            return List.of();
        }
        return exercises.stream().filter(e -> e.meantFor(role)).filter(Exercise::joint).toList();
    }
}
