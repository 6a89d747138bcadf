package app.kintsugi.movingon;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Component;

import app.kintsugi.account.PersonId;
import app.kintsugi.privacy.ShareableEntries;
import app.kintsugi.privacy.ShareableEntry;
import app.kintsugi.privacy.ShareableEntry.Part;
import app.kintsugi.shared.NotFoundException;
import app.kintsugi.shared.Texts;

/**
 * Summaries of why it happened, as their author can choose to show them to a counselor both partners
 * invited: the summary alone, never the reflection it summarises.
 */
@Component
@RequiredArgsConstructor
class CounselorWhySummaries implements ShareableEntries {

    private final WhyReflections why;

    @Override
    public String kind() {
        return WhyReflections.SUMMARY_KIND;
    }

    @Override
    public List<ShareableEntry> ownedBy(PersonId author) {
        return why.mine(author).stream().filter(e -> e.summary() != null)
                .map(e -> new ShareableEntry(kind(), e.id(), author, Texts.firstWords(e.summary(), 80), e.updatedAt(), List.of()))
                .toList();
    }

    @Override
    public Optional<ShareableEntry> read(PersonId viewer, UUID id) {
        try {
            SharedSummary s = why.summary(viewer, id);
            return Optional.of(new ShareableEntry(kind(), id, s.author(), Texts.firstWords(s.summary(), 80), s.sharedAt(),
                    List.of(Part.written("movingon.why.summary.label", s.summary()))));
        } catch (NotFoundException e) {
            return Optional.empty();
        }
    }
}
