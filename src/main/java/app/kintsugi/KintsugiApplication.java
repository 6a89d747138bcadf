package app.kintsugi;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/**
 * Kintsugi: a private, self-hostable program for two partners rebuilding trust after a betrayal.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
public class KintsugiApplication {

    public static void main(String[] args) {
        // Command-line tools that need no server, database or key.
        if (args.length > 0 && app.kintsugi.responsibility.ApologyCheckCommand.NAME.equals(args[0])) {
            System.exit(app.kintsugi.responsibility.ApologyCheckCommand.run(args, System.in, System.out, System.err));
        }
        if (args.length > 0 && app.kintsugi.communication.ToneCheckCommand.NAME.equals(args[0])) {
            System.exit(app.kintsugi.communication.ToneCheckCommand.run(args, System.in, System.out, System.err));
        }
        if (app.kintsugi.operations.OperationsCommand.handles(args)) {
            // backup, restore, verify, rotate-master-key, migrate: the server's settings, no server.
            System.exit(app.kintsugi.operations.OperationsCommand.run(args, app.kintsugi.operations.OperationsCommand.environment(),
                    System.out, System.err));
        }
        if (args.length > 0 && app.kintsugi.account.CreateOperatorCommand.NAME.equals(args[0])) {
            // Needs the database and the key, but no web server.
            SpringApplication application = new SpringApplication(KintsugiApplication.class);
            application.setWebApplicationType(org.springframework.boot.WebApplicationType.NONE);
            var context = new java.util.concurrent.atomic.AtomicReference<org.springframework.context.ConfigurableApplicationContext>();
            int code = app.kintsugi.account.CreateOperatorCommand.run(args, System.getenv("KINTSUGI_OPERATOR_PASSWORD"),
                    System.in, System.out, System.err, account -> {
                        context.set(application.run());
                        return context.get().getBean(app.kintsugi.account.Accounts.class)
                                .register(account, app.kintsugi.account.AccountRole.OPERATOR);
                    });
            if (context.get() != null) {
                context.get().close();
            }
            System.exit(code);
        }
        SpringApplication application = new SpringApplication(KintsugiApplication.class);
        if (Boolean.getBoolean("kintsugi.startup-steps")) {
            // Each step of the start (every bean's creation among them) as a Java Flight Recorder event,
            // for a recording started with -XX:StartFlightRecording (perf/README.md, "Start-up").
            application.setApplicationStartup(new org.springframework.core.metrics.jfr.FlightRecorderApplicationStartup());
        }
        application.run(args);
    }
}
