package app.kintsugi.account;

import java.util.concurrent.atomic.AtomicReference;

import lombok.RequiredArgsConstructor;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * For the load-test data generator and the tests' own context ({@code TestPasswordConfiguration}):
 * the real Argon2id encoder, except that the one shared password is hashed once (with the real
 * parameters and a real salt) and that hash is reused for everyone who registers with it. Hashing
 * costs 50–100 ms of CPU per person, so hashing 20,000 or 200,000 people one by one would take hours;
 * this is the one deviation from the application's own registration path. Checking a password at
 * sign-in is never shortened.
 */
@RequiredArgsConstructor
public final class OneHashPasswordEncoder implements PasswordEncoder {

    private final PasswordHashing real = new PasswordHashing();
    private final String password;
    private final AtomicReference<String> hash = new AtomicReference<>();

    @Override
    public String encode(CharSequence rawPassword) {
        if (!password.contentEquals(rawPassword)) {
            return real.encode(rawPassword);
        }
        String known = hash.get();
        if (known == null) {
            hash.compareAndSet(null, real.encode(rawPassword));
            known = hash.get();
        }
        return known;
    }

    @Override
    public boolean matches(CharSequence rawPassword, String encodedPassword) {
        return real.matches(rawPassword, encodedPassword);
    }

    @Override
    public boolean upgradeEncoding(String encodedPassword) {
        return real.upgradeEncoding(encodedPassword);
    }
}
