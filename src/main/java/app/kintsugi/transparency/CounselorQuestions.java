package app.kintsugi.transparency;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Component;

import app.kintsugi.account.PersonId;
import app.kintsugi.privacy.ShareableEntries;
import app.kintsugi.privacy.ShareableEntry;
import app.kintsugi.privacy.ShareableEntry.Part;
import app.kintsugi.shared.Texts;

/**
 * Questions a person asked, as they can choose to show them to a counselor: the words and where the
 * question stands; the answer is the answerer's to show (decision 0045).
 */
@Component
@RequiredArgsConstructor
class CounselorQuestions implements ShareableEntries {

    private final Questions questions;

    @Override
    public String kind() {
        return Questions.KIND;
    }

    @Override
    public List<ShareableEntry> ownedBy(PersonId author) {
        return questions.askedBy(author).stream()
                .map(s -> new ShareableEntry(kind(), s.question(), author, Texts.firstWords(s.questionText(), 80), s.at(), List.of()))
                .toList();
    }

    @Override
    public Optional<ShareableEntry> read(PersonId viewer, UUID id) {
        return questions.askedSide(viewer, id).map(s -> new ShareableEntry(kind(), s.question(), s.writer(),
                Texts.firstWords(s.questionText(), 80), s.at(), List.of(Part.written("counselorShare.question.words", s.questionText()),
                        Part.named("counselorShare.question.status", "counselorShare.question.status." + s.status().name()))));
    }
}
