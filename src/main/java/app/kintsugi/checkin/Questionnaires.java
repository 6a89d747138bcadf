package app.kintsugi.checkin;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Service;

import app.kintsugi.checkin.internal.QuestionnaireLoader;

/**
 * Every questionnaire this instance offers: the built-in ones from
 * {@code program/questionnaires/*.yaml}, then those an operator added as {@code *.yaml} or
 * {@code *.yml} files in the directory {@code kintsugi.questionnaires.dir} (for instance a licensed
 * instrument a counselor uses). Read once, at start-up.
 *
 * <p>A problem in a built-in file stops the start ({@link InvalidQuestionnaireException}): the
 * project must not ship a check-in that scores wrongly. A problem in an added file only skips that
 * file, with one warning per problem naming the file and line, so one typo does not take the
 * instance down; the other files still load. An added file may not reuse the id of a built-in
 * questionnaire or of an added file read before it (files are read in name order).
 */
@Service
public class Questionnaires {

    /** The id of the Kintsugi weekly check-in. */
    public static final String WEEKLY = "kintsugi-weekly";
    static final String BUILT_IN = "classpath*:program/questionnaires/*.yaml";

    private static final Logger log = LoggerFactory.getLogger(Questionnaires.class);

    private final Map<String, Questionnaire> byId = new LinkedHashMap<>();
    private final Map<String, String> fileOf = new LinkedHashMap<>();
    private final List<String> warnings = new ArrayList<>();
    private final Signals signals;

    @Autowired
    Questionnaires(@Value("${kintsugi.questionnaires.dir:}") String directory) {
        this(BUILT_IN, directory == null || directory.isBlank() ? null : Path.of(directory.strip()));
    }

    /**
     * @param builtIn   a resource pattern for the built-in definitions
     * @param directory the operator's directory, or null for none
     */
    Questionnaires(String builtIn, Path directory) {
        this.signals = loadBuiltIn(builtIn);
        if (directory != null) {
            loadAdded(directory);
        }
    }

    /** The questionnaire with this id, built in or added. */
    public Optional<Questionnaire> find(String id) {
        return Optional.ofNullable(byId.get(id));
    }

    /** Every questionnaire: the built-in ones first, then the added ones in file-name order. */
    public List<Questionnaire> all() {
        return List.copyOf(byId.values());
    }

    /** The Kintsugi weekly check-in. */
    public Questionnaire weekly() {
        return byId.get(WEEKLY);
    }

    /** When the weekly check-in suggests outside help, from its definition. */
    public Signals signals() {
        return signals;
    }

    /** What was skipped among the added files, as it was logged. */
    List<String> warnings() {
        return Collections.unmodifiableList(warnings);
    }

    private Signals loadBuiltIn(String pattern) {
        List<String> problems = new ArrayList<>();
        Signals weeklySignals = null;
        Resource[] resources;
        try {
            resources = new PathMatchingResourcePatternResolver(getClass().getClassLoader()).getResources(pattern);
        } catch (IOException e) {
            throw new InvalidQuestionnaireException(List.of(pattern + ": cannot be listed: " + e.getMessage()));
        }
        Arrays.sort(resources, Comparator.comparing(r -> String.valueOf(r.getFilename())));
        for (Resource resource : resources) {
            String file = resource.getFilename();
            String text;
            try (InputStream in = resource.getInputStream()) {
                text = StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(in.readAllBytes())).toString();
            } catch (IOException e) {
                problems.add(file + ": cannot be read as UTF-8 text: " + e.getMessage());
                continue;
            }
            QuestionnaireLoader.Loaded loaded = QuestionnaireLoader.load(file, text, true);
            problems.addAll(loaded.problems());
            if (!loaded.ok()) {
                continue;
            }
            Questionnaire questionnaire = loaded.questionnaire();
            String earlier = fileOf.get(questionnaire.id());
            if (earlier != null) {
                problems.add(file + " line " + loaded.idLine() + ": the id '" + questionnaire.id() + "' is already used by " + earlier);
                continue;
            }
            if (loaded.signals() != null && !WEEKLY.equals(questionnaire.id())) {
                problems.add(file + " line " + loaded.idLine() + ": only the weekly check-in '" + WEEKLY + "' may carry signals");
                continue;
            }
            byId.put(questionnaire.id(), questionnaire);
            fileOf.put(questionnaire.id(), file);
            if (WEEKLY.equals(questionnaire.id())) {
                weeklySignals = loaded.signals();
            }
        }
        if (!byId.containsKey(WEEKLY) && problems.isEmpty()) {
            problems.add(pattern + ": the weekly check-in '" + WEEKLY + "' is missing");
        }
        if (!problems.isEmpty()) {
            throw new InvalidQuestionnaireException(problems);
        }
        return weeklySignals;
    }

    private void loadAdded(Path directory) {
        if (!Files.isDirectory(directory)) {
            warn("kintsugi.questionnaires.dir " + directory + " is not a directory; no questionnaires were added from it");
            return;
        }
        List<Path> files;
        try (Stream<Path> listed = Files.list(directory)) {
            files = listed.filter(Questionnaires::isDefinition).sorted(Comparator.comparing(p -> p.getFileName().toString())).toList();
        } catch (IOException e) {
            warn("kintsugi.questionnaires.dir " + directory + " cannot be listed (" + e.getMessage() + "); no questionnaires were added from it");
            return;
        }
        for (Path path : files) {
            String file = path.getFileName().toString();
            String text;
            try {
                text = Files.readString(path, StandardCharsets.UTF_8);
            } catch (CharacterCodingException e) {
                warn(file + ": skipped, it is not UTF-8 text");
                continue;
            } catch (IOException e) {
                warn(file + ": skipped, it cannot be read (" + e.getMessage() + ")");
                continue;
            }
            QuestionnaireLoader.Loaded loaded = QuestionnaireLoader.load(file, text, false);
            if (!loaded.ok()) {
                loaded.problems().forEach(problem -> warn(problem + " (file skipped)"));
                continue;
            }
            Questionnaire questionnaire = loaded.questionnaire();
            String id = questionnaire.id();
            Questionnaire existing = byId.get(id);
            if (existing != null) {
                warn(file + " line " + loaded.idLine() + ": the id '" + id + "' is already used by "
                        + (existing.builtIn() ? "a built-in questionnaire" : fileOf.get(id)) + "; choose another id (file skipped)");
                continue;
            }
            byId.put(id, questionnaire);
            fileOf.put(id, file);
            log.info("Added questionnaire '{}' version {} from {}", id, questionnaire.version(), file);
        }
    }

    private static boolean isDefinition(Path path) {
        String name = path.getFileName().toString();
        String lower = name.toLowerCase(Locale.ROOT);
        return !name.startsWith(".") && (lower.endsWith(".yaml") || lower.endsWith(".yml")) && Files.isRegularFile(path);
    }

    private void warn(String message) {
        warnings.add(message);
        log.warn("Questionnaires: {}", message);
    }
}
