package app.kintsugi.responsibility;

import java.io.InputStream;
import java.io.PrintStream;

import app.kintsugi.responsibility.internal.ApologyDetector;
import app.kintsugi.shared.LineCheckCommand;

/**
 * {@code apology-check --lang en}: reads one text per line (UTF-8) from standard input and prints
 * one JSON object per line with the apology parts and non-apology patterns found (see
 * {@link ApologyAnalysis#toJson()}). See {@link LineCheckCommand} for the shape and the exit codes.
 */
public final class ApologyCheckCommand {

    /** The first argument that selects this command. */
    public static final String NAME = "apology-check";

    private static final LineCheckCommand COMMAND = new LineCheckCommand(NAME, "apology patterns", ApologyDetector.languages(),
            language -> {
                ApologyDetector detector = ApologyDetector.load(language);
                return text -> detector.analyze(text).toJson();
            });

    private ApologyCheckCommand() {
    }

    public static void main(String[] args) {
        System.exit(run(args, System.in, System.out, System.err));
    }

    /** Runs the command; {@code args} may start with the command's name ({@value #NAME}). */
    public static int run(String[] args, InputStream in, PrintStream out, PrintStream err) {
        return COMMAND.run(args, in, out, err);
    }
}
