package app.kintsugi;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.security.crypto.password.PasswordEncoder;

import app.kintsugi.account.OneHashPasswordEncoder;
import app.kintsugi.account.TestAccounts;

/**
 * The tests' people all register with {@link TestAccounts#PASSWORD}: it is hashed once with the real
 * Argon2id parameters and that hash is stored for each of them, instead of 50–100 ms of CPU per person
 * for some two thousand people a run. Any other password is hashed as the application does, and every
 * sign-in checks the password with full Argon2id. {@code PasswordHashingTest} tests the real encoder.
 */
@TestConfiguration(proxyBeanMethods = false)
public class TestPasswordConfiguration {

    @Bean
    @Primary
    PasswordEncoder testPasswordEncoder() {
        return new OneHashPasswordEncoder(TestAccounts.PASSWORD);
    }
}
