package app.kintsugi.privacy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import app.kintsugi.couple.CoupleId;

/**
 * One entry of a person's export: its kind and id, who could read it, when it was written and
 * changed, what it holds (in named fields), what happened to it, and the parts written into it
 * (the versions of a boundary, the check-ins of a commitment…).
 *
 * @param visibility who besides the author could read it, or null where the entry has no choice
 * @param spaceId    the couple space it belongs to, or null
 */
public record ExportEntry(String kind, UUID id, Visibility visibility, UUID spaceId, Instant createdAt,
        Instant updatedAt, List<ExportField> fields, List<ExportEvent> history, List<ExportEntry> parts) {

    public ExportEntry {
        fields = List.copyOf(fields);
        history = List.copyOf(history);
        parts = List.copyOf(parts);
    }

    /** The same entry with more events in its history, kept in time order. */
    public ExportEntry withHistory(List<ExportEvent> more) {
        if (more.isEmpty()) {
            return this;
        }
        List<ExportEvent> all = new ArrayList<>(history);
        all.addAll(more);
        all.sort(java.util.Comparator.comparing(ExportEvent::at));
        return new ExportEntry(kind, id, visibility, spaceId, createdAt, updatedAt, fields, all, parts);
    }

    public static Builder of(String kind, UUID id) {
        return new Builder(kind, id);
    }

    @Override
    public String toString() {
        return "ExportEntry[" + kind + ", " + id + "]";
    }

    /** Builds an entry; null values are left out, so optional fields need no condition at the call. */
    public static final class Builder {

        private final String kind;
        private final UUID id;
        private Visibility visibility;
        private UUID spaceId;
        private Instant createdAt;
        private Instant updatedAt;
        private final List<ExportField> fields = new ArrayList<>();
        private final List<ExportEvent> history = new ArrayList<>();
        private final List<ExportEntry> parts = new ArrayList<>();

        private Builder(String kind, UUID id) {
            this.kind = kind;
            this.id = id;
        }

        public Builder visibility(Visibility v) {
            this.visibility = v;
            return this;
        }

        public Builder space(CoupleId space) {
            this.spaceId = space == null ? null : space.value();
            return this;
        }

        public Builder space(String space) {
            this.spaceId = space == null ? null : UUID.fromString(space);
            return this;
        }

        public Builder created(long millis) {
            this.createdAt = Instant.ofEpochMilli(millis);
            return this;
        }

        public Builder created(Instant at) {
            this.createdAt = at;
            return this;
        }

        public Builder updated(Long millis) {
            this.updatedAt = millis == null ? null : Instant.ofEpochMilli(millis);
            return this;
        }

        public Builder updated(Instant at) {
            this.updatedAt = at;
            return this;
        }

        /** Text the person wrote. */
        public Builder written(String name, String text) {
            if (text != null && !text.isEmpty()) {
                fields.add(ExportField.written(name, text));
            }
            return this;
        }

        /** A value the person chose, or one the module keeps: a status, a date, a number. */
        public Builder value(String name, Object value) {
            if (value != null) {
                fields.add(ExportField.value(name, value));
            }
            return this;
        }

        public Builder fields(List<ExportField> more) {
            fields.addAll(more);
            return this;
        }

        /** Something that happened to the entry, at a time (null times are left out). */
        public Builder event(Long millis, String event) {
            if (millis != null) {
                history.add(new ExportEvent(Instant.ofEpochMilli(millis), event, null));
            }
            return this;
        }

        public Builder part(ExportEntry part) {
            parts.add(part);
            return this;
        }

        public Builder parts(List<ExportEntry> more) {
            parts.addAll(more);
            return this;
        }

        public ExportEntry build() {
            history.sort(java.util.Comparator.comparing(ExportEvent::at));
            return new ExportEntry(kind, id, visibility, spaceId, createdAt, updatedAt, fields, history, parts);
        }
    }

    /** A nullable BIGINT column (a time in milliseconds), as null when it is empty. */
    public static Long millis(java.sql.ResultSet rs, int column) throws java.sql.SQLException {
        long v = rs.getLong(column);
        return rs.wasNull() ? null : v;
    }

    /** For dates stored as ISO text. */
    public static LocalDate day(String iso) {
        return iso == null ? null : LocalDate.parse(iso);
    }
}
