package app.kintsugi.account;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Which typed codes may pass the sign-in throttle, without a database. */
class SecondFactorsTest {

    @Test
    void onlyACodeForAnAccountWithASecondStepMayGoPastTheThrottle() {
        assertThat(SecondFactors.mayGoPastTheThrottle("123456", true)).isTrue();
        assertThat(SecondFactors.mayGoPastTheThrottle("123 456", true)).isTrue();
        assertThat(SecondFactors.mayGoPastTheThrottle("k7m2p-x9qa4", true)).as("a recovery code").isTrue();
        assertThat(SecondFactors.mayGoPastTheThrottle("123456", false)).as("no second step: the wait stands").isFalse();
        for (String notACode : java.util.Arrays.asList(null, "", " ", "12345", "password", "1234567")) {
            assertThat(SecondFactors.mayGoPastTheThrottle(notACode, true)).as(String.valueOf(notACode)).isFalse();
        }
    }
}
