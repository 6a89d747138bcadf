package app.kintsugi.program;

import java.util.List;

/** The program's content files are broken; the message names every file and key concerned. */
public class InvalidProgramContentException extends IllegalStateException {

    private final List<String> problems;

    public InvalidProgramContentException(List<String> problems) {
        super("The program content is not valid; Kintsugi will not start until it is fixed:\n  - "
                + String.join("\n  - ", problems));
        this.problems = List.copyOf(problems);
    }

    public List<String> problems() {
        return problems;
    }
}
