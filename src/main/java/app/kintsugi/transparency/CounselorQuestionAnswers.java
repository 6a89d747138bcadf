package app.kintsugi.transparency;

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
 * A person's responses to a question they were asked, as they can choose to show them to a
 * counselor: how they responded and what they wrote, never the question's words, which are the
 * asker's to show (decision 0045). The entry's id is the question's id.
 */
@Component
@RequiredArgsConstructor
class CounselorQuestionAnswers implements ShareableEntries {

    private final Questions questions;

    @Override
    public String kind() {
        return Questions.ANSWER_SHARE_KIND;
    }

    @Override
    public List<ShareableEntry> ownedBy(PersonId author) {
        return questions.answeredBy(author).stream()
                .map(s -> new ShareableEntry(kind(), s.question(), author, null, s.at(), List.of()))
                .toList();
    }

    @Override
    public Optional<ShareableEntry> read(PersonId viewer, UUID id) {
        return questions.answeredSide(viewer, id).map(s -> {
            List<Part> parts = new ArrayList<>();
            for (var r : s.responses()) {
                parts.add(Part.named("counselorShare.questionAnswer.response", "question.respond.kind." + r.kind().name()));
                if (r.text() != null) {
                    parts.add(Part.written("counselorShare.questionAnswer.words", r.text()));
                }
            }
            return new ShareableEntry(kind(), s.question(), s.writer(), null, s.at(), parts);
        });
    }
}
