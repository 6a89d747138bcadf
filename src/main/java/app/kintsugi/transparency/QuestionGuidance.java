package app.kintsugi.transparency;

import java.util.Locale;

import org.springframework.stereotype.Service;

import app.kintsugi.transparency.internal.DetailDetector;

/**
 * Gentle guidance for a question being written: which words ask for graphic or comparing detail.
 * Guidance only: it never stops a question from being asked, and nothing it sees is stored or
 * logged. Every language's pattern file is loaded at start-up, so a broken one stops the
 * application instead of the first person who asks for guidance.
 */
@Service
public class QuestionGuidance {

    QuestionGuidance() {
        DetailDetector.languages().forEach(DetailDetector::forLanguage);
    }

    public DetailAnalysis analyze(String text, Locale locale) {
        return DetailDetector.forLanguage(locale == null ? "en" : locale.getLanguage()).analyze(text);
    }
}
