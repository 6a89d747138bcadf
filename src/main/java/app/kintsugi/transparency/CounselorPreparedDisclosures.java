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
import app.kintsugi.shared.NotFoundException;
import app.kintsugi.shared.Texts;
import app.kintsugi.transparency.internal.PreparedDisclosureRepository;

/**
 * A prepared disclosure, as its author can choose to show it to the couple's counselor before giving
 * it: the same choice, consent and revocation as every other entry shown to a counselor, read-only.
 */
@Component
@RequiredArgsConstructor
class CounselorPreparedDisclosures implements ShareableEntries {

    private final PreparedDisclosures disclosures;
    private final PreparedDisclosureRepository repository;

    @Override
    public String kind() {
        return PreparedDisclosures.KIND;
    }

    @Override
    public List<ShareableEntry> ownedBy(PersonId author) {
        return disclosures.mine(author).map(id -> disclosures.read(author, id))
                .map(v -> List.of(new ShareableEntry(kind(), v.id(), author, title(v), v.updatedAt(), List.of())))
                .orElse(List.of());
    }

    @Override
    public Optional<ShareableEntry> read(PersonId viewer, UUID id) {
        try {
            PreparedDisclosureView v = disclosures.read(viewer, id);
            if (!v.mine() && v.parts().isEmpty()) {
                return Optional.empty();
            }
            List<Part> parts = new ArrayList<>();
            for (DisclosurePart p : DisclosurePart.values()) {
                if (v.part(p) != null) {
                    parts.add(Part.written("preparedDisclosure.part." + p.key(), v.part(p)));
                }
            }
            for (PreparedDisclosureView.Addition a : v.additions()) {
                parts.add(Part.written("preparedDisclosure.addition.label", a.text()));
            }
            PersonId author = repository.find(id).map(PreparedDisclosureRepository.Row::author).orElseThrow(NotFoundException::new);
            return Optional.of(new ShareableEntry(kind(), id, author, title(v), v.updatedAt(), parts));
        } catch (NotFoundException e) {
            return Optional.empty();
        }
    }

    /** The first words of the first part written, or an ellipsis for a draft with nothing in it yet. */
    private static String title(PreparedDisclosureView v) {
        for (DisclosurePart p : DisclosurePart.values()) {
            if (v.part(p) != null) {
                return Texts.firstWords(v.part(p), 80);
            }
        }
        return "…";
    }
}
