package app.kintsugi.account;

import org.springframework.security.crypto.argon2.Argon2PasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * Argon2id with explicit parameters (memory 19,456 KiB, 2 iterations, parallelism 1: the OWASP
 * minimum; Spring's default is weaker). Passwords are NFKC-normalised first, at registration and at
 * sign-in alike.
 */
final class PasswordHashing implements PasswordEncoder {

    static final int SALT_LENGTH = 16;
    static final int HASH_LENGTH = 32;
    static final int PARALLELISM = 1;
    static final int MEMORY_KIB = 19_456;
    static final int ITERATIONS = 2;

    private final Argon2PasswordEncoder argon2 =
            new Argon2PasswordEncoder(SALT_LENGTH, HASH_LENGTH, PARALLELISM, MEMORY_KIB, ITERATIONS);

    @Override
    public String encode(CharSequence rawPassword) {
        return argon2.encode(AccountRules.normalizePassword(rawPassword.toString()));
    }

    @Override
    public boolean matches(CharSequence rawPassword, String encodedPassword) {
        return argon2.matches(AccountRules.normalizePassword(rawPassword.toString()), encodedPassword);
    }

    @Override
    public boolean upgradeEncoding(String encodedPassword) {
        return argon2.upgradeEncoding(encodedPassword);
    }
}
