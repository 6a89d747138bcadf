package app.kintsugi.responsibility;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import org.springframework.stereotype.Service;

import app.kintsugi.responsibility.internal.ApologyDetector;

/**
 * The apology builder's guidance in the person's language: which parts a draft holds and which
 * non-apology patterns it shows. Detectors are loaded once, at start-up, so a broken pattern file
 * stops the start instead of a page.
 */
@Service
public class ApologyCoach {

    private final Map<String, ApologyDetector> detectors = new LinkedHashMap<>();

    ApologyCoach() {
        for (String language : ApologyDetector.languages()) {
            detectors.put(language, ApologyDetector.load(language));
        }
    }

    public ApologyAnalysis analyze(String text, Locale locale) {
        String language = locale != null && detectors.containsKey(locale.getLanguage()) ? locale.getLanguage() : "en";
        return detectors.get(language).analyze(text == null ? "" : text);
    }
}
