package app.kintsugi.help;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import lombok.RequiredArgsConstructor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

import app.kintsugi.account.Accounts;
import app.kintsugi.account.Person;
import app.kintsugi.account.PersonId;
import app.kintsugi.checkin.CheckIns;
import app.kintsugi.checkin.Trajectory;
import app.kintsugi.help.PrepRules.Chosen;
import app.kintsugi.platform.PdfTemplates;
import app.kintsugi.privacy.Visibility;
import app.kintsugi.reflection.ReflectionDraft;
import app.kintsugi.reflection.ReflectionId;
import app.kintsugi.reflection.ReflectionView;
import app.kintsugi.reflection.Reflections;
import app.kintsugi.responsibility.OwnRoleReflections;
import app.kintsugi.responsibility.OwnRoleView;
import app.kintsugi.shared.InvalidInputException;
import app.kintsugi.shared.NotFoundException;
import app.kintsugi.transparency.QuestionBox;
import app.kintsugi.transparency.QuestionView;
import app.kintsugi.transparency.Questions;
import app.kintsugi.trust.CommitmentView;
import app.kintsugi.trust.Commitments;
import app.kintsugi.trust.ScheduleKind;

/**
 * The session-prep report: a person chooses what to bring to a counseling session (their check-in
 * trend, some of their reflections, the questions still open between them and their partner, their
 * commitment record, a few words on what they want to talk about) and downloads it as a PDF. It is
 * made on demand, in memory, and never stored.
 *
 * <p>Everything is read through the owning module's facade and its access checks: a person's own
 * entries only, and of what the partner wrote, only the questions of their space, which both see.
 * A reflection id that is not the person's own is "not found", like everywhere else.
 */
@Service
@RequiredArgsConstructor
public class SessionPrep {

    /** How many weeks of check-ins the report looks back. */
    public static final int TREND_WEEKS = 12;
    /** The report's template (well-formed XHTML), which knows the report as {@code r}. */
    static final String PDF_TEMPLATE = "help/report";
    private static final Logger log = LoggerFactory.getLogger(SessionPrep.class);

    private final Accounts accounts;
    private final CheckIns checkIns;
    private final Reflections reflections;
    private final OwnRoleReflections ownRoles;
    private final Questions questions;
    private final Commitments commitments;
    private final PdfTemplates pdf;
    private final Clock clock;

    /** What this person can put in a report. */
    public PrepChoices choices(PersonId person) {
        ZoneId zone = person(person).timeZone();
        int checkInWeeks = (int) checkIns.ownTrend(person, TREND_WEEKS).stream()
                .flatMap(s -> s.mine().stream()).map(Trajectory.Point::week).distinct().count();
        List<PrepChoices.Entry> mine = reflections.mine(person).stream()
                .map(r -> new PrepChoices.Entry(r.id().value(), PrepRules.firstWords(r.title(), PrepRules.LABEL_WORDS),
                        day(r.updatedAt(), zone)))
                .toList();
        List<PrepChoices.Entry> parts = ownRoles.mine(person).stream()
                .map(r -> new PrepChoices.Entry(r.id(), PrepRules.firstWords(firstOf(r.content().actions(), r.content().patterns(),
                        r.content().hurt()), PrepRules.LABEL_WORDS), day(r.updatedAt(), zone)))
                .toList();
        QuestionBox box = questions.box(person);
        return new PrepChoices(checkInWeeks, mine, parts, box.mine().size(), box.forMe().size(), commitments.mine(person).size());
    }

    /**
     * The report's content for what the person chose, in their language (week days) and on their
     * calendar. Throws {@link InvalidInputException} when nothing is chosen or the free text is too
     * long, and {@link NotFoundException} for a reflection that is not theirs.
     */
    public PrepReport report(PersonId person, PrepSelection selection, Locale locale) {
        Chosen chosen = PrepRules.chosen(selection);
        Person me = person(person);
        ZoneId zone = me.timeZone();
        // Each reflection through its module's own check: only the author gets it, anyone else a 404.
        List<PrepReport.Reflection> chosenReflections = new ArrayList<>();
        for (UUID id : chosen.reflections()) {
            chosenReflections.add(reflection(reflections.readOwn(person, new ReflectionId(id)), zone));
        }
        List<PrepReport.OwnRole> chosenParts = new ArrayList<>();
        for (UUID id : chosen.ownRoles()) {
            chosenParts.add(ownRole(ownRoles.readOwn(person, id), zone));
        }
        return new PrepReport(PrepRules.printable(me.displayName()), LocalDate.now(clock.withZone(zone)), me.discreetMode(),
                PrepRules.text(chosen.talkAbout()),
                chosen.has(PrepSection.TREND) ? trend(person) : null,
                chosen.has(PrepSection.QUESTIONS) ? questions(person) : null,
                chosen.has(PrepSection.COMMITMENTS) ? commitments(person, locale) : null,
                chosenReflections, chosenParts);
    }

