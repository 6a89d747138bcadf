package app.kintsugi.resources;

import java.util.List;

/**
 * The help resources file cannot be used, so Kintsugi does not start: people in crisis read these
 * numbers, and a page with half of them, or the wrong ones, is worse than a clear refusal to start.
 * The message names the file and every problem with its line.
 */
public class InvalidHelpResourcesException extends IllegalStateException {

    private final transient List<String> problems;

    InvalidHelpResourcesException(String file, List<String> problems) {
        super("The help resources file " + file + " (kintsugi.help.resources-file) is not valid; Kintsugi will not start "
                + "until it is fixed:\n  - " + String.join("\n  - ", problems));
        this.problems = List.copyOf(problems);
    }

    /** Each problem, naming the file, the line and what is wrong. */
    public List<String> problems() {
        return problems;
    }
}
