package app.kintsugi.responsibility;

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
 * Sent apologies, as their author can choose to show them to a counselor: the words only. The
 * partner's answer is theirs to show (decision 0045).
 */
@Component
@RequiredArgsConstructor
class CounselorApologies implements ShareableEntries {

    private final Apologies apologies;

    @Override
    public String kind() {
        return Apologies.KIND;
    }

    @Override
    public List<ShareableEntry> ownedBy(PersonId author) {
        return apologies.sentBy(author).stream()
                .map(v -> new ShareableEntry(kind(), v.id(), author, Texts.firstWords(v.text(), 80), v.sentAt().orElse(v.createdAt()),
                        List.of()))
                .toList();
    }

    @Override
    public Optional<ShareableEntry> read(PersonId viewer, UUID id) {
        return apologies.wordsFor(viewer, id).map(v -> new ShareableEntry(kind(), v.id(), v.author(), Texts.firstWords(v.text(), 80),
                v.sentAt().orElse(v.createdAt()), List.of(Part.written("counselorShare.apology.words", v.text()))));
    }
}
