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
        SpringApplication.run(KintsugiApplication.class, args);
    }
}