    /** The report as a PDF, made now and kept nowhere. Logged with ids and counts only. */
    public PreparedPdf pdf(PersonId person, PrepSelection selection, Locale locale) {
        PrepReport report = report(person, selection, locale);
        byte[] content = pdf.render(PDF_TEMPLATE, "r", report, locale, "session_prep");
        log.info("event=session_prep_generated person={} sections={}", person, report.sections());
        String name = (report.discreet() ? "notes-" : "kintsugi-session-prep-") + report.date() + ".pdf";
        return new PreparedPdf(content, report.date(), report.sections(), name);
    }

    // --- Inside ---------------------------------------------------------------------------------

    private PrepReport.Trend trend(PersonId person) {
        List<Trajectory.Series> series = checkIns.ownTrend(person, TREND_WEEKS);
        List<PrepReport.Trend.Subscale> subscales = new ArrayList<>();
        Map<LocalDate, Double[]> byWeek = new java.util.TreeMap<>();
        for (int i = 0; i < series.size(); i++) {
            Trajectory.Series s = series.get(i);
            Trajectory.Point latest = s.latest();
            subscales.add(new PrepReport.Trend.Subscale(s.subscale().name(), s.subscale().min(), s.subscale().max(),
                    s.subscale().higherIsBetter(), latest == null ? null : latest.score(),
                    latest == null ? null : latest.sincePrevious(), latest == null ? null : latest.sinceFirst()));
            for (Trajectory.Point p : s.mine()) {
                byWeek.computeIfAbsent(p.week(), w -> new Double[series.size()])[i] = p.score();
            }
        }
        List<PrepReport.Trend.Row> rows = byWeek.entrySet().stream()
                .map(e -> new PrepReport.Trend.Row(e.getKey(), java.util.Arrays.asList(e.getValue()))).toList();
        return new PrepReport.Trend(TREND_WEEKS, subscales, rows);
    }

    private PrepReport.Questions questions(PersonId person) {
        QuestionBox box = questions.box(person);
        ZoneId zone = person(person).timeZone();
        return new PrepReport.Questions(
                box.mine().stream().map(q -> question(q, q.answererName(), zone)).toList(),
                box.forMe().stream().map(q -> question(q, q.askerName(), zone)).toList());
    }

    private static PrepReport.Question question(QuestionView q, String otherName, ZoneId zone) {
        return new PrepReport.Question(PrepRules.text(q.text()), PrepRules.printable(otherName), day(q.askedAt(), zone), q.status(),
                q.answerBy(), q.datePassed());
    }

    private PrepReport.Commitments commitments(PersonId person, Locale locale) {
        List<CommitmentView> mine = commitments.mine(person);
        List<PrepReport.Commitment> list = new ArrayList<>();
        for (CommitmentView c : mine) {
            String days = c.schedule().kind() == ScheduleKind.WEEKLY
                    ? c.schedule().days().stream().sorted().map(d -> dayName(d, locale)).collect(Collectors.joining(", "))
                    : null;
            list.add(new PrepReport.Commitment(PrepRules.text(c.text()), c.schedule().kind(), days, c.schedule().start(),
                    c.schedule().end(), c.shared(), commitments.record(person, c.id()).consistency()));
        }
        return new PrepReport.Commitments(list, mine.isEmpty() ? null : commitments.overall(mine));
    }

    private static PrepReport.Reflection reflection(ReflectionView v, ZoneId zone) {
        ReflectionDraft d = v.content();
        List<PrepReport.Feeling> feelings = d.emotions().entrySet().stream()
                .map(e -> new PrepReport.Feeling(e.getKey(), e.getValue())).toList();
        return new PrepReport.Reflection(day(v.updatedAt(), zone), PrepRules.text(d.title()), PrepRules.text(d.whatHappened()),
                PrepRules.text(d.violations()), d.kind(), feelings, PrepRules.text(d.impact()), v.visibility() == Visibility.PARTNER);
    }

    private static PrepReport.OwnRole ownRole(OwnRoleView v, ZoneId zone) {
        return new PrepReport.OwnRole(day(v.updatedAt(), zone), PrepRules.text(v.content().actions()),
                PrepRules.text(v.content().patterns()), PrepRules.text(v.content().hurt()), v.visibility() == Visibility.PARTNER);
    }

    private Person person(PersonId id) {
        return accounts.find(id).orElseThrow(NotFoundException::new);
    }

    private static LocalDate day(Instant at, ZoneId zone) {
        return at.atZone(zone).toLocalDate();
    }

    private static String dayName(DayOfWeek day, Locale locale) {
        return day.getDisplayName(TextStyle.FULL, locale);
    }

    private static String firstOf(String... texts) {
        for (String t : texts) {
            if (t != null && !t.isBlank()) {
                return t;
            }
        }
        return "";
    }
}
