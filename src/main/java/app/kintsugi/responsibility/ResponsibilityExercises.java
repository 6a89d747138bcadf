package app.kintsugi.responsibility;

import java.util.EnumSet;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import app.kintsugi.couple.Role;
import app.kintsugi.program.Exercise;

/** Plugs own-role reflections and the apology builder into step 1 of the program. */
@Configuration(proxyBeanMethods = false)
class ResponsibilityExercises {

    static final String OWN_ROLE = "responsibility.own-role";
    static final String APOLOGY = "responsibility.apology";

    @Bean
    Exercise ownRole() {
        return new Exercise(OWN_ROLE, "responsibility", EnumSet.allOf(Role.class), false, "/own-role", 1, "/own-role/new");
    }

    @Bean
    Exercise apology() {
        return new Exercise(APOLOGY, "responsibility", EnumSet.of(Role.BROKE_TRUST, Role.BOTH), false, "/apologies", 3, "/apologies/new");
    }
}
