package app.kintsugi.resources;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** Shows the operator what is wrong with the help resources file, instead of a stack trace. */
class HelpResourcesFailureAnalyzer extends AbstractFailureAnalyzer<InvalidHelpResourcesException> {

    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, InvalidHelpResourcesException cause) {
        return new FailureAnalysis(cause.getMessage(),
                "Fix the file (its format is described in src/main/resources/program/help/README.md of the Kintsugi source), or point kintsugi.help.resources-file "
                        + "(KINTSUGI_HELP_RESOURCES_FILE) at a file that is right. Leave it unset to use the example Kintsugi ships.",
                cause);
    }
}
