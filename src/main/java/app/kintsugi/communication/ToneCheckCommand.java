package app.kintsugi.communication;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

/**
 * {@code tone-check --lang en}: reads one text per line (UTF-8) from standard input and prints one
 * JSON object per line with the categories and flagged words found and the I-statement template (see
 * {@link ToneAnalysis#toJson()}). Blank lines are skipped. Plain Java, so it runs without starting
 * the application; it reads only standard input and writes only standard output.
 *
 * <p>Exit codes: 0 when every line was checked, 1 when standard input could not be read, 2 for a
 * missing or unknown language or option.
 */
public final class ToneCheckCommand {

    /** The first argument that selects this command. */
    public static final String NAME = "tone-check";

    private static final String USAGE = "Usage: " + NAME + " --lang <" + String.join("|", ToneDetector.languages())
            + ">   (one text per line on standard input, one JSON object per line on standard output)";

    private ToneCheckCommand() {
    }

    public static void main(String[] args) {
        System.exit(run(args, System.in, System.out, System.err));
    }

    /**
     * Runs the command. {@code args} may start with the command's name ({@value #NAME}). The output is
     * written as UTF-8 bytes whatever the stream's own encoding, and flushed after every line.
     */
    public static int run(String[] args, InputStream in, PrintStream out, PrintStream err) {
        String language = null;
        int i = args.length > 0 && NAME.equals(args[0]) ? 1 : 0;
        for (; i < args.length; i++) {
            String arg = args[i];
            if (arg.equals("--lang") || arg.equals("-l")) {
                if (i + 1 >= args.length) {
                    err.println("--lang needs a language: " + String.join(", ", ToneDetector.languages()) + ".");
                    err.println(USAGE);
                    return 2;
                }
                language = args[++i];
            } else if (arg.startsWith("--lang=")) {
                language = arg.substring("--lang=".length());
            } else if (arg.equals("--help") || arg.equals("-h")) {
                out.println(USAGE);
                return 0;
            } else {
                err.println("Unknown option '" + arg + "'.");
                err.println(USAGE);
                return 2;
            }
        }
        if (language == null || language.isBlank()) {
            err.println("Please choose a language with --lang (" + String.join(", ", ToneDetector.languages()) + ").");
            err.println(USAGE);
            return 2;
        }
        ToneDetector detector;
        try {
            detector = ToneDetector.load(language);
        } catch (IllegalArgumentException e) {
            err.println("There are no tone patterns for '" + language + "'. Available: "
                    + String.join(", ", ToneDetector.languages()) + ".");
            return 2;
        }
        try {
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String line;
            boolean first = true;
            while ((line = reader.readLine()) != null) {
                if (first && line.startsWith("\uFEFF")) {
                    line = line.substring(1);
                }
                first = false;
                if (line.isBlank()) {
                    continue;
                }
                write(out, detector.analyze(line).toJson());
            }
        } catch (IOException e) {
            err.println("Could not read standard input: " + e.getMessage());
            return 1;
        }
        return 0;
    }

    private static void write(OutputStream out, String json) throws IOException {
        out.write((json + "\n").getBytes(StandardCharsets.UTF_8));
        out.flush();
    }
}
