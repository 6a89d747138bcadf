package app.kintsugi.reflection;

import java.util.EnumSet;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import app.kintsugi.couple.Role;
import app.kintsugi.program.Exercise;

/** Plugs reflections into step 0 of the program. */
@Configuration(proxyBeanMethods = false)
class ReflectionExercise {

    static final String ID = "understanding.reflection";

    @Bean
    Exercise understandingReflection() {
        return new Exercise(ID, "understanding", EnumSet.allOf(Role.class), false, "/reflections", 1, "/reflections/new");
    }
}
