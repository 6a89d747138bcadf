package app.kintsugi.checkin.internal;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import app.kintsugi.checkin.Item;
import app.kintsugi.checkin.Questionnaire;
import app.kintsugi.checkin.Scoring;
import app.kintsugi.checkin.Subscale;
import app.kintsugi.shared.Validation;

/**
 * Turns a person's answers into subscale scores. Reverse-keyed items count as
 * {@code min + max - answer} on their scale; an item in several subscales counts in each.
 */
public final class QuestionnaireScoring {

    private QuestionnaireScoring() {
    }

    /**
     * The score of every subscale, in the questionnaire's order.
     *
     * @param answers the answer to every item, by item id
     * @throws IllegalArgumentException naming the items that are not answered, answered outside their
     *                                  scale, or not in the questionnaire; nothing is scored from an
     *                                  incomplete check-in
     */
    public static Map<String, Double> score(Questionnaire questionnaire, Map<String, Integer> answers) {
        List<String> problems = new ArrayList<>();
        List<String> missing = missing(questionnaire, answers);
        if (!missing.isEmpty()) {
            problems.add("not answered: " + String.join(", ", missing));
        }
        List<String> outside = new ArrayList<>();
        for (Item item : questionnaire.items()) {
            Integer answer = answers.get(item.id());
            if (answer != null && !item.scale().contains(answer)) {
                outside.add(item.id() + " (" + answer + ", scale " + item.scale().min() + " to " + item.scale().max() + ")");
            }
        }
        if (!outside.isEmpty()) {
            problems.add("outside the scale: " + String.join(", ", outside));
        }
        List<String> unknown = answers.keySet().stream()
                .filter(id -> questionnaire.item(id).isEmpty()).sorted().toList();
        if (!unknown.isEmpty()) {
            problems.add("not items of '" + questionnaire.id() + "': " + String.join(", ", unknown));
        }
        if (!problems.isEmpty()) {
            throw new IllegalArgumentException(
                    "Cannot score '" + questionnaire.id() + "': " + String.join("; ", problems));
        }
        Map<String, Double> scores = new LinkedHashMap<>();
        for (Subscale subscale : questionnaire.subscales()) {
            double sum = 0;
            for (String id : subscale.items()) {
                Item item = questionnaire.item(id).orElseThrow();
                sum += item.scored(answers.get(id));
            }
            scores.put(subscale.name(), subscale.scoring() == Scoring.MEAN ? sum / subscale.items().size() : sum);
        }
        return Collections.unmodifiableMap(scores);
    }

    /** The ids of the items not answered yet (absent or null), in the order they are asked. */
    public static List<String> missing(Questionnaire questionnaire, Map<String, Integer> answers) {
        return questionnaire.items().stream().map(Item::id).filter(id -> answers.get(id) == null).toList();
    }

    /**
     * The answers as sent ({@code item id → value}), in the order the items are asked. An answer that is
     * not a whole number on its item's scale is rejected in {@code v} (field {@code item-<id>}); an item
     * not answered is left out, or rejected with {@code missingCode} when that is given.
     */
    public static Map<String, Integer> parse(Questionnaire questionnaire, Map<String, String> sent, Validation v, String missingCode) {
        Map<String, Integer> answers = new LinkedHashMap<>();
        for (Item item : questionnaire.items()) {
            String raw = sent.get(item.id());
            if (raw == null || raw.isBlank()) {
                if (missingCode != null) {
                    v.reject("item-" + item.id(), missingCode);
                }
                continue;
            }
            try {
                int value = Integer.parseInt(raw.strip());
                if (item.scale().contains(value)) {
                    answers.put(item.id(), value);
                } else {
                    v.reject("item-" + item.id(), "weekly.answer.outOfScale");
                }
            } catch (NumberFormatException e) {
                v.reject("item-" + item.id(), "weekly.answer.outOfScale");
            }
        }
        return answers;
    }
}
