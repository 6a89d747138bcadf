package app.kintsugi.movingon;

import java.util.EnumSet;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import app.kintsugi.couple.Role;
import app.kintsugi.program.Exercise;

/** Plugs the moving-on exercises into step 6 of the program. None is done together. */
@Configuration(proxyBeanMethods = false)
class MovingOnExercises {

    static final String STEP = "movingon";
    public static final String WHY = "movingon.why";
    public static final String FORGIVENESS = "movingon.forgiveness";
    public static final String LETTERS = "movingon.letters";
    public static final String ACCOUNTABLE = "movingon.accountable";

    static final EnumSet<Role> FORGIVENESS_ROLES = EnumSet.of(Role.HURT_PARTNER, Role.BOTH);
    static final EnumSet<Role> ACCOUNTABLE_ROLES = EnumSet.of(Role.BROKE_TRUST, Role.BOTH);

    @Bean
    Exercise movingOnWhy() {
        return new Exercise(WHY, STEP, EnumSet.allOf(Role.class), false, "/moving-on/why", 1, "/moving-on/why/new");
    }

    @Bean
    Exercise movingOnForgiveness() {
        return new Exercise(FORGIVENESS, STEP, FORGIVENESS_ROLES, false, "/moving-on/forgiveness", 2);
    }

    @Bean
    Exercise movingOnLetters() {
        return new Exercise(LETTERS, STEP, EnumSet.allOf(Role.class), false, "/moving-on/letters", 3, "/moving-on/letters/new");
    }

    @Bean
    Exercise movingOnAccountable() {
        return new Exercise(ACCOUNTABLE, STEP, ACCOUNTABLE_ROLES, false, "/moving-on/accountable", 4);
    }
}
