package app.kintsugi.export;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

import app.kintsugi.account.Accounts;
import app.kintsugi.account.Person;
import app.kintsugi.account.PersonId;
import app.kintsugi.couple.Couples;
import app.kintsugi.export.internal.ExportAssembly;
import app.kintsugi.export.internal.ExportJson;
import app.kintsugi.notices.NoticeChoices;
import app.kintsugi.notices.NoticeStatus;
import app.kintsugi.notices.Notices;
import app.kintsugi.platform.PdfTemplates;
import app.kintsugi.privacy.AuditLog;
import app.kintsugi.privacy.ExportEntry;
import app.kintsugi.privacy.ExportSource;
import app.kintsugi.shared.NotFoundException;

/**
 * A person's own data, as a JSON document and as a PDF. Nothing is kept on the server: each
 * download is made in memory when asked for. Only the person themselves can ask, after typing
 * their password again ({@link PasswordCheck}); the log and the audit trail record that an export
 * was made, its size and how long it took, never what it holds.
 */
@Service
public class DataExport {

    /** The PDF's template (well-formed XHTML), which knows the document as {@code d}. */
    static final String PDF_TEMPLATE = "export/document";
    private static final Logger log = LoggerFactory.getLogger(DataExport.class);

    private final Accounts accounts;
    private final Couples couples;
    private final Notices notices;
    private final List<ExportSource> sources;
    private final AuditLog audit;
    private final JdbcClient jdbc;
    private final ExportJson json;
    private final PdfTemplates pdf;
    private final Clock clock;

    DataExport(Accounts accounts, Couples couples, Notices notices, List<ExportSource> sources, AuditLog audit,
            JdbcClient jdbc, ExportJson json, PdfTemplates pdf, Clock clock) {
        this.accounts = accounts;
        this.couples = couples;
        this.notices = notices;
        this.sources = List.copyOf(sources);
        this.audit = audit;
        this.jdbc = jdbc;
        this.json = json;
        this.pdf = pdf;
        this.clock = clock;
    }

    /** A file to download. */
    public record Download(byte[] content, String fileName, String mediaType) {
    }

    /** The whole document, as both downloads are made from it. */
    public ExportDocument document(PersonId person) {
        Person me = accounts.find(person).orElseThrow(NotFoundException::new);
        Map<String, List<ExportEntry>> sections = new LinkedHashMap<>();
        for (ExportSource source : sources) {
            ExportAssembly.put(sections, source.section(), source.export(person));
        }
        List<ExportDocument.AuditLine> auditLines = ExportAssembly.audit(person, ExportAssembly.ids(sections),
                audit.eventsConcerning(person, ExportAssembly.ids(sections)));
        return new ExportDocument(ExportDocument.VERSION, clock.instant().truncatedTo(java.time.temporal.ChronoUnit.SECONDS),
                me.discreetMode(), account(me), noticeSettings(person), ExportAssembly.sections(sections, auditLines), auditLines);
    }

    public Download json(PersonId person) {
        long started = System.nanoTime();
        ExportDocument document = document(person);
        byte[] bytes = json.write(document);
        done(person, "json", document, bytes.length, started);
        return new Download(bytes, fileName(document, "json"), "application/json");
    }

    /** @param discreet the browser is in discreet mode (the account's own setting counts too) */
    public Download pdf(PersonId person, Locale locale, boolean discreet) {
        long started = System.nanoTime();
        ExportDocument document = document(person);
        if (discreet && !document.discreet()) {
            document = new ExportDocument(document.version(), document.exportedAt(), true, document.account(),
                    document.notices(), document.sections(), document.audit());
        }
        byte[] bytes = pdf.render(PDF_TEMPLATE, "d", document, locale, "export");
        done(person, "pdf", document, bytes.length, started);
        return new Download(bytes, fileName(document, "pdf"), "application/pdf");
    }

    /** A name that says nothing of the application or of what is inside, in every mode. */
    static String fileName(ExportDocument document, String extension) {
        LocalDate day = document.exportedAt().atZone(java.time.ZoneId.of(document.account().timeZone())).toLocalDate();
        return "my-data-" + day + "." + extension;
    }

    private void done(PersonId person, String format, ExportDocument document, int bytes, long started) {
        long millis = (System.nanoTime() - started) / 1_000_000;
        audit.record(person, "DATA_EXPORTED", "person", person.value(), format);
        log.info("event=data_exported person={} format={} entries={} bytes={} millis={}", person, format,
                document.entryCount(), bytes, millis);
    }

    private ExportDocument.Account account(Person me) {
        String id = me.id().value().toString();
        // The account module keeps when an account was made but offers no reader for it; this is the one column read here.
        Instant created = jdbc.sql("SELECT created_at FROM person WHERE id = ?").param(id).query(Long.class).optional()
                .map(Instant::ofEpochMilli).orElse(null);
        ExportDocument.Space space = couples.current(me.id())
                .map(s -> new ExportDocument.Space(s.id().value(), s.me().role() == null ? null : s.me().role().name(),
                        s.since(), s.partner().isPresent()))
                .orElse(null);
        return new ExportDocument.Account(me.id().value(), me.email(), me.displayName(), me.language(), me.timeZone().getId(),
                me.theme().name(), me.discreetMode(), accounts.roleOf(me.id()).map(Enum::name).orElse(null), created, space);
    }

    private ExportDocument.NoticeSettings noticeSettings(PersonId person) {
        NoticeStatus status = notices.status(person);
        NoticeChoices c = status.choices();
        return new ExportDocument.NoticeSettings(c.partnerNews(), c.quietFrom(), c.quietUntil(), c.daily(), c.dailyAt(),
                c.reminders().dueThings(), c.reminders().at(),
                c.reminders().weeklyDay() == null ? null : c.reminders().weeklyDay().name(),
                c.reminders().conversationBefore(), c.look().name(), status.confirmed(), status.hasFeed());
    }
}
