package app.kintsugi.reflection;

import java.time.Instant;

import app.kintsugi.account.PersonId;
import app.kintsugi.privacy.Access;
import app.kintsugi.privacy.Visibility;

/** One reflection as a permitted viewer sees it. */
public record ReflectionView(ReflectionId id, PersonId author, ReflectionDraft content, Visibility visibility,
        Instant createdAt, Instant updatedAt, long version, Access access) {

    public boolean mine() {
        return access == Access.AUTHOR;
    }

    @Override
    public String toString() {
        return "ReflectionView[" + id + "]";
    }
}
