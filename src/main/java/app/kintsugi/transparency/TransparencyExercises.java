package app.kintsugi.transparency;

import java.util.EnumSet;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import app.kintsugi.couple.Role;
import app.kintsugi.program.Exercise;

/** Plugs the question box, the sharing log, the amends plan, the accountability timeline and the prepared disclosure into step 4. */
@Configuration(proxyBeanMethods = false)
class TransparencyExercises {

    static final String QUESTIONS = "transparency.question-box";
    static final String SHARING = "transparency.sharing-log";
    static final String AMENDS = "transparency.amends";
    static final String TIMELINE = "transparency.accountability";
    static final String PREPARED_DISCLOSURE = "transparency.prepared-disclosure";

    @Bean
    Exercise questionBoxExercise() {
        return new Exercise(QUESTIONS, "transparency", EnumSet.allOf(Role.class), true, "/questions", 3);
    }

    @Bean
    Exercise sharingLogExercise() {
        return new Exercise(SHARING, "transparency", EnumSet.allOf(Role.class), true, "/sharing", 4);
    }

    @Bean
    Exercise amendsPlanExercise() {
        return new Exercise(AMENDS, "transparency", EnumSet.of(Role.BROKE_TRUST, Role.BOTH), true, "/amends", 5);
    }

    @Bean
    Exercise accountabilityExercise() {
        return new Exercise(TIMELINE, "transparency", EnumSet.allOf(Role.class), true, "/accountability", 6);
    }

    /**
     * Done by giving it (its author) and by reading it (the partner); a draft marks nothing, since progress can be shown to
     * the partner. Prepared by one person, alone too (decision 0042): the meeting to give it is arranged on its page.
     */
    @Bean
    Exercise preparedDisclosureExercise() {
        return new Exercise(PREPARED_DISCLOSURE, "transparency", EnumSet.allOf(Role.class), false, "/disclosure", 7);
    }
}
