package app.kintsugi.counselor;

import java.util.List;
import java.util.Locale;

import lombok.RequiredArgsConstructor;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * A starting point for a counselor's session note: headed sections in the counselor's language, with
 * counts filled in from what each partner shows (entries, scores, the summary) and from the
 * counselor's own suggestions. Never a word a partner wrote: only numbers and states. The counselor
 * edits it and saves it as any other note.
 */
@Component
@RequiredArgsConstructor
public class NoteTemplate {

    private final MessageSource messages;

    /** The template for this couple as the counselor sees it now. */
    public String of(CounselorRoom.CoupleView view, List<CounselorSuggestions.Suggested> suggested, Locale locale) {
        StringBuilder out = new StringBuilder();
        heading(out, "noteTemplate.concerns", locale);
        out.append('\n');
        heading(out, "noteTemplate.showed", locale);
        for (CounselorRoom.PartnerView p : view.partners()) {
            line(out, locale, "noteTemplate.showed.partner", p.name(), p.entries().size());
            CounselorSummary.PartnerSummary s = p.summary();
            if (s != null) {
                line(out, locale, "noteTemplate.showed.summary", p.name(), s.questionsForThem(), s.questionsTheyWait(), s.commitments(),
                        null, s.boundariesAgreed(), s.boundariesOpen(), s.conversationsHeld(), s.reassuranceAsked());
                if (s.keptPercent() != null) {
                    line(out, locale, "noteTemplate.showed.kept", p.name(), s.keptPercent());
                }
            }
        }
        out.append('\n');
        heading(out, "noteTemplate.measures", locale);
        for (CounselorRoom.PartnerView p : view.partners()) {
            if (p.scores() == null) {
                line(out, locale, "noteTemplate.measures.notShown", p.name());
            } else {
                line(out, locale, "noteTemplate.measures.shown", p.name(), p.flags().size());
            }
        }
        out.append('\n');
        heading(out, "noteTemplate.risk", locale);
        out.append('\n');
        heading(out, "noteTemplate.plan", locale);
        int waiting = 0;
        int accepted = 0;
        int done = 0;
        int declined = 0;
        for (CounselorSuggestions.Suggested s : suggested) {
            for (CounselorSuggestions.Addressee a : s.to()) {
                switch (a.answer()) {
                    case WAITING -> waiting++;
                    case DECLINED -> declined++;
                    case ACCEPTED -> {
                        accepted++;
                        if (a.done()) {
                            done++;
                        }
                    }
                }
            }
        }
        if (!suggested.isEmpty()) {
            line(out, locale, "noteTemplate.plan.suggestions", suggested.size(), accepted, done, declined, waiting);
        }
        out.append('\n');
        heading(out, "noteTemplate.next", locale);
        return out.toString().strip() + "\n";
    }

    private void heading(StringBuilder out, String key, Locale locale) {
        out.append("## ").append(messages.getMessage(key, null, key, locale)).append('\n');
    }

    private void line(StringBuilder out, Locale locale, String key, Object... args) {
        out.append("- ").append(messages.getMessage(key, args, key, locale)).append('\n');
    }
}
