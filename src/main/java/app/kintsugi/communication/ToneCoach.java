package app.kintsugi.communication;

import app.kintsugi.communication.internal.ToneDetector;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import org.springframework.stereotype.Service;

/**
 * The tone coach in the person's language: which wording in a draft may make it hard to hear, and
 * an I-statement template built from it. Detectors are loaded once, at start-up, so a broken pattern
 * file stops the start instead of a page. Drafts are analysed in memory and forgotten: nothing is
 * stored, counted per person or logged.
 */
@Service
public class ToneCoach {

    private final Map<String, ToneDetector> detectors = new LinkedHashMap<>();

    ToneCoach() {
        for (String language : ToneDetector.languages()) {
            detectors.put(language, ToneDetector.load(language));
        }
    }

    /** Analyses {@code text} with the patterns of {@code locale}'s language, or English when there are none. */
    public ToneAnalysis analyze(String text, Locale locale) {
        String language = locale != null && detectors.containsKey(locale.getLanguage()) ? locale.getLanguage() : "en";
        return detectors.get(language).analyze(text == null ? "" : text);
    }
}
