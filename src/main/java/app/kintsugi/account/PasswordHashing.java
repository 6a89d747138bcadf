package app.kintsugi.account;

import java.util.concurrent.Semaphore;

import org.springframework.security.crypto.argon2.Argon2PasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;

import app.kintsugi.account.internal.AccountRules;

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

    /** Longer input is never hashed: no real password is this long, and hashing it costs memory. */
    static final int MAX_INPUT = 1_024;

    private final Argon2PasswordEncoder argon2 =
            new Argon2PasswordEncoder(SALT_LENGTH, HASH_LENGTH, PARALLELISM, MEMORY_KIB, ITERATIONS);
    /**
     * Each hash takes 19 MiB of heap and a core for its whole run: a burst of sign-ins queues here
     * instead of exhausting the heap. At most one per core, and at most one per 80 MiB of heap, so a
     * small server's heap (96 MiB with {@code ./kintsugi}) always has room for the pages beside it.
     */
    static final int CONCURRENT = Math.max(1, Math.min(Runtime.getRuntime().availableProcessors(),
            (int) (Runtime.getRuntime().maxMemory() / (80L << 20))));

    private final Semaphore concurrent = new Semaphore(CONCURRENT, true);

    @Override
    public String encode(CharSequence rawPassword) {
        return bounded(() -> argon2.encode(AccountRules.normalizePassword(rawPassword.toString())));
    }

    @Override
    public boolean matches(CharSequence rawPassword, String encodedPassword) {
        if (rawPassword == null || rawPassword.length() > MAX_INPUT) {
            return false;
        }
        return bounded(() -> argon2.matches(AccountRules.normalizePassword(rawPassword.toString()), encodedPassword));
    }

    private <T> T bounded(java.util.function.Supplier<T> work) {
        concurrent.acquireUninterruptibly();
        try {
            return work.get();
        } finally {
            concurrent.release();
        }
    }

    @Override
    public boolean upgradeEncoding(String encodedPassword) {
        return argon2.upgradeEncoding(encodedPassword);
    }
}
