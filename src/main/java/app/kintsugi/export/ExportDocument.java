package app.kintsugi.export;

import java.time.Instant;
import java.time.LocalTime;
import java.util.List;
import java.util.UUID;

import app.kintsugi.privacy.ExportEntry;

/**
 * Everything a person's export holds, in the order it is written: the account, the notice choices,
 * one section per module, and the audit events about their data.
 *
 * @param discreet the person uses discreet mode: the PDF then names the application nowhere
 */
public record ExportDocument(int version, Instant exportedAt, boolean discreet, Account account, NoticeSettings notices,
        List<Section> sections, List<AuditLine> audit) {

    /** The version of the document's shape; {@code export/export-v1.schema.json} describes it. */
    public static final int VERSION = 1;

    public ExportDocument {
        sections = List.copyOf(sections);
        audit = List.copyOf(audit);
    }

    /** The person's time zone, in which the PDF shows dates. */
    public java.time.ZoneId zone() {
        return java.time.ZoneId.of(account.timeZone());
    }

    /** Entries in all sections, parts included. */
    public int entryCount() {
        return sections.stream().mapToInt(s -> count(s.entries())).sum();
    }

    private static int count(List<ExportEntry> entries) {
        return entries.stream().mapToInt(e -> 1 + count(e.parts())).sum();
    }

    /**
     * @param language  an IETF tag, or null for "as the browser says"
     * @param space     the couple space they are in now, or null
     */
    public record Account(UUID id, String email, String displayName, String language, String timeZone, String theme,
            boolean discreetMode, String role, Instant createdAt, Space space) {

        @Override
        public String toString() {
            return "Account[" + id + "]";
        }
    }

    /** @param role their role in the program, or null when not chosen yet */
    public record Space(UUID id, String role, Instant since, boolean withPartner) {
    }

    /** What they chose about notices: choices only, no addresses' tokens or hashes. */
    public record NoticeSettings(boolean partnerNews, LocalTime quietFrom, LocalTime quietUntil, boolean daily,
            LocalTime dailyAt, boolean reminders, LocalTime remindAt, String weeklyDay, boolean beforeConversation,
            String look, boolean addressConfirmed, boolean calendarAddress) {
    }

    /** One module's part. */
    public record Section(String name, List<ExportEntry> entries) {

        public Section {
            entries = List.copyOf(entries);
        }
    }

    /**
     * An audit event about their data, without content.
     *
     * @param actor "self" when they did it, "other" when someone else did, "system" when nobody did
     */
    public record AuditLine(Instant at, String action, String subjectKind, UUID subjectId, String actor, String detail) {
    }
}
