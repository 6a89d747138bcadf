package app.kintsugi.boundaries;

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
import app.kintsugi.shared.Texts;

/**
 * A boundary as one of the two partners can show it to a counselor: the proposer's side (kind
 * {@code boundary}) or the other partner's side, each with only the words its writer wrote
 * (decision 0045). Both share the boundary's id.
 */
@RequiredArgsConstructor
abstract class CounselorBoundaries implements ShareableEntries {

    private final Boundaries boundaries;
    private final boolean proposed;

    @Override
    public List<ShareableEntry> ownedBy(PersonId author) {
        return boundaries.sidesOf(author, proposed).stream()
                .map(s -> new ShareableEntry(kind(), s.boundary(), author, null, s.at(), List.of(category(s))))
                .toList();
    }

    @Override
    public Optional<ShareableEntry> read(PersonId viewer, UUID id) {
        return boundaries.sideFor(viewer, id, proposed).map(s -> {
            List<Part> parts = new ArrayList<>();
            parts.add(category(s));
            parts.add(Part.named("counselorShare.boundary.status", "boundary.status." + s.status().name()));
            for (BoundaryView.Version v : s.versions()) {
                parts.add(Part.written("counselorShare.boundary.what", v.what()));
                if (v.why() != null) {
                    parts.add(Part.written("counselorShare.boundary.why", v.why()));
                }
            }
            for (String note : s.notes()) {
                parts.add(Part.written("counselorShare.boundary.crossedNote", note));
            }
            String title = s.versions().isEmpty() ? null : Texts.firstWords(s.versions().getLast().what(), 80);
            return new ShareableEntry(kind(), s.boundary(), s.writer(), title, s.at(), parts);
        });
    }

    private static Part category(Boundaries.Side s) {
        return Part.named("counselorShare.boundary.category", "boundary.category." + s.category().name());
    }

    /** The side of the partner who proposed it. */
    @Component
    static class Proposed extends CounselorBoundaries {

        Proposed(Boundaries boundaries) {
            super(boundaries, true);
        }

        @Override
        public String kind() {
            return Boundaries.KIND;
        }
    }

    /** The side of the partner it was proposed to. */
    @Component
    static class OtherSide extends CounselorBoundaries {

        OtherSide(Boundaries boundaries) {
            super(boundaries, false);
        }

        @Override
        public String kind() {
            return Boundaries.OTHER_SIDE_KIND;
        }
    }
}
