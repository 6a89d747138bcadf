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
 * @param path  where it is done in the application, or null for a practice done away from the screen
 * @param order its place within the step
 */
public record Exercise(String id, String step, Set<Role> roles, boolean joint, String path, int order) {

    public Exercise {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(step, "step");
        roles = Set.copyOf(roles);
    }

    public boolean meantFor(Role role) {
        return role == null || roles.contains(role);
    }
}
