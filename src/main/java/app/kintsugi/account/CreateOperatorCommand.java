package app.kintsugi.account;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.function.Function;

import app.kintsugi.shared.InvalidInputException;

/**
 * {@code create-operator --email ops@example.org --name "Ops"}: creates the account of the person
 * who runs this instance. The password is read from {@code KINTSUGI_OPERATOR_PASSWORD} or from the
 * first line of standard input, never from the command line (it would stay in the shell history).
 * Exit codes: 0 created, 1 refused (the message says why), 2 wrong usage.
 */
public final class CreateOperatorCommand {

    public static final String NAME = "create-operator";
    static final String PASSWORD_VARIABLE = "KINTSUGI_OPERATOR_PASSWORD";

    private CreateOperatorCommand() {
    }

    /**
     * Runs the command.
     *
     * @param password the password from the environment, or null to read it from {@code in}
     * @param createOperator creates the operator's account once the arguments are understood (starts the database)
     */
    public static int run(String[] args, String password, InputStream in, PrintStream out, PrintStream err,
            Function<NewAccount, Person> createOperator) {
        String email = null;
        String name = null;
        for (int i = 0; i < args.length; i++) {
            if (i == 0 && NAME.equals(args[i])) {
                continue;
            }
            if (("--email".equals(args[i]) || "--name".equals(args[i])) && i + 1 < args.length) {
                if ("--email".equals(args[i])) {
                    email = args[++i];
                } else {
                    name = args[++i];
                }
            } else {
                return usage(err);
            }
        }
        if (email == null || name == null) {
            return usage(err);
        }
        if (password == null || password.isEmpty()) {
            try {
                password = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).readLine();
            } catch (IOException e) {
                password = null;
            }
        }
        if (password == null || password.isEmpty()) {
            err.println("No password: set " + PASSWORD_VARIABLE + " or give it on the first line of standard input.");
            return 2;
        }
        try {
            Person person = createOperator.apply(new NewAccount(email, name, password, null, "UTC"));
            out.println("Operator account created: " + person.id().value());
            return 0;
        } catch (InvalidInputException e) {
            e.errors().forEach((field, error) -> err.println(field + ": " + explain(error)));
            return 1;
        }
    }

    /** The message a person would see next to the field, in English; the code where there is none. */
    static String explain(InvalidInputException.FieldError error) {
        try {
            String pattern = java.util.ResourceBundle.getBundle("messages", java.util.Locale.ROOT).getString(error.code());
            return error.args().length == 0 ? pattern : java.text.MessageFormat.format(pattern, error.args());
        } catch (java.util.MissingResourceException e) {
            return error.code();
        }
    }

    private static int usage(PrintStream err) {
        err.println("Usage: " + NAME + " --email <email> --name <display name>   (password from "
                + PASSWORD_VARIABLE + " or standard input)");
        return 2;
    }
}
