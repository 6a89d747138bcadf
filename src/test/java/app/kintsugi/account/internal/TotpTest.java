package app.kintsugi.account.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;

import org.junit.jupiter.api.Test;

/** The rules of sign-in codes and recovery codes, without Spring. */
class TotpTest {

    /** RFC 6238, appendix B: the SHA-1 key "12345678901234567890". */
    private static final String RFC_SECRET = Totp.Base32.encode("12345678901234567890".getBytes(StandardCharsets.US_ASCII));

    @Test
    void codesAreTheOnesOfRfc6238() {
        assertThat(RFC_SECRET).isEqualTo("GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ");
        // The RFC's eight-digit values, of which an app shows the last six.
        assertThat(Totp.code(RFC_SECRET, Totp.step(Instant.ofEpochSecond(59)))).isEqualTo("287082");
        assertThat(Totp.code(RFC_SECRET, Totp.step(Instant.ofEpochSecond(1111111109)))).isEqualTo("081804");
        assertThat(Totp.code(RFC_SECRET, Totp.step(Instant.ofEpochSecond(1234567890)))).isEqualTo("005924");
        assertThat(Totp.code(RFC_SECRET, Totp.step(Instant.ofEpochSecond(2000000000)))).isEqualTo("279037");
    }

    @Test
    void aCodeWorksOneStepEitherSideOfNowAndNoFurther() {
        Instant now = Instant.ofEpochSecond(1_800_000_015);
        long step = Totp.step(now);
        assertThat(Totp.matchingStep(RFC_SECRET, Totp.code(RFC_SECRET, step), now, 0)).hasValue(step);
        assertThat(Totp.matchingStep(RFC_SECRET, Totp.code(RFC_SECRET, step - 1), now, 0)).as("a phone a little slow").hasValue(step - 1);
        assertThat(Totp.matchingStep(RFC_SECRET, Totp.code(RFC_SECRET, step + 1), now, 0)).as("a little fast").hasValue(step + 1);
        assertThat(Totp.matchingStep(RFC_SECRET, Totp.code(RFC_SECRET, step - 2), now, 0)).as("a minute old").isEmpty();
        assertThat(Totp.matchingStep(RFC_SECRET, Totp.code(RFC_SECRET, step + 2), now, 0)).isEmpty();
    }

    @Test
    void eachCodeWorksOnceAndNoEarlierOneAfterIt() {
        Instant now = Instant.ofEpochSecond(1_800_000_015);
        long step = Totp.step(now);
        String code = Totp.code(RFC_SECRET, step);
        assertThat(Totp.matchingStep(RFC_SECRET, code, now, step)).as("the same step again").isEmpty();
        assertThat(Totp.matchingStep(RFC_SECRET, Totp.code(RFC_SECRET, step - 1), now, step)).as("an older one").isEmpty();
        assertThat(Totp.matchingStep(RFC_SECRET, Totp.code(RFC_SECRET, step + 1), now, step)).hasValue(step + 1);
    }

    @Test
    void spacesAreForgivenAndAnythingElseIsNotACode() {
        Instant now = Instant.ofEpochSecond(1_800_000_015);
        String code = Totp.code(RFC_SECRET, Totp.step(now));
        String spaced = code.substring(0, 3) + " " + code.substring(3);
        assertThat(Totp.matchingStep(RFC_SECRET, spaced, now, 0)).isPresent();
        for (String typed : List.of("", "12345", "1234567", "abcdef", "12345a")) {
            assertThat(Totp.looksLikeCode(typed)).as(typed).isFalse();
            assertThat(Totp.matchingStep(RFC_SECRET, typed, now, 0)).isEmpty();
        }
        assertThat(Totp.looksLikeCode(null)).isFalse();
    }

    @Test
    void aNewSecretHas160BitsAndTheAddressNamesNobody() {
        String secret = Totp.newSecret();
        assertThat(Totp.Base32.decode(secret)).hasSize(20);
        assertThat(Totp.newSecret()).isNotEqualTo(secret);
        assertThat(Totp.Base32.decode(Totp.grouped(secret))).isEqualTo(Totp.Base32.decode(secret));
        String uri = Totp.uri(secret, "Kintsugi");
        assertThat(uri).startsWith("otpauth://totp/Kintsugi?secret=" + secret).contains("issuer=Kintsugi")
                .contains("digits=6").contains("period=30").doesNotContain("@");
    }

    @Test
    void recoveryCodesAreTenDifferentCodesThatForgiveSpacingAndCase() {
        List<String> codes = RecoveryCodes.generate();
        assertThat(codes).hasSize(10).allMatch(c -> c.matches("[a-z2-9]{5}-[a-z2-9]{5}"));
        assertThat(new HashSet<>(codes)).hasSize(10);
        String code = codes.get(0);
        assertThat(RecoveryCodes.looksLikeCode(code)).isTrue();
        assertThat(RecoveryCodes.hash(" " + code.toUpperCase().replace("-", " ") + " ")).isEqualTo(RecoveryCodes.hash(code));
        assertThat(RecoveryCodes.hash(code)).hasSize(64).doesNotContain(code.replace("-", ""));
        assertThat(RecoveryCodes.looksLikeCode("123456")).as("an app's code is not a recovery code").isFalse();
        assertThat(RecoveryCodes.looksLikeCode("abcde-fghil")).as("letters that are never used").isFalse();
    }
}
