package app.kintsugi.account;

import java.time.Clock;

import app.kintsugi.account.internal.Totp;

/** The code an authenticator app would show now for a key, for tests outside this package. */
public final class TestCodes {

    private TestCodes() {
    }

    public static String codeNow(String secret, Clock clock) {
        return Totp.code(secret.replace(" ", ""), Totp.step(clock.instant()));
    }
}
