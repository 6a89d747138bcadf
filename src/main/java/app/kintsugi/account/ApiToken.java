package app.kintsugi.account;

import java.time.Instant;
import java.util.Set;
import java.util.UUID;

/** A personal token as its owner sees it in settings: never the token itself, which is shown once. */
public record ApiToken(UUID id, String name, Set<ApiScope> scopes, Instant createdAt, Instant expiresAt, Instant lastUsedAt) {

    public boolean canWrite() {
        return scopes.contains(ApiScope.WRITE);
    }

    public boolean expiredAt(Instant now) {
        return !now.isBefore(expiresAt);
    }
}
