package app.kintsugi.boundaries;

import java.util.EnumSet;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import app.kintsugi.couple.Role;
import app.kintsugi.program.Exercise;

/** Plugs the couple's boundaries into the boundaries step. */
@Configuration(proxyBeanMethods = false)
class BoundaryExercises {

    static final String AGREEMENTS = "boundaries.agreements";

    @Bean
    Exercise boundaryAgreementsExercise() {
        return new Exercise(AGREEMENTS, "boundaries", EnumSet.allOf(Role.class), true, "/boundaries", 2, "/boundaries/new");
    }
}
