package app.kintsugi.checkin;

import java.time.Instant;
import java.util.Locale;
import java.util.Map;

import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Component;

import app.kintsugi.account.PersonId;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Questionnaires and a person's answers in the FHIR R4 JSON format, for a person to give to a clinic:
 * each definition as a {@code Questionnaire}, a person's finished answers as a {@code Bundle} of type
 * {@code collection} holding one {@code QuestionnaireResponse} each. Written with Jackson to the R4
 * JSON schema rather than with HAPI FHIR, whose structures are far heavier than two resource types
 * need. Nothing names the person: a response carries no subject, only what was answered and when.
 *
 * <p>Items are {@code choice} questions whose options carry the point as code, its words as display
 * and what it counts for in a score (reversed where the item is) as an ordinal value; each subscale
 * is a read-only {@code decimal} item ({@code score-<name>}) holding the score.
 */
@Component
@RequiredArgsConstructor
public class FhirR4 {

    /** The media type of FHIR's JSON format. */
    public static final String MEDIA_TYPE = "application/fhir+json";
    static final String ORDINAL_VALUE = "http://hl7.org/fhir/StructureDefinition/ordinalValue";

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private final JsonMapper json = JsonMapper.builder().build();
    private final Measures measures;
    private final Questionnaires questionnaires;

    /** The canonical address of a questionnaire's definition. */
    static String canonical(Questionnaire q) {
        return "urn:kintsugi:questionnaire:" + q.id();
    }

    /**
     * The definition with this id as a FHIR Questionnaire: any of the instance's (the weekly check-in
     * too), or a counselor's the viewer is offered or answered; 404 otherwise.
     */
    public String questionnaire(PersonId viewer, String id, Locale locale) {
        Questionnaire q = questionnaires.find(id).orElseGet(() -> measures.readable(viewer, id));
        return json.writerWithDefaultPrettyPrinter().writeValueAsString(questionnaireNode(q, locale));
    }

    /**
     * Every finished answer of the person's, to every questionnaire, as a FHIR Bundle of
     * QuestionnaireResponse. The bundle carries no timestamp (optional for a collection): the same
     * answers give the same file, whenever it is asked for.
     */
    public String responses(PersonId person, Locale locale) {
        ObjectNode bundle = NODES.objectNode();
        bundle.put("resourceType", "Bundle");
        bundle.put("type", "collection");
        ArrayNode entries = bundle.putArray("entry");
        for (Measures.Response r : measures.responses(person)) {
            ObjectNode entry = entries.addObject();
            entry.put("fullUrl", "urn:uuid:" + r.id());
            entry.set("resource", responseNode(r, locale));
        }
        return json.writerWithDefaultPrettyPrinter().writeValueAsString(bundle);
    }

    static ObjectNode questionnaireNode(Questionnaire q, Locale locale) {
        ObjectNode node = NODES.objectNode();
        node.put("resourceType", "Questionnaire");
        node.put("id", q.id());
        node.put("url", canonical(q));
        node.put("version", String.valueOf(q.version()));
        node.put("name", name(q.id()));
        node.put("title", q.title(locale));
        node.put("status", "active");
        String about = q.about(locale);
        node.put("description", about == null ? q.intro(locale) : about + "\n\n" + q.intro(locale));
        if (q.provenance().licence() != null) {
            node.put("copyright", q.provenance().licence() + (q.provenance().source() == null ? "" : " Source: " + q.provenance().source()));
        }
        node.put("language", q.speaks(locale) ? locale.getLanguage() : "en");
        ArrayNode items = node.putArray("item");
        for (Item item : q.items()) {
            ObjectNode i = items.addObject();
            i.put("linkId", item.id());
            i.put("text", item.text(locale));
            i.put("type", "choice");
            i.put("required", true);
            ArrayNode options = i.putArray("answerOption");
            for (int v = item.scale().min(); v <= item.scale().max(); v++) {
                options.addObject().set("valueCoding", coding(q, item, v, locale));
            }
        }
        for (Subscale s : q.subscales()) {
            ObjectNode i = items.addObject();
            i.put("linkId", "score-" + s.name());
            i.put("text", "Score: " + s.name());
            i.put("type", "decimal");
            i.put("readOnly", true);
        }
        return node;
    }

    static ObjectNode responseNode(Measures.Response r, Locale locale) {
        Questionnaire q = r.questionnaire();
        ObjectNode node = NODES.objectNode();
        node.put("resourceType", "QuestionnaireResponse");
        node.put("id", r.id().toString());
        node.put("questionnaire", canonical(q) + "|" + r.definitionVersion());
        node.put("status", "completed");
        node.put("authored", Instant.ofEpochMilli(r.answeredAt()).toString());
        ArrayNode items = node.putArray("item");
        for (Item item : q.items()) {
            Integer answer = r.answers().get(item.id());
            if (answer == null) {
                continue;
            }
            ObjectNode i = items.addObject();
            i.put("linkId", item.id());
            i.put("text", item.text(locale));
            i.putArray("answer").addObject().set("valueCoding", coding(q, item, answer, locale));
        }
        for (Map.Entry<String, Double> score : r.scores().entrySet()) {
            ObjectNode i = items.addObject();
            i.put("linkId", "score-" + score.getKey());
            i.putArray("answer").addObject().put("valueDecimal", score.getValue());
        }
        return node;
    }

    private static ObjectNode coding(Questionnaire q, Item item, int point, Locale locale) {
        ObjectNode coding = NODES.objectNode();
        ArrayNode extension = coding.putArray("extension");
        ObjectNode ordinal = extension.addObject();
        ordinal.put("url", ORDINAL_VALUE);
        ordinal.put("valueDecimal", item.scored(point));
        coding.put("system", canonical(q) + "/" + item.id());
        coding.put("code", String.valueOf(point));
        String words = item.scale().anchors(locale).get(point);
        coding.put("display", words == null ? String.valueOf(point) : words);
        return coding;
    }

    /** A computer-friendly name: "phq-9" as "Phq9". */
    private static String name(String id) {
        StringBuilder out = new StringBuilder();
        for (String part : id.split("[-_]")) {
            if (!part.isEmpty()) {
                out.append(Character.toUpperCase(part.charAt(0))).append(part.substring(1));
            }
        }
        return out.toString();
    }
}
