package app.kintsugi.shared;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The outcome of one run of a line-by-line check command: exit code, standard output as UTF-8, standard error. */
public record CommandRun(int exitCode, String out, String err) {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    /** A command's entry point, as its {@code main} calls it. */
    @FunctionalInterface
    public interface Command {
        int run(String[] args, InputStream in, PrintStream out, PrintStream err);
    }

    /** Runs {@code command} with {@code input} as UTF-8 on standard input. */
    public static CommandRun of(Command command, String input, String... args) {
        return of(command, new ByteArrayInputStream(input.getBytes(StandardCharsets.UTF_8)), args);
    }

    public static CommandRun of(Command command, InputStream in, String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = command.run(args, in, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        return new CommandRun(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    /** Each line of standard output read as JSON. */
    public List<JsonNode> lines() {
        List<JsonNode> nodes = new ArrayList<>();
        out.lines().forEach(line -> nodes.add(JSON.readTree(line)));
        return nodes;
    }
}
