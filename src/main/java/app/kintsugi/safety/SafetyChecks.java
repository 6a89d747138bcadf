package app.kintsugi.safety;

import java.time.Clock;
import java.time.Instant;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import lombok.RequiredArgsConstructor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import app.kintsugi.account.PersonId;
import app.kintsugi.privacy.ContentCipher;
import app.kintsugi.safety.internal.SafetyCheckRepository;
import app.kintsugi.safety.internal.SafetyRules;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * Records and evaluates the private safety check. There is deliberately no method that answers for
 * another person: nothing here can be asked about a partner.
 */
@Service
@RequiredArgsConstructor
public class SafetyChecks {

    static final String KIND = "safety-check";
    private static final Logger log = LoggerFactory.getLogger(SafetyChecks.class);

    private final SafetyCheckRepository repository;
    private final ContentCipher cipher;
    private final JsonMapper json;
    private final Clock clock;

    /** Stores a complete check and returns its outcome. */
    @Transactional
    public SafetyStatus record(PersonId person, Map<SafetyQuestion, SafetyAnswer> answers) {
        app.kintsugi.shared.PerRequest.forget(MEMO);
        SafetyRules.checkComplete(answers);
        UUID id = UUID.randomUUID();
        long now = clock.millis();
        Map<String, String> stored = new LinkedHashMap<>();
        answers.forEach((q, a) -> stored.put(q.name(), a.name()));
        byte[] sealed = cipher.seal(person, KIND, id, json.writeValueAsString(stored));
        repository.insert(id, person, now, sealed);
        // Only that a check was taken is logged; never its answers or outcome.
        log.info("event=safety_check_recorded person={}", person);
        return evaluate(answers, now);
    }

    /** Whether the person has answered the check at least once; reads no answers. */
    public boolean taken(PersonId person) {
        return repository.any(person);
    }

    /** The person's own latest outcome; read once per request, forgotten when a check is recorded. */
    public SafetyStatus status(PersonId person) {
        return app.kintsugi.shared.PerRequest.remember(MEMO, person, () -> read(person));
    }

    private static final String MEMO = "safety.status";

    private SafetyStatus read(PersonId person) {
        return repository.latest(person)
                .map(row -> evaluate(decode(person, row.id(), row.answers()), row.answeredAt()))
                .orElse(new SafetyStatus(SafetyStatus.Outcome.NOT_TAKEN, Optional.empty()));
    }

    private Map<SafetyQuestion, SafetyAnswer> decode(PersonId person, UUID id, byte[] sealed) {
        Map<String, String> raw = json.readValue(cipher.open(person, KIND, id, sealed),
                new TypeReference<Map<String, String>>() { });
        Map<SafetyQuestion, SafetyAnswer> answers = new EnumMap<>(SafetyQuestion.class);
        raw.forEach((q, a) -> answers.put(SafetyQuestion.valueOf(q), SafetyAnswer.valueOf(a)));
        return answers;
    }

    private static SafetyStatus evaluate(Map<SafetyQuestion, SafetyAnswer> answers, long at) {
        var outcome = SafetyRules.concerning(answers) ? SafetyStatus.Outcome.CONCERNING : SafetyStatus.Outcome.CLEAR;
        return new SafetyStatus(outcome, Optional.of(Instant.ofEpochMilli(at)));
    }
}
