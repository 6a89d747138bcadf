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
        SpringApplication.run(KintsugiApplication.class, args);
    }
}
