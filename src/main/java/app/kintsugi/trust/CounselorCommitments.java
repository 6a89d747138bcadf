package app.kintsugi.trust;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Component;

import app.kintsugi.account.PersonId;
import app.kintsugi.privacy.ShareableEntries;
import app.kintsugi.privacy.ShareableEntry.Part;
import app.kintsugi.privacy.ShareableEntry;
import app.kintsugi.shared.NotFoundException;
import app.kintsugi.shared.Texts;

/**
 * A commitment and its record, as the one who made it can choose to show it to a counselor: the
 * words, how often it was kept over the last four weeks and in all, and the current streak. The
 * partner's confirmations and notes are not part of it (decision 0045).
 */
@Component
@RequiredArgsConstructor
class CounselorCommitments implements ShareableEntries {

    private final Commitments commitments;

    @Override
    public String kind() {
        return Commitments.KIND;
    }

    @Override
    public List<ShareableEntry> ownedBy(PersonId author) {
        return commitments.mine(author).stream()
                .map(c -> new ShareableEntry(kind(), c.id(), author, Texts.firstWords(c.text(), 80), c.schedule().start()
                        .atStartOfDay(c.authorZone()).toInstant(), List.of()))
                .toList();
    }

    @Override
    public Optional<ShareableEntry> read(PersonId viewer, UUID id) {
        try {
            if (!commitments.readsAsAuthorOrCounselor(viewer, id)) {
                return Optional.empty();
            }
            CommitmentView c = commitments.read(viewer, id);
            Consistency record = commitments.record(viewer, id).consistency();
            List<Part> parts = new ArrayList<>();
            parts.add(Part.written("counselorShare.commitment.words", c.text()));
            parts.add(Part.named("counselorShare.commitment.schedule", "counselorShare.commitment.schedule." + c.schedule().kind().name()));
            parts.add(Part.written("counselorShare.commitment.lastFourWeeks", record.lastFourWeeks().kept() + " / "
                    + record.lastFourWeeks().due()));
            parts.add(Part.written("counselorShare.commitment.allTime", record.allTime().kept() + " / " + record.allTime().due()));
            parts.add(Part.written("counselorShare.commitment.streak", Integer.toString(record.currentStreak())));
            return Optional.of(new ShareableEntry(kind(), id, c.author(), Texts.firstWords(c.text(), 80),
                    c.schedule().start().atStartOfDay(c.authorZone()).toInstant(), parts));
        } catch (NotFoundException e) {
            return Optional.empty();
        }
    }
}
