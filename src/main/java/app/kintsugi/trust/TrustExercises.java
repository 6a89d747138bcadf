package app.kintsugi.trust;

import java.util.EnumSet;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import app.kintsugi.couple.Role;
import app.kintsugi.program.Exercise;

/** Plugs commitments and check-ins into step 3. */
@Configuration(proxyBeanMethods = false)
class TrustExercises {

    static final String COMMITMENTS = "trust.commitments";

    @Bean
    Exercise commitmentsExercise() {
        return new Exercise(COMMITMENTS, "trust", EnumSet.allOf(Role.class), false, "/commitments", 3, "/commitments/new");
    }
}
