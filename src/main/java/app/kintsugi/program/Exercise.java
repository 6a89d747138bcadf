package app.kintsugi.program;

import java.util.Objects;
import java.util.Set;

import app.kintsugi.couple.Role;

/**
 * An exercise of the program, registered as a bean by the module that provides it: the extension
 * point through which features plug into steps without the steps knowing them. Its title and
 * description live in the step's content files under {@code exercises.<id>}.
 *
 * @param id    stable id, e.g. {@code understanding.reflection}
 * @param step  the key of the step it belongs to
 * @param roles the roles it is meant for
 * @param joint whether both partners do it together (never suggested while safety is in question)
 * @param path  where its entries are in the application, or null for a practice done away from the screen
 * @param order its place within the step
 * @param start where a person goes to do it now (a new entry's form), or null for {@code path}
 */
public record Exercise(String id, String step, Set<Role> roles, boolean joint, String path, int order, String start) {

    public Exercise {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(step, "step");
        roles = Set.copyOf(roles);
    }

    public Exercise(String id, String step, Set<Role> roles, boolean joint, String path, int order) {
        this(id, step, roles, joint, path, order, null);
    }

    /** Where "Open" leads: straight to doing it, or for a practice away from the screen, its private notepad. */
    public String doPath() {
        if (start != null) {
            return start;
        }
        return path != null ? path : "/exercises/" + id;
    }

    public boolean meantFor(Role role) {
        return role == null || roles.contains(role);
    }
}
