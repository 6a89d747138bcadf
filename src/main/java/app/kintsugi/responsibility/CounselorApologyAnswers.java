package app.kintsugi.responsibility;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Component;

import app.kintsugi.account.PersonId;
import app.kintsugi.privacy.ShareableEntries;
import app.kintsugi.privacy.ShareableEntry;
import app.kintsugi.privacy.ShareableEntry.Part;

/**
 * A person's answers to the apologies they received, as they can choose to show them to a counselor:
 * how it landed and their note, never the apology's words, which are its author's to show (decision
 * 0045). The entry's id is the apology's id, so the counselor sees the two side by side when both show.
 */
@Component
@RequiredArgsConstructor
class CounselorApologyAnswers implements ShareableEntries {

    private final Apologies apologies;

    @Override
    public String kind() {
        return Apologies.ANSWER_KIND;
    }

    @Override
    public List<ShareableEntry> ownedBy(PersonId author) {
        return apologies.answersBy(author).stream().map(a -> entry(a, List.of())).toList();
    }

    @Override
    public Optional<ShareableEntry> read(PersonId viewer, UUID id) {
        return apologies.answerFor(viewer, id).map(a -> {
            List<Part> parts = new ArrayList<>();
            parts.add(Part.named("counselorShare.apologyAnswer.answer", "apology.answer." + a.answer().name()));
            if (a.note() != null) {
                parts.add(Part.written("counselorShare.apologyAnswer.note", a.note()));
            }
            return entry(a, parts);
        });
    }

    /** No title: the apology, whose words are not the answerer's to show. */
    private ShareableEntry entry(Apologies.AnswerShown a, List<Part> parts) {
        return new ShareableEntry(kind(), a.apology(), a.answerer(), null, a.at(), parts);
    }
}
