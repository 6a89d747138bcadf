package app.kintsugi.export.internal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import app.kintsugi.account.PersonId;
import app.kintsugi.export.ExportDocument;
import app.kintsugi.privacy.AuditLog.AuditEvent;
import app.kintsugi.privacy.ExportEntry;
import app.kintsugi.privacy.ExportEvent;

/**
 * The rules that turn what the modules answered into one document; pure, so they are tested without
 * a database.
 *
 * <ul>
 * <li>Sections are sorted by name, so two exports of the same data look the same; a name used twice
 * is a programming error.</li>
 * <li>Audit events about an entry also appear in that entry's history (a visibility change, a refused
 * read), so the entry tells its own story.</li>
 * <li>Other people are never named by id in the audit part: an event's actor is "self", "other" or
 * "system". Who else looked is a fact about the person's data; who exactly is not theirs to have.</li>
 * <li>Audit events about someone else's entry are kept only when the person did them.</li>
 * </ul>
 */
public final class ExportAssembly {

    public static final String SELF = "self";
    public static final String OTHER = "other";
    public static final String SYSTEM = "system";

    private ExportAssembly() {
    }

    /** Every entry id in the sections, parts included: the subjects of audit events to look for. */
    public static Set<UUID> ids(Map<String, List<ExportEntry>> sections) {
        Set<UUID> out = new HashSet<>();
        sections.values().forEach(list -> collect(list, out));
        return out;
    }

    private static void collect(List<ExportEntry> entries, Set<UUID> out) {
        for (ExportEntry e : entries) {
            out.add(e.id());
            collect(e.parts(), out);
        }
    }

    /** Adds a section, refusing a name already used. */
    public static void put(Map<String, List<ExportEntry>> sections, String name, List<ExportEntry> entries) {
        if (sections.putIfAbsent(name, List.copyOf(entries)) != null) {
            throw new IllegalStateException("two export sources use the section name " + name);
        }
    }

    /** The audit part: events the person did, or done to their account or entries, oldest first, without other people's ids. */
    public static List<ExportDocument.AuditLine> audit(PersonId person, Set<UUID> own, List<AuditEvent> events) {
        String me = person.value().toString();
        List<ExportDocument.AuditLine> out = new ArrayList<>();
        for (AuditEvent e : events) {
            UUID subject = e.subjectId() == null ? null : UUID.fromString(e.subjectId());
            boolean byMe = me.equals(e.actorId());
            boolean aboutMine = subject != null && (own.contains(subject) || subject.equals(person.value()));
            if (!byMe && !aboutMine) {
                continue;
            }
            out.add(new ExportDocument.AuditLine(Instant.ofEpochMilli(e.occurredAt()), e.action(), e.subjectKind(), subject,
                    actor(me, e.actorId()), e.detail()));
        }
        out.sort(java.util.Comparator.comparing(ExportDocument.AuditLine::at));
        return out;
    }

    public static String actor(String me, String actorId) {
        return actorId == null ? SYSTEM : me.equals(actorId) ? SELF : OTHER;
    }

    /** The sections, with each entry's audit events added to its history, sorted by name. */
    public static List<ExportDocument.Section> sections(Map<String, List<ExportEntry>> sections, List<ExportDocument.AuditLine> audit) {
        Map<UUID, List<ExportEvent>> bySubject = new HashMap<>();
        for (ExportDocument.AuditLine line : audit) {
            if (line.subjectId() != null) {
                String detail = line.detail() == null ? line.actor() : line.actor() + " " + line.detail();
                bySubject.computeIfAbsent(line.subjectId(), k -> new ArrayList<>())
                        .add(new ExportEvent(line.at(), line.action(), detail));
            }
        }
        Map<String, List<ExportEntry>> sorted = new LinkedHashMap<>();
        sections.keySet().stream().sorted().forEach(k -> sorted.put(k, sections.get(k)));
        List<ExportDocument.Section> out = new ArrayList<>();
        sorted.forEach((name, entries) -> out.add(new ExportDocument.Section(name, withHistory(entries, bySubject))));
        return out;
    }

    private static List<ExportEntry> withHistory(List<ExportEntry> entries, Map<UUID, List<ExportEvent>> bySubject) {
        List<ExportEntry> out = new ArrayList<>(entries.size());
        for (ExportEntry e : entries) {
            ExportEntry withParts = e.parts().isEmpty() ? e
                    : new ExportEntry(e.kind(), e.id(), e.visibility(), e.spaceId(), e.createdAt(), e.updatedAt(), e.fields(),
                            e.history(), withHistory(e.parts(), bySubject));
            out.add(withParts.withHistory(bySubject.getOrDefault(e.id(), List.of())));
        }
        return out;
    }
}
