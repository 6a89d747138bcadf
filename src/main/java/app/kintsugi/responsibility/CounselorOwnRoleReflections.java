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
import app.kintsugi.shared.NotFoundException;
import app.kintsugi.shared.Texts;

/** Reflections on one's own part, as their author can choose to show them to a counselor. */
@Component
@RequiredArgsConstructor
class CounselorOwnRoleReflections implements ShareableEntries {

    private final OwnRoleReflections reflections;

    @Override
    public String kind() {
        return OwnRoleReflections.KIND;
    }

    @Override
    public List<ShareableEntry> ownedBy(PersonId author) {
        return reflections.mine(author).stream()
                .map(v -> new ShareableEntry(kind(), v.id(), author, title(v.content()), v.updatedAt(), List.of()))
                .toList();
    }

    @Override
    public Optional<ShareableEntry> read(PersonId viewer, UUID id) {
        try {
            OwnRoleView v = reflections.read(viewer, id);
            OwnRoleDraft d = v.content();
            List<Part> parts = new ArrayList<>();
            if (d.actions() != null) {
                parts.add(Part.written("ownRole.actions", d.actions()));
            }
            if (d.patterns() != null) {
                parts.add(Part.written("ownRole.patterns", d.patterns()));
            }
            if (d.hurt() != null) {
                parts.add(Part.written("ownRole.hurt", d.hurt()));
            }
            return Optional.of(new ShareableEntry(kind(), id, v.author(), title(d), v.updatedAt(), parts));
        } catch (NotFoundException e) {
            return Optional.empty();
        }
    }

    private static String title(OwnRoleDraft d) {
        String first = d.actions() != null ? d.actions() : d.patterns() != null ? d.patterns() : d.hurt();
        return Texts.firstWords(first, 80);
    }
}
