package app.kintsugi.responsibility;

import java.time.Instant;
import java.util.UUID;

import app.kintsugi.account.PersonId;
import app.kintsugi.privacy.Visibility;

public record OwnRoleView(UUID id, PersonId author, boolean mine, OwnRoleDraft content, Visibility visibility,
        Instant updatedAt, long version) {

    @Override
    public String toString() {
        return "OwnRoleView[" + id + "]";
    }
}
