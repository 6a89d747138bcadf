package app.kintsugi.program;

import java.util.List;

import org.springframework.stereotype.Service;

/** The parts of the program in their suggested order. Steps overlap; none is locked. */
@Service
public class Program {

    private static final List<Step> STEPS = List.of(
            new Step("0", "understanding", "/reflections", false),
            new Step("1", "responsibility", null, false),
            new Step("2", "communication", null, false),
            new Step("3", "trust", null, false),
            new Step("4", "transparency", null, false),
            new Step("5", "help", null, false),
            new Step("∞", "boundaries", null, true),
            new Step("∞", "respect", null, true));

    public List<Step> steps() {
        return STEPS;
    }
}
