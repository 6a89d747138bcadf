package app.kintsugi.decision;

import java.util.EnumSet;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import app.kintsugi.couple.Role;
import app.kintsugi.program.Exercise;

/** Plugs the decision aid into the last step, moving on: for every role, done alone. */
@Configuration(proxyBeanMethods = false)
class DecisionExercises {

    static final String DECISION = "movingon.decision";

    @Bean
    Exercise movingOnDecisionExercise() {
        return new Exercise(DECISION, "movingon", EnumSet.allOf(Role.class), false, "/moving-on/decision", 5);
    }
}
