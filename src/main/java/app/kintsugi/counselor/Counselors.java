package app.kintsugi.counselor;

import app.kintsugi.counselor.internal.CounselorRepository;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import lombok.RequiredArgsConstructor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import app.kintsugi.account.AccountRole;
import app.kintsugi.account.Accounts;
import app.kintsugi.account.NewAccount;
import app.kintsugi.account.Person;
import app.kintsugi.account.PersonId;
import app.kintsugi.privacy.AuditLog;
import app.kintsugi.privacy.ContentCipher;
import app.kintsugi.shared.InvalidInputException;
import app.kintsugi.shared.NotFoundException;
import app.kintsugi.shared.StaleEditException;
import app.kintsugi.shared.Texts;
import app.kintsugi.shared.Validation;

/**
 * Counselor accounts. A counselor registers and waits for the operator's approval, or the operator
 * creates the account already approved. Only an approved counselor can be invited by a couple; the
 * operator can withdraw an approval, which closes every couple's access at once. The operator sees
 * names, emails and what the counselor wrote about their practice, and nothing any couple wrote.
 */
@Service
@RequiredArgsConstructor
public class Counselors {

    private static final Logger log = LoggerFactory.getLogger(Counselors.class);
    public static final String PRACTICE_KIND = "counselor-practice";
    static final int MAX_PRACTICE = 2000;
    private static final SecureRandom RANDOM = new SecureRandom();

    private final CounselorRepository repository;
    private final Accounts accounts;
    private final ContentCipher cipher;
    private final AuditLog audit;
    private final Clock clock;

    /** A counselor registers themselves; they can sign in at once and wait for the operator's approval. */
    @Transactional
    public Person register(NewAccount account, String practice) {
        String clean = Texts.clean(practice);
        Validation v = new Validation().requiredText("practice", clean, MAX_PRACTICE, "counselor.practice.required");
        Person person;
        try {
            person = accounts.register(account, AccountRole.COUNSELOR);
        } catch (InvalidInputException e) {
            Map<String, InvalidInputException.FieldError> all = new HashMap<>(e.errors());
            if (v.hasErrors()) {
                try {
                    v.throwIfInvalid();
                } catch (InvalidInputException mine) {
                    all.putAll(mine.errors());
                }
            }
            throw new InvalidInputException(all);
        }
        v.throwIfInvalid();
        insert(person.id(), CounselorStatus.PENDING, clean, null);
        log.info("event=counselor_registered counselor={}", person.id());
        return person;
    }

    /** A counselor account the operator creates, approved at once, with a first password to pass on. */
    public record CreatedCounselor(Counselor counselor, String firstPassword) {

        @Override
        public String toString() {
            return "CreatedCounselor[" + counselor.id() + "]";
        }
    }

    @Transactional
    public CreatedCounselor create(PersonId operator, String email, String name, String practice, String language) {
        requireOperator(operator);
        String clean = Texts.clean(practice);
        Validation v = new Validation().optionalText("practice", clean, MAX_PRACTICE);
        v.throwIfInvalid();
        String password = firstPassword();
        Person person = accounts.register(new NewAccount(email, name, password, language, "UTC"), AccountRole.COUNSELOR);
        // The operator has seen this password: it lets the counselor in once, to choose their own.
        accounts.requirePasswordChange(person.id());
        insert(person.id(), CounselorStatus.APPROVED, clean == null ? "" : clean, operator);
        audit.record(operator, "COUNSELOR_CREATED", "counselor", person.id().value(), null);
        log.info("event=counselor_created counselor={} operator={}", person.id(), operator);
        return new CreatedCounselor(find(person.id()).orElseThrow(), password);
    }

    /** The operator approves, declines or withdraws; a decision made meanwhile elsewhere is reported, not overwritten. */
    @Transactional
    public void decide(PersonId operator, PersonId counselor, CounselorStatus decision, long expectedVersion) {
        requireOperator(operator);
        CounselorRepository.CounselorRow row = repository.counselor(counselor).orElseThrow(NotFoundException::new);
        if (!allowed(row.status(), decision)) {
            throw InvalidInputException.of("decision", "operator.decision.invalid");
        }
        if (!repository.decide(counselor, decision, operator, clock.millis(), expectedVersion)) {
            throw new StaleEditException();
        }
        audit.record(operator, "COUNSELOR_" + decision.name(), "counselor", counselor.value(), null);
        log.info("event=counselor_decided counselor={} status={} operator={}", counselor, decision, operator);
    }

    /**
     * The operator's decisions: approve anyone not approved (a declined registration or a withdrawn
     * approval can be reconsidered), decline only a waiting registration, withdraw only an approval.
     */
    static boolean allowed(CounselorStatus from, CounselorStatus to) {
        return switch (to) {
            case APPROVED -> from != CounselorStatus.APPROVED;
            case DECLINED -> from == CounselorStatus.PENDING;
            case WITHDRAWN -> from == CounselorStatus.APPROVED;
            case PENDING -> false;
        };
    }

    /** Every counselor, oldest request first: for the operator only. */
    public List<Counselor> all(PersonId operator) {
        requireOperator(operator);
        return repository.counselors().stream().map(this::counselor).flatMap(Optional::stream).toList();
    }

    /** The counselor's own standing and code. */
    public Optional<Counselor> find(PersonId counselor) {
        return repository.counselor(counselor).flatMap(this::counselor);
    }

    /** An approved counselor by the code they gave a couple, or by their email. */
    Optional<Counselor> approvedByCodeOrEmail(String typed) {
        if (typed == null || typed.isBlank()) {
            return Optional.empty();
        }
        String code = CounselorCodes.normalize(typed);
        Optional<CounselorRepository.CounselorRow> row = code != null ? repository.counselorByCode(code)
                : accounts.findByEmail(typed).flatMap(p -> repository.counselor(p.id()));
        return row.flatMap(this::counselor).filter(Counselor::approved);
    }

    boolean approved(PersonId counselor) {
        return repository.counselor(counselor).map(r -> r.status() == CounselorStatus.APPROVED).orElse(false);
    }

    private void requireOperator(PersonId person) {
        if (accounts.roleOf(person).orElse(null) != AccountRole.OPERATOR) {
            throw new NotFoundException();
        }
    }

    private void insert(PersonId id, CounselorStatus status, String practice, PersonId decidedBy) {
        byte[] sealed = cipher.seal(id, PRACTICE_KIND, id.value(), practice == null ? "" : practice);
        String code = CounselorCodes.generate();
        while (repository.codeTaken(code)) {
            code = CounselorCodes.generate();
        }
        repository.insertCounselor(id, status, code, sealed, clock.millis(), decidedBy);
    }

    private Optional<Counselor> counselor(CounselorRepository.CounselorRow row) {
        return accounts.find(row.id()).map(p -> new Counselor(row.id(), p.displayName(), p.email(), row.status(),
                CounselorCodes.display(row.code()), cipher.open(row.id(), PRACTICE_KIND, row.id().value(), row.practice()),
                Instant.ofEpochMilli(row.requestedAt()), row.version()));
    }

    /** Four groups of four letters and digits: about 80 bits, easy to read out and type. */
    static String firstPassword() {
        String alphabet = "abcdefghjkmnpqrstuvwxyz23456789";
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < 16; i++) {
            if (i > 0 && i % 4 == 0) {
                b.append('-');
            }
            b.append(alphabet.charAt(RANDOM.nextInt(alphabet.length())));
        }
        return b.toString();
    }
}
