package app.kintsugi.checkin;

import java.util.EnumSet;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import app.kintsugi.couple.Role;
import app.kintsugi.program.Exercise;

/** Plugs the weekly check-in into step 3, where trust is rebuilt and measured. */
@Configuration(proxyBeanMethods = false)
class CheckInExercises {

    static final String WEEKLY = "trust.check-in";

    @Bean
    Exercise weeklyCheckInExercise() {
        return new Exercise(WEEKLY, "trust", EnumSet.allOf(Role.class), false, "/check-in", 4);
    }
}
