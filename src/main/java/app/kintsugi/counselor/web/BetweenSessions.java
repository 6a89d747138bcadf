package app.kintsugi.counselor.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import org.springframework.ui.Model;

import app.kintsugi.account.PersonId;
import app.kintsugi.counselor.CounselorSuggestions;

/** What the pages need to show suggestions between sessions: the choices with their names, and the suggestions. */
final class BetweenSessions {

    private BetweenSessions() {
    }

    /** One thing to choose in the counselor's form, named in their language. */
    record Choice(String value, String label, boolean measure) {
    }

    /** A suggestion with the name of what is suggested. */
    record Named<T>(T suggestion, String title, String path) {
    }

    static void addToCouplePage(CounselorSuggestions suggestions, PersonId counselor, UUID linkId, Model model, Locale locale) {
        List<Choice> choices = new ArrayList<>();
        for (CounselorSuggestions.Option o : suggestions.options(counselor)) {
            choices.add(new Choice(o.value(), suggestions.title(o.kind(), o.target(), locale), o.kind().equals("measure")));
        }
        model.addAttribute("suggestChoices", choices);
        model.addAttribute("suggestions", suggestions.madeBy(counselor, linkId).stream()
                .map(s -> new Named<>(s, suggestions.title(s.kind(), s.target(), locale), null)).toList());
        model.addAttribute("maxSuggestionNote", CounselorSuggestions.MAX_NOTE);
    }

    static void addToAccessPage(CounselorSuggestions suggestions, PersonId person, Model model, Locale locale) {
        model.addAttribute("suggestions", suggestions.forMe(person).stream()
                .map(s -> new Named<>(s, suggestions.title(s.kind(), s.target(), locale), suggestions.pathOf(s))).toList());
    }
}
