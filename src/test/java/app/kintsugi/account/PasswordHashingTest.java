package app.kintsugi.account;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PasswordHashingTest {

    private final PasswordHashing hashing = new PasswordHashing();

    @Test
    void usesArgon2idWithAtLeastTheOwaspMinimum() {
        String hash = hashing.encode("a quiet harbour at dawn");
        assertThat(hash).startsWith("$argon2id$v=19$m=19456,t=2,p=1$");
        assertThat(PasswordHashing.MEMORY_KIB).isGreaterThanOrEqualTo(19_456);
        assertThat(PasswordHashing.ITERATIONS).isGreaterThanOrEqualTo(2);
        assertThat(PasswordHashing.PARALLELISM).isEqualTo(1);
    }

    @Test
    void saltsEachHashAndVerifiesNormalisedInput() {
        String a = hashing.encode("ﬁsh and chips");
        String b = hashing.encode("fish and chips");
        assertThat(a).isNotEqualTo(b);
        assertThat(hashing.matches("fish and chips", a)).isTrue();
        assertThat(hashing.matches("ﬁsh and chips", b)).isTrue();
        assertThat(hashing.matches("fish and chip", a)).isFalse();
    }
}
