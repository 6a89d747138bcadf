package app.kintsugi.checkin;

import java.util.List;

/**
 * A questionnaire definition a counselor sent cannot be used as it is: every problem, each with the
 * line it is on where there is one. Nothing was stored.
 */
public class DefinitionProblemsException extends RuntimeException {

    private final transient List<String> problems;

    DefinitionProblemsException(List<String> problems) {
        super("the definition has " + problems.size() + " problem(s)", null, false, false);
        this.problems = List.copyOf(problems);
    }

    /** Each problem, as "Line 12: what is wrong" or, for the definition as a whole, just what is wrong. */
    public List<String> problems() {
        return problems;
    }
}
