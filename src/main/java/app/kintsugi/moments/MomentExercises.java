package app.kintsugi.moments;

import java.util.EnumSet;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import app.kintsugi.couple.Role;
import app.kintsugi.program.Exercise;

/** Plugs hard moments into the program: a practice of its own, alongside the steps. */
@Configuration(proxyBeanMethods = false)
class MomentExercises {

    static final String STEP = "moments";
    static final String PLAN = "moments.plan";
    static final String LOG = "moments.log";
    static final String REASSURANCE = "moments.reassurance";
    static final String REPAIR = "moments.repair";

    @Bean
    Exercise momentsPlanExercise() {
        return new Exercise(PLAN, STEP, EnumSet.allOf(Role.class), false, "/moments/plan", 1);
    }

    @Bean
    Exercise momentsLogExercise() {
        return new Exercise(LOG, STEP, EnumSet.allOf(Role.class), false, "/moments", 2, "/moments/new");
    }

    @Bean
    Exercise momentsReassuranceExercise() {
        return new Exercise(REASSURANCE, STEP, EnumSet.allOf(Role.class), true, "/moments/reassurance", 3);
    }

    @Bean
    Exercise momentsRepairExercise() {
        return new Exercise(REPAIR, STEP, EnumSet.allOf(Role.class), true, "/repairs", 4);
    }
}
