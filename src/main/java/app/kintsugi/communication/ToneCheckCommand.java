package app.kintsugi.communication;

import java.io.InputStream;
import java.io.PrintStream;

import app.kintsugi.communication.internal.ToneDetector;
import app.kintsugi.shared.LineCheckCommand;

/**
 * {@code tone-check --lang en}: reads one text per line (UTF-8) from standard input and prints one
 * JSON object per line with the categories and flagged words found and the I-statement template (see
 * {@link ToneAnalysis#toJson()}). See {@link LineCheckCommand} for the shape and the exit codes.
 */
public final class ToneCheckCommand {

    /** The first argument that selects this command. */
    public static final String NAME = "tone-check";

    private static final LineCheckCommand COMMAND = new LineCheckCommand(NAME, "tone patterns", ToneDetector.languages(),
            language -> {
                ToneDetector detector = ToneDetector.load(language);
                return text -> detector.analyze(text).toJson();
            });

    private ToneCheckCommand() {
    }

    public static void main(String[] args) {
        System.exit(run(args, System.in, System.out, System.err));
    }

    /** Runs the command; {@code args} may start with the command's name ({@value #NAME}). */
    public static int run(String[] args, InputStream in, PrintStream out, PrintStream err) {
        return COMMAND.run(args, in, out, err);
    }
}
