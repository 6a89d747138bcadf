package app.kintsugi.checkin;

import java.util.List;

/**
 * The questionnaires Kintsugi ships are broken, so it does not start; the message lists every
 * problem with its file and line. Added questionnaires never cause this: a broken one is skipped.
 */
public class InvalidQuestionnaireException extends IllegalStateException {

    private final List<String> problems;

    InvalidQuestionnaireException(List<String> problems) {
        super("The built-in questionnaires are not valid; Kintsugi will not start until they are fixed:\n  - "
                + String.join("\n  - ", problems));
        this.problems = List.copyOf(problems);
    }

    /** Each problem, naming the file, the line and what is wrong. */
    public List<String> problems() {
        return problems;
    }
}
