package app.kintsugi.export.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;

import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Component;

import app.kintsugi.export.ExportDocument;
import app.kintsugi.privacy.ExportEntry;
import app.kintsugi.privacy.ExportEvent;
import app.kintsugi.privacy.ExportField;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Writes the document as JSON in the shape {@code export/export-v1.schema.json} describes. Written
 * by hand rather than by serialising the records, so the shape changes only with the schema: times
 * in UTC (ISO 8601), dates as {@code yyyy-MM-dd}, nothing left out silently, empty values as null.
 */
@Component
@RequiredArgsConstructor
public class ExportJson {

    public static final String FORMAT = "personal-data-export";
    public static final String SCHEMA = "urn:personal-data-export:v1";

    private final JsonMapper json;

    public byte[] write(ExportDocument d) {
        return json.writerWithDefaultPrettyPrinter().writeValueAsBytes(tree(d));
    }

    public ObjectNode tree(ExportDocument d) {
        ObjectNode root = json.createObjectNode();
        root.put("$schema", SCHEMA);
        root.put("format", FORMAT);
        root.put("version", d.version());
        root.put("exportedAt", d.exportedAt().toString());

        ExportDocument.Account a = d.account();
        ObjectNode account = root.putObject("account");
        account.put("id", a.id().toString());
        account.put("email", a.email());
        account.put("displayName", a.displayName());
        account.put("language", a.language());
        account.put("timeZone", a.timeZone());
        account.put("theme", a.theme());
        account.put("discreetMode", a.discreetMode());
        account.put("role", a.role());
        account.put("createdAt", a.createdAt() == null ? null : a.createdAt().toString());
        if (a.space() == null) {
            account.putNull("space");
        } else {
            ObjectNode space = account.putObject("space");
            space.put("id", a.space().id().toString());
            space.put("role", a.space().role());
            space.put("since", a.space().since() == null ? null : a.space().since().toString());
            space.put("withPartner", a.space().withPartner());
        }

        ExportDocument.NoticeSettings n = d.notices();
        ObjectNode notices = root.putObject("notices");
        notices.put("partnerNews", n.partnerNews());
        notices.put("quietFrom", time(n.quietFrom()));
        notices.put("quietUntil", time(n.quietUntil()));
        notices.put("oncePerDay", n.daily());
        notices.put("oncePerDayAt", time(n.dailyAt()));
        notices.put("reminders", n.reminders());
        notices.put("remindersAt", time(n.remindAt()));
        notices.put("weeklyCheckInDay", n.weeklyDay());
        notices.put("beforeConversation", n.beforeConversation());
        notices.put("look", n.look());
        notices.put("addressConfirmed", n.addressConfirmed());
        notices.put("calendarAddress", n.calendarAddress());

        ObjectNode sections = root.putObject("sections");
        for (ExportDocument.Section s : d.sections()) {
            entries(sections.putArray(s.name()), s.entries());
        }

        ArrayNode audit = root.putArray("audit");
        for (ExportDocument.AuditLine line : d.audit()) {
            ObjectNode o = audit.addObject();
            o.put("at", line.at().toString());
            o.put("action", line.action());
            o.put("subjectKind", line.subjectKind());
            o.put("subjectId", line.subjectId() == null ? null : line.subjectId().toString());
            o.put("actor", line.actor());
            o.put("detail", line.detail());
        }
        return root;
    }

    private static void entries(ArrayNode into, List<ExportEntry> entries) {
        for (ExportEntry e : entries) {
            ObjectNode o = into.addObject();
            o.put("kind", e.kind());
            o.put("id", e.id().toString());
            o.put("visibility", e.visibility() == null ? null : e.visibility().name());
            o.put("spaceId", e.spaceId() == null ? null : e.spaceId().toString());
            o.put("createdAt", e.createdAt() == null ? null : e.createdAt().toString());
            o.put("updatedAt", e.updatedAt() == null ? null : e.updatedAt().toString());
            ArrayNode fields = o.putArray("fields");
            for (ExportField f : e.fields()) {
                ObjectNode field = fields.addObject();
                field.put("name", f.name());
                if (f.written()) {
                    field.put("written", (String) f.value());
                } else {
                    value(field, f.value());
                }
            }
            ArrayNode history = o.putArray("history");
            for (ExportEvent h : e.history()) {
                ObjectNode event = history.addObject();
                event.put("at", h.at().toString());
                event.put("event", h.event());
                event.put("detail", h.detail());
            }
            entries(o.putArray("parts"), e.parts());
        }
    }

    private static void value(ObjectNode field, Object v) {
        switch (v) {
            case Boolean b -> field.put("value", b);
            case Integer i -> field.put("value", i);
            case Long l -> field.put("value", l);
            case Number num -> field.put("value", num.doubleValue());
            case LocalDate day -> field.put("value", day.toString());
            case LocalTime t -> field.put("value", time(t));
            case Instant at -> field.put("value", at.toString());
            case Enum<?> en -> field.put("value", en.name());
            default -> field.put("value", v.toString());
        }
    }

    private static String time(LocalTime t) {
        return t == null ? null : t.toString();
    }
}
