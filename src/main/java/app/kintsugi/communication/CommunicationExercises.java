package app.kintsugi.communication;

import java.util.EnumSet;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import app.kintsugi.couple.Role;
import app.kintsugi.program.Exercise;

/** Plugs ground rules, the tone coach, planned conversations and written dialogue into step 2. */
@Configuration(proxyBeanMethods = false)
class CommunicationExercises {

    static final String GROUND_RULES = "communication.ground-rules";
    static final String I_STATEMENTS = "communication.i-statements";
    static final String CONVERSATION = "communication.conversation";
    static final String DIALOGUE = "communication.dialogue";

    @Bean
    Exercise groundRules() {
        return new Exercise(GROUND_RULES, "communication", EnumSet.allOf(Role.class), true, "/conversations/rules", 1);
    }

    @Bean
    Exercise iStatements() {
        return new Exercise(I_STATEMENTS, "communication", EnumSet.allOf(Role.class), false, "/tone-coach", 2);
    }

    @Bean
    Exercise conversation() {
        return new Exercise(CONVERSATION, "communication", EnumSet.allOf(Role.class), true, "/conversations", 3, "/conversations/new");
    }

    @Bean
    Exercise dialogue() {
        return new Exercise(DIALOGUE, "communication", EnumSet.allOf(Role.class), true, "/dialogue", 4, "/dialogue/new");
    }
}
