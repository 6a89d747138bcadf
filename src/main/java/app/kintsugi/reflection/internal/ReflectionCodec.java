package app.kintsugi.reflection.internal;

import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Component;

import app.kintsugi.account.PersonId;
import app.kintsugi.privacy.ContentCipher;
import app.kintsugi.reflection.BetrayalKind;
import app.kintsugi.reflection.Emotion;
import app.kintsugi.reflection.ReflectionDraft;
import app.kintsugi.reflection.UnfinishedReflection;
import tools.jackson.databind.json.JsonMapper;

/** Turns a draft into one encrypted blob and back. Everything the person chose or wrote is inside. */
@Component
@RequiredArgsConstructor
public class ReflectionCodec {

    public static final String KIND = "reflection";
    /** A draft is sealed under its own kind, so its ciphertext can never be opened as a reflection or the reverse. */
    public static final String DRAFT_KIND = "reflection-draft";

    private final ContentCipher cipher;
    private final JsonMapper json;

    public record Stored(String title, String whatHappened, String violations, String kind, Map<String, Integer> emotions,
            String impact) {
    }

    public record StoredDraft(String title, String whatHappened, String violations, String kind, List<String> felt,
            Map<String, Integer> intensity, String impact) {
    }

    public byte[] sealUnfinished(PersonId author, UUID id, UnfinishedReflection d) {
        Map<String, Integer> intensity = new LinkedHashMap<>();
        d.intensity().forEach((e, i) -> intensity.put(e.name(), i));
        StoredDraft stored = new StoredDraft(d.title(), d.whatHappened(), d.violations(),
                d.kind() == null ? null : d.kind().name(), d.felt().stream().map(Emotion::name).toList(), intensity,
                d.impact());
        return cipher.seal(author, DRAFT_KIND, id, json.writeValueAsString(stored));
    }

    public UnfinishedReflection openUnfinished(PersonId author, UUID id, byte[] content) {
        StoredDraft s = json.readValue(cipher.open(author, DRAFT_KIND, id, content), StoredDraft.class);
        Set<Emotion> felt = EnumSet.noneOf(Emotion.class);
        if (s.felt() != null) {
            s.felt().forEach(name -> felt.add(Emotion.valueOf(name)));
        }
        Map<Emotion, Integer> intensity = new EnumMap<>(Emotion.class);
        if (s.intensity() != null) {
            s.intensity().forEach((name, i) -> intensity.put(Emotion.valueOf(name), i));
        }
        return new UnfinishedReflection(s.title(), s.whatHappened(), s.violations(),
                s.kind() == null ? null : BetrayalKind.valueOf(s.kind()), felt, intensity, s.impact());
    }

    public byte[] seal(PersonId author, UUID id, ReflectionDraft d) {
        Map<String, Integer> emotions = new LinkedHashMap<>();
        d.emotions().forEach((e, i) -> emotions.put(e.name(), i));
        Stored stored = new Stored(d.title(), d.whatHappened(), d.violations(),
                d.kind() == null ? null : d.kind().name(), emotions, d.impact());
        return cipher.seal(author, KIND, id, json.writeValueAsString(stored));
    }

    public ReflectionDraft open(PersonId author, UUID id, byte[] content) {
        Stored s = json.readValue(cipher.open(author, KIND, id, content), Stored.class);
        Map<Emotion, Integer> emotions = new EnumMap<>(Emotion.class);
        if (s.emotions() != null) {
            s.emotions().forEach((name, intensity) -> emotions.put(Emotion.valueOf(name), intensity));
        }
        return new ReflectionDraft(s.title(), s.whatHappened(), s.violations(),
                s.kind() == null ? null : BetrayalKind.valueOf(s.kind()), emotions, s.impact());
    }
}
