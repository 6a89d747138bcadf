package app.kintsugi.program;

import java.util.EnumSet;
import java.util.Set;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import app.kintsugi.couple.Role;

/**
 * The program's own practices: exercises done away from the screen (or by reading), which a person
 * marks as started and done. Feature modules register their exercises the same way.
 */
@Configuration(proxyBeanMethods = false)
class ProgramExercises {

    private static final Set<Role> EVERYONE = EnumSet.allOf(Role.class);

    @Bean
    Exercise lookAfterTheBasics() {
        return new Exercise("understanding.basics", "understanding", EVERYONE, false, null, 2);
    }

    @Bean
    Exercise apologyParts() {
        return new Exercise("responsibility.apology-parts", "responsibility", EnumSet.of(Role.BROKE_TRUST, Role.BOTH), false, null, 2);
    }

    @Bean
    Exercise realisticExpectations() {
        return new Exercise("trust.expectations", "trust", EVERYONE, false, "/expectations", 1);
    }

    @Bean
    Exercise smallPromise() {
        return new Exercise("trust.small-promise", "trust", EVERYONE, false, null, 2);
    }

    @Bean
    Exercise questionsICarry() {
        return new Exercise("transparency.questions", "transparency", EnumSet.of(Role.HURT_PARTNER, Role.BOTH), false, null, 1);
    }

    @Bean
    Exercise shareBeforeAsked() {
        return new Exercise("transparency.share-first", "transparency", EnumSet.of(Role.BROKE_TRUST, Role.BOTH), false, null, 2);
    }

    @Bean
    Exercise considerHelp() {
        return new Exercise("help.consider", "help", EVERYONE, false, "/help", 1);
    }

    @Bean
    Exercise oneBoundaryEach() {
        return new Exercise("boundaries.one-boundary", "boundaries", EVERYONE, true, null, 1);
    }

    @Bean
    Exercise appreciation() {
        return new Exercise("respect.appreciation", "respect", EVERYONE, false, null, 1);
    }
}
