package app.kintsugi.reflection;

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
import app.kintsugi.reflection.internal.ReflectionCodec;
import app.kintsugi.reflection.internal.ReflectionRules;
import app.kintsugi.shared.NotFoundException;

/** Reflections as their author can choose to show them to a counselor. */
@Component
@RequiredArgsConstructor
class CounselorReflections implements ShareableEntries {

    private final Reflections reflections;

    @Override
    public String kind() {
        return ReflectionCodec.KIND;
    }

    @Override
    public List<ShareableEntry> ownedBy(PersonId author) {
        return reflections.mine(author).stream()
                .map(s -> new ShareableEntry(kind(), s.id().value(), author, s.title(), s.updatedAt(), List.of()))
                .toList();
    }

    @Override
    public Optional<ShareableEntry> read(PersonId viewer, UUID id) {
        try {
            ReflectionView r = reflections.read(viewer, new ReflectionId(id));
            ReflectionDraft d = r.content();
            List<Part> parts = new ArrayList<>();
            parts.add(Part.written("reflection.whatHappened", d.whatHappened()));
            if (d.violations() != null) {
                parts.add(Part.written("reflection.violations", d.violations()));
            }
            if (d.kind() != null) {
                parts.add(Part.named("reflection.kind", "kind." + d.kind()));
            }
            d.emotions().forEach((emotion, intensity) -> parts.add(Part.rated("emotion." + emotion, intensity)));
            if (d.impact() != null) {
                parts.add(Part.written("reflection.impact", d.impact()));
            }
            return Optional.of(new ShareableEntry(kind(), id, r.author(), ReflectionRules.listTitle(d), r.updatedAt(), parts));
        } catch (NotFoundException e) {
            return Optional.empty();
        }
    }
}
