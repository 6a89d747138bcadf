package app.kintsugi.checkin;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import lombok.RequiredArgsConstructor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import app.kintsugi.account.PersonId;
import app.kintsugi.checkin.internal.AddedQuestionnaireRepository;
import app.kintsugi.checkin.internal.QuestionnaireLoader;
import app.kintsugi.shared.InvalidInputException;
import app.kintsugi.shared.NotFoundException;

/**
 * Questionnaires a counselor adds for the people whose counselor they are: a definition in the format
 * of an operator's questionnaire file (checked as strictly, every problem named with its line), given
 * an id of its own ({@code c-} and ten letters or digits) whatever id the definition names. While the
 * counselor's access to a person stands, the person is offered it among their measures; they answer
 * it when they choose or on a schedule, and their answers are theirs like any measure's. A counselor
 * can stop offering one; it stays readable for those who answered it, with their answers.
 */
@Service
@RequiredArgsConstructor
public class AddedQuestionnaires {

    private static final Logger log = LoggerFactory.getLogger(AddedQuestionnaires.class);

    /** The longest definition accepted, in characters. */
    public static final int MAX_DEFINITION = 60_000;
    /** How many questionnaires one counselor can offer at once. */
    public static final int MAX_OFFERED = 30;
    static final String ID_PREFIX = "c-";
    private static final char[] ID_LETTERS = "abcdefghijkmnpqrstuvwxyz23456789".toCharArray();
    private static final SecureRandom RANDOM = new SecureRandom();

    private final AddedQuestionnaireRepository repository;
    private final Questionnaires questionnaires;
    private final Clock clock;
    /** Definitions never change once added: each is read from its text once. */
    private final Map<String, Questionnaire> parsed = new ConcurrentHashMap<>();

    /** One added questionnaire as its author sees it in their list. */
    public record Added(Questionnaire questionnaire, Instant addedAt, boolean offered) {
    }

    /**
     * Checks a definition and, when it can be used, adds it as offered. Nothing is stored when it
     * cannot: an empty or too long text is an {@link InvalidInputException} on field
     * {@code definition}; a text that is not a valid questionnaire a {@link DefinitionProblemsException}.
     */
    @Transactional
    public Questionnaire add(PersonId author, String definition) {
        String text = definition == null ? "" : definition.replace("\r\n", "\n").replace('\r', '\n');
        if (text.isBlank()) {
            throw InvalidInputException.of("definition", "added.definition.required");
        }
        if (text.length() > MAX_DEFINITION) {
            throw InvalidInputException.of("definition", "added.definition.tooLong", MAX_DEFINITION);
        }
        if (offeredBy(author).size() >= MAX_OFFERED) {
            throw InvalidInputException.of("definition", "added.definition.tooMany", MAX_OFFERED);
        }
        Questionnaire read = check(text);
        String id = newId();
        Questionnaire q = withId(read, id);
        repository.insert(new AddedQuestionnaireRepository.Row(id, author, text, clock.millis(), null));
        parsed.put(id, q);
        log.info("event=questionnaire_added questionnaire={} by={} items={}", id, author, q.items().size());
        return q;
    }

    /**
     * Reads a definition as {@link #add} would, without storing it: the questionnaire, or a
     * {@link DefinitionProblemsException} listing every problem.
     */
    public Questionnaire check(String definition) {
        QuestionnaireLoader.Loaded loaded = QuestionnaireLoader.load(FILE, definition == null ? "" : definition, false);
        if (!loaded.ok()) {
            throw new DefinitionProblemsException(loaded.problems().stream().map(AddedQuestionnaires::plain).toList());
        }
        return loaded.questionnaire();
    }

    /** Stops offering one of the author's questionnaires; "not found" for anyone else's or one already stopped. */
    @Transactional
    public void retire(PersonId author, String id) {
        if (id == null || !repository.retire(id, author, clock.millis())) {
            throw new NotFoundException();
        }
        log.info("event=questionnaire_retired questionnaire={} by={}", id, author);
    }

    /** Everything the author added, newest first, offered or not. */
    public List<Added> byAuthor(PersonId author) {
        List<Added> out = new ArrayList<>();
        for (AddedQuestionnaireRepository.Row row : repository.byAuthor(author)) {
            out.add(new Added(of(row), Instant.ofEpochMilli(row.createdAt()), row.offered()));
        }
        return out;
    }

    /** The author's questionnaires that are offered, oldest first, as their clients see them. */
    public List<Questionnaire> offeredBy(PersonId author) {
        return byAuthor(author).stream().filter(Added::offered).map(Added::questionnaire).toList().reversed();
    }

    /** Whether this id is one a counselor added (and was not merely shaped like one). */
    static boolean looksAdded(String id) {
        return id != null && id.startsWith(ID_PREFIX);
    }

    /** An added questionnaire by id, offered or not; empty for any other id. */
    Optional<Questionnaire> find(String id) {
        if (!looksAdded(id)) {
            return Optional.empty();
        }
        Questionnaire known = parsed.get(id);
        if (known != null) {
            return Optional.of(known);
        }
        return repository.find(id).map(this::of);
    }

    /** An added questionnaire with who added it and whether it is offered. */
    Optional<AddedQuestionnaireRepository.Row> row(String id) {
        return looksAdded(id) ? repository.find(id) : Optional.empty();
    }

    private Questionnaire of(AddedQuestionnaireRepository.Row row) {
        return parsed.computeIfAbsent(row.id(), id -> {
            QuestionnaireLoader.Loaded loaded = QuestionnaireLoader.load(FILE, row.definition(), false);
            if (!loaded.ok()) {
                // Checked when added; a stricter reader since then must not hide a person's answers.
                throw new IllegalStateException("added questionnaire " + id + " no longer reads: " + loaded.problems().size() + " problem(s)");
            }
            return withId(loaded.questionnaire(), id);
        });
    }

    private static final String FILE = "definition";

    /** The reader's "definition line 3: …" as "Line 3: …", and "definition: …" as the message alone. */
    static String plain(String problem) {
        if (problem.startsWith(FILE + " line ")) {
            return "Line " + problem.substring((FILE + " line ").length());
        }
        if (problem.startsWith(FILE + ": ")) {
            return problem.substring((FILE + ": ").length());
        }
        return problem;
    }

    private static Questionnaire withId(Questionnaire q, String id) {
        return new Questionnaire(id, q.version(), q.title(), q.intro(), q.items(), q.subscales(), false, q.provenance());
    }

    private String newId() {
        while (true) {
            StringBuilder id = new StringBuilder(ID_PREFIX);
            for (int i = 0; i < 10; i++) {
                id.append(ID_LETTERS[RANDOM.nextInt(ID_LETTERS.length)]);
            }
            if (repository.find(id.toString()).isEmpty() && questionnaires.find(id.toString()).isEmpty()) {
                return id.toString();
            }
        }
    }
}
