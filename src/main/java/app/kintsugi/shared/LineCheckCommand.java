package app.kintsugi.shared;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.function.Function;

/**
 * The shape every text-checking command of the jar shares ({@code apology-check}, {@code tone-check}):
 * {@code <name> --lang <language>} reads one text per line (UTF-8) from standard input and prints
 * one JSON object per line. Blank lines are skipped; a byte-order mark is ignored. Plain Java, so it
 * runs without starting the application; it reads only standard input and writes only standard output.
 *
 * <p>Exit codes: 0 when every line was checked, 1 when standard input could not be read, 2 for a
 * missing or unknown language or option.
 *
 * @param name      the command's name, which may also be the first argument
 * @param what      what is looked for, in the message for an unknown language ("apology patterns")
 * @param languages the languages that can be chosen
 * @param checker   for a language, the function from one text to its JSON line; throws
 *                  {@link IllegalArgumentException} for a language it does not know
 */
public record LineCheckCommand(String name, String what, List<String> languages,
        Function<String, Function<String, String>> checker) {

    public int run(String[] args, InputStream in, PrintStream out, PrintStream err) {
        String usage = "Usage: " + name + " --lang <" + String.join("|", languages)
                + ">   (one text per line on standard input, one JSON object per line on standard output)";
        String language = null;
        int i = args.length > 0 && name.equals(args[0]) ? 1 : 0;
        for (; i < args.length; i++) {
            String arg = args[i];
            if (arg.equals("--lang") || arg.equals("-l")) {
                if (i + 1 >= args.length) {
                    err.println("--lang needs a language: " + String.join(", ", languages) + ".");
                    err.println(usage);
                    return 2;
                }
                language = args[++i];
            } else if (arg.startsWith("--lang=")) {
                language = arg.substring("--lang=".length());
            } else if (arg.equals("--help") || arg.equals("-h")) {
                out.println(usage);
                return 0;
            } else {
                err.println("Unknown option '" + arg + "'.");
                err.println(usage);
                return 2;
            }
        }
        if (language == null || language.isBlank()) {
            err.println("Please choose a language with --lang (" + String.join(", ", languages) + ").");
            err.println(usage);
            return 2;
        }
        Function<String, String> check;
        try {
            check = checker.apply(language);
        } catch (IllegalArgumentException e) {
            err.println("There are no " + what + " for '" + language + "'. Available: " + String.join(", ", languages) + ".");
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
                write(out, check.apply(line));
            }
        } catch (IOException e) {
            err.println("Could not read standard input: " + e.getMessage());
            return 1;
        }
        return 0;
    }

    /** The output is written as UTF-8 bytes whatever the stream's own encoding, and flushed after every line. */
    private static void write(OutputStream out, String json) throws IOException {
        out.write((json + "\n").getBytes(StandardCharsets.UTF_8));
        out.flush();
    }
}
