package app.kintsugi.responsibility;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

import app.kintsugi.account.PersonId;
import app.kintsugi.privacy.Visibility;

/**
 * An apology as a permitted viewer sees it. The answer's note is included only for whoever may read
 * it: always for the person who answered, for the sender only when it was shared.
 */
public record ApologyView(UUID id, PersonId author, String authorName, boolean mine, ApologyStatus status, String text,
        Instant createdAt, Optional<Instant> sentAt, long version, Optional<AnswerView> answer, boolean ended) {

    public record AnswerView(Answer answer, Optional<String> note, Visibility noteVisibility, Instant answeredAt) {
    }

    @Override
    public String toString() {
        return "ApologyView[" + id + "]";
    }
}
