package app.kintsugi.respect;

import java.util.EnumSet;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import app.kintsugi.couple.Role;
import app.kintsugi.program.Exercise;

/** Plugs appreciations, the kind acts log and the ratio into the practice of mutual respect. */
@Configuration(proxyBeanMethods = false)
class RespectExercises {

    static final String APPRECIATIONS = "respect.appreciations";
    static final String KIND_ACTS = "respect.kind-acts";
    static final String RATIO = "respect.ratio";

    @Bean
    Exercise appreciationsExercise() {
        return new Exercise(APPRECIATIONS, "respect", EnumSet.allOf(Role.class), true, "/appreciations", 2);
    }

    @Bean
    Exercise kindActsExercise() {
        return new Exercise(KIND_ACTS, "respect", EnumSet.allOf(Role.class), false, "/kind-acts", 3);
    }

    @Bean
    Exercise ratioExercise() {
        // Done with two: it compares the moments between partners, so a person alone is not offered it (decision 0042).
        return new Exercise(RATIO, "respect", EnumSet.allOf(Role.class), true, "/respect/ratio", 4);
    }
}
