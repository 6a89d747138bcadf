package app.kintsugi.perf;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.function.Consumer;

import app.kintsugi.account.NewAccount;
import app.kintsugi.account.PersonId;
import app.kintsugi.boundaries.BoundaryDraft;
import app.kintsugi.checkin.Item;
import app.kintsugi.communication.PlanDraft;
import app.kintsugi.couple.Role;
import app.kintsugi.privacy.Visibility;
import app.kintsugi.program.TimelineDraft;
import app.kintsugi.program.TimelineKind;
import app.kintsugi.reflection.BetrayalKind;
import app.kintsugi.reflection.Emotion;
import app.kintsugi.reflection.ReflectionDraft;
import app.kintsugi.reflection.ReflectionId;
import app.kintsugi.responsibility.Answer;
import app.kintsugi.responsibility.OwnRoleDraft;
import app.kintsugi.safety.SafetyAnswer;
import app.kintsugi.safety.SafetyQuestion;
import app.kintsugi.transparency.AmendStatus;
import app.kintsugi.trust.CommitmentDraft;
import app.kintsugi.trust.Confirmation;
import app.kintsugi.trust.Outcome;

/**
 * One generated couple's weeks, written day by day through the application's facades at the times
 * they happened: registration and the safety check, reflections, an own-role reflection and an
 * apology, a daily shared commitment reported on most evenings and answered by the partner on most
 * of those (for half of the couples a weekly one too), weekly check-ins with scores shared, a
 * question a week and its answer, appreciations both ways and a kind act each week, a planned
 * conversation every two weeks, a boundary, a disclosure, an amends action, a dialogue thread and a
 * milestone. Couple {@code n}'s partners are {@code perf-<n>-a@example.org} (hurt partner) and
 * {@code perf-<n>-b@example.org}, both with {@link #PASSWORD}.
 *
 * <p>A couple with a <em>long history</em> ({@link #longHistory(int)}: every tenth) does all that and,
 * every week, more of what a long recovery piles up: a new commitment kept from then on, apologies
 * sent and answered, dialogue threads, a boundary agreed, an amends action and a disclosure, a planned
 * conversation. Pages that read one row per item of history show it on these couples.
 */
final class CoupleStory {

    static final String PASSWORD = "a quiet harbour at dawn";
    private static final List<String> ZONES = List.of("Europe/Madrid", "Europe/Madrid", "Europe/London", "America/New_York",
            "America/Mexico_City", "Europe/Berlin");

    private final StoryFacades f;
    private final Clock clock;
    private final Consumer<Instant> setClock;
    private final int weeks;
    private final int n;
    private final Random random;
    private final ZoneId zone;
    private final LocalDate firstDay;
    private PersonId ana;
    private PersonId ben;
    private UUID daily;
    private UUID weekly;
    private UUID apology;
    private UUID boundary;
    private UUID amend;
    private UUID thread;
    private UUID openQuestion;
    private final boolean longHistory;
    private final Map<UUID, PersonId> extraCommitments = new java.util.LinkedHashMap<>();

    /**
     * @param clock the application's clock
     * @param setClock sets that clock (for the calling thread) to an instant
     */
    CoupleStory(StoryFacades facades, Clock clock, Consumer<Instant> setClock, int n, int weeks) {
        this.f = facades;
        this.clock = clock;
        this.setClock = setClock;
        this.weeks = weeks;
        this.n = n;
        this.random = new Random(n * 7919L);
        this.zone = ZoneId.of(ZONES.get(n % ZONES.size()));
        this.firstDay = LocalDate.now(ZoneOffset.UTC).minusDays(7L * weeks);
        this.longHistory = longHistory(n);
    }

    /** Whether couple {@code n} is one with a long history: every tenth, the first included. */
    static boolean longHistory(int n) {
        return n % 10 == 1;
    }

    void write() {
        int days = 7 * weeks;
        for (int d = 0; d < days; d++) {
            day(d, days - 1 - d);
        }
    }

    /** Sets this thread's clock to the given hour of day {@code d} in the couple's zone. */
    private void at(int d, int hour) {
        // Never in the future: the last evening of a couple west of UTC may not have come yet.
        Instant when = firstDay.plusDays(d).atTime(hour, random.nextInt(60)).atZone(zone).toInstant();
        Instant latest = Instant.now().minusSeconds(60);
        setClock.accept(when.isAfter(latest) ? latest : when);
    }

    private String today() {
        return LocalDate.now(clock.withZone(zone)).toString();
    }

    private void day(int d, int daysLeft) {
        if (d == 0) {
            at(d, 9);
            ana = register('a', "Ana " + n);
            ben = register('b', "Ben " + n);
            f.spaces().join(ben, f.spaces().start(ana, Role.HURT_PARTNER).code(), Role.BROKE_TRUST);
            f.safety().record(ana, safetyAnswers());
            f.safety().record(ben, safetyAnswers());
            at(d, 21);
            ReflectionId first = f.reflections().create(ana, reflection());
            f.reflections().shareWithPartner(ana, first);
        }
        if (d == 1) {
            at(d, 8);
            daily = f.commitments().create(ben, new CommitmentDraft(pick(COMMITMENTS), "DAILY", List.of(), "", "", "PARTNER"));
            f.ownRole().create(ben, new OwnRoleDraft(text(3), text(2), text(2)));
        }
        if (d == 2 && n % 2 == 0) {
            at(d, 19);
            weekly = f.commitments().create(ana, new CommitmentDraft("Tell you on Sundays how the week felt for me", "WEEKLY",
                    List.of("SUNDAY"), "", "", "PARTNER"));
        }
        if (d == 3) {
            at(d, 22);
            apology = f.apologies().createDraft(ben, text(5));
            f.apologies().send(ben, apology, 0);
        }
        if (d == 4) {
            at(d, 20);
            f.apologies().answer(ana, apology, Answer.PARTLY, text(1), Visibility.PARTNER);
            boundary = f.boundaries().propose(ana, new BoundaryDraft("No contact with the other person, in any form", text(2),
                    "CONTACT", LocalDate.now(clock.withZone(zone)).plusDays(60).toString()));
            at(d, 22);
            f.boundaries().agree(ben, boundary, 0, 1);
        }
        if (d == 6) {
            at(d, 23);
            f.reflections().create(ana, reflection());
        }
        if (d == 8) {
            at(d, 18);
            UUID shared = f.disclosures().share(ben, text(3));
            at(d, 21);
            f.disclosures().acknowledge(ana, shared, random.nextBoolean() ? "Thank you for telling me." : null);
        }
        if (d == 9) {
            at(d, 20);
            thread = f.dialogues().start(ben, "What I understand now", text(4));
        }
        if (d == 10 && thread != null) {
            at(d, 21);
            f.dialogues().post(ana, thread, text(3));
            at(d, 22);
            f.dialogues().post(ben, thread, text(2));
            amend = f.amends().plan(ben, "Repair what I broke: " + text(1), LocalDate.now(clock.withZone(zone)).plusDays(14).toString());
        }
        if (d == 13) {
            at(d, 21);
            f.timeline().add(ana, new TimelineDraft(TimelineKind.MILESTONE, LocalDate.now(clock.withZone(zone)), "A calm evening",
                    text(1), Visibility.PARTNER));
        }
        if (d == 20 && amend != null) {
            at(d, 19);
            f.amends().setStatus(ben, amend, 0, AmendStatus.DONE);
        }
        if (d >= 1 && daily != null) {
            // Most days reported in the evening; the partner answers most of them the same night or not at all.
            if (random.nextInt(100) < 85) {
                at(d, 21);
                int o = random.nextInt(100);
                String day = today();
                f.commitments().report(ben, daily, day, o < 80 ? Outcome.KEPT : o < 93 ? Outcome.PARTLY : Outcome.NOT_KEPT,
                        random.nextInt(100) < 10 ? text(1) : null);
                if (random.nextInt(100) < 70) {
                    at(d, 23);
                    f.commitments().confirm(ana, daily, day, 0, random.nextInt(100) < 90 ? Confirmation.CONFIRMED : Confirmation.DISPUTED,
                            null);
                }
            }
        }
        if (weekly != null && d > 2 && firstDay.plusDays(d).getDayOfWeek() == DayOfWeek.SUNDAY
                && random.nextInt(100) < 75) {
            at(d, 20);
            f.commitments().report(ana, weekly, today(), Outcome.KEPT, null);
        }
        if (d % 7 == 2) {
            at(d, 20);
            int week = d / 7;
            if (random.nextInt(100) < 90) {
                f.checkIns().save(ana, weeklyAnswers(week), false);
            }
            if (random.nextInt(100) < 90) {
                f.checkIns().save(ben, weeklyAnswers(week), false);
            }
            if (d == 9) {
                f.checkIns().setSharing(ana, true);
                f.checkIns().setSharing(ben, true);
            }
        }
        if (d % 7 == 3) {
            at(d, 21);
            openQuestion = f.questions().ask(ana, pick(QUESTIONS) + " " + text(1));
        }
        if (d % 7 == 4 && openQuestion != null && (daysLeft > 3 || random.nextBoolean())) {
            at(d, 22);
            if (daysLeft > 3 && random.nextInt(100) < 15) {
                f.questions().respond(ben, openQuestion, 0, "NEED_TIME", "I want to answer this properly.",
                        LocalDate.now(clock.withZone(zone)).plusDays(2).toString());
                at(d + 2, 21);
                f.questions().respond(ben, openQuestion, 1, "ANSWER", text(5), null);
            } else {
                f.questions().respond(ben, openQuestion, 0, "ANSWER", text(5), null);
            }
            openQuestion = null;
        }
        if (d % 7 == 5) {
            at(d, 19);
            f.appreciations().send(ana, "Thank you for " + pick(KINDNESS) + ".");
            f.appreciations().send(ben, "I valued " + pick(KINDNESS) + ".");
            UUID act = f.kindActs().log(ben, pick(KIND_ACTS), "");
            f.kindActs().setShared(ben, act, true);
        }
        if (longHistory && d >= 1) {
            moreHistory(d, daysLeft);
        }
        if (d % 14 == 6 && daysLeft > 1) {
            at(d, 18);
            LocalDateTime tomorrow = LocalDateTime.now(clock.withZone(zone)).plusDays(1);
            UUID talk = f.conversations().propose(ana, new PlanDraft("Our week", tomorrow.toLocalDate().toString(), "19:00", "30", null));
            at(d, 20);
            f.conversations().accept(ben, talk, f.conversations().read(ben, talk).version());
            f.conversations().agree(ana, talk);
            f.conversations().agree(ben, talk);
        }
    }

    /** What a long recovery adds, week by week, on top of an average couple's days. */
    private void moreHistory(int d, int daysLeft) {
        int dayOfWeek = d % 7;
        if (dayOfWeek == 1) {
            at(d, 9);
            PersonId who = random.nextBoolean() ? ben : ana;
            extraCommitments.put(f.commitments().create(who, new CommitmentDraft(pick(COMMITMENTS), "DAILY", List.of(), "", "", "PARTNER")),
                    who);
            UUID sorry = f.apologies().createDraft(ben, text(4));
            f.apologies().send(ben, sorry, 0);
            at(d, 21);
            f.apologies().answer(ana, sorry, Answer.values()[random.nextInt(Answer.values().length)], text(1), Visibility.PARTNER);
        }
        if (dayOfWeek == 2) {
            at(d, 19);
            UUID talk = f.dialogues().start(random.nextBoolean() ? ana : ben, "Week " + (d / 7 + 1), text(3));
            at(d, 21);
            f.dialogues().post(ana, talk, text(2));
            f.dialogues().post(ben, talk, text(2));
            UUID more = f.boundaries().propose(ben, new BoundaryDraft("Agreement " + (d / 7 + 1) + ": " + pick(COMMITMENTS), text(1),
                    "OTHER", LocalDate.now(clock.withZone(zone)).plusDays(90).toString()));
            at(d, 22);
            f.boundaries().agree(ana, more, 0, 1);
        }
        if (dayOfWeek == 3) {
            at(d, 18);
            UUID told = f.disclosures().share(ben, text(2));
            UUID action = f.amends().plan(ben, "Make it right: " + text(1), LocalDate.now(clock.withZone(zone)).plusDays(10).toString());
            at(d, 21);
            f.disclosures().acknowledge(ana, told, null);
            if (random.nextBoolean()) {
                f.amends().setStatus(ben, action, 0, AmendStatus.DONE);
            }
        }
        if (dayOfWeek == 4 && daysLeft > 1) {
            at(d, 18);
            LocalDateTime tomorrow = LocalDateTime.now(clock.withZone(zone)).plusDays(1);
            UUID talk = f.conversations().propose(ben, new PlanDraft("Checking in", tomorrow.toLocalDate().toString(), "20:00", "30", null));
            at(d, 20);
            f.conversations().accept(ana, talk, f.conversations().read(ana, talk).version());
        }
        for (Map.Entry<UUID, PersonId> commitment : extraCommitments.entrySet()) {
            if (random.nextInt(100) < 80) {
                at(d, 21);
                f.commitments().report(commitment.getValue(), commitment.getKey(), today(), Outcome.KEPT, null);
            }
        }
    }

    private PersonId register(char who, String name) {
        return f.accounts().register(new NewAccount(email(n, who), name, PASSWORD, n % 3 == 0 ? "es" : "en", zone.getId())).id();
    }

    private ReflectionDraft reflection() {
        Map<Emotion, Integer> emotions = new EnumMap<>(Emotion.class);
        emotions.put(Emotion.HURT, 5 + random.nextInt(6));
        emotions.put(Emotion.values()[1 + random.nextInt(Emotion.values().length - 1)], 2 + random.nextInt(8));
        return new ReflectionDraft("What I found out", text(6), text(2), BetrayalKind.values()[random.nextInt(BetrayalKind.values().length)],
                emotions, text(4));
    }

    private Map<SafetyQuestion, SafetyAnswer> safetyAnswers() {
        Map<SafetyQuestion, SafetyAnswer> answers = new EnumMap<>(SafetyQuestion.class);
        for (SafetyQuestion q : SafetyQuestion.values()) {
            answers.put(q, random.nextInt(100) < 97 ? SafetyAnswer.NEVER : SafetyAnswer.SOMETIMES);
        }
        return answers;
    }

    /** Answers that slowly improve over the weeks, with noise. */
    private Map<String, String> weeklyAnswers(int week) {
        Map<String, String> answers = new HashMap<>();
        for (Item item : f.questionnaires().weekly().items()) {
            int min = item.scale().min();
            int span = item.scale().max() - min;
            double trend = Math.min(1.0, 0.3 + 0.5 * week / Math.max(1.0, weeks));
            int value = (int) Math.round(min + span * trend + (random.nextGaussian() * span / 6.0));
            answers.put(item.id(), String.valueOf(Math.max(min, Math.min(min + span, value))));
        }
        return answers;
    }

    private String text(int sentences) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < sentences; i++) {
            b.append(i == 0 ? "" : " ").append(pick(SENTENCES));
        }
        return b.toString();
    }

    private String pick(List<String> from) {
        return from.get(random.nextInt(from.size()));
    }

    static String email(int couple, char who) {
        return "perf-" + couple + "-" + who + "@example.org";
    }

    PersonId hurtPartner() {
        return ana;
    }

    PersonId partnerWhoBrokeTrust() {
        return ben;
    }

    UUID dailyCommitment() {
        return daily;
    }

    private static final List<String> SENTENCES = List.of(
            "I keep coming back to the evening I found the messages.",
            "It was not only what happened but how long it went on.",
            "I felt foolish for not seeing it, and angry at feeling foolish.",
            "Some days are calmer now, and then a small thing brings it all back.",
            "I want to understand, not to punish.",
            "You said you were working late, and I believed you every time.",
            "What hurts most is the lying, more than the rest.",
            "I noticed you trying this week, and it mattered to me.",
            "I am not ready to decide anything yet, and I need you to accept that.",
            "Talking on Sunday helped more than I expected.",
            "I chose to hide it because I was afraid of losing you, and that was selfish.",
            "I can see now how my silence made everything worse.",
            "I want to earn back your trust with what I do, not with what I say.",
            "The first weeks were the hardest; I slept badly and could not eat.",
            "When you checked your phone at dinner I felt my stomach drop.");
    private static final List<String> QUESTIONS = List.of("When did it start?", "Did you ever think of telling me?",
            "Who else knew?", "What did you tell yourself at the time?", "Is there anything else I should know?",
            "Why then, and why with her?", "Did you love them?", "What is different now?");
    private static final List<String> COMMITMENTS = List.of("Home by seven, or I call before six", "Phone stays open on the table",
            "Tell you about every message from work contacts", "Share where I am when I travel");
    private static final List<String> KINDNESS = List.of("listening without interrupting", "making dinner on a hard day",
            "the walk on Saturday", "asking how I was, and waiting for the answer", "taking the children to school");
    private static final List<String> KIND_ACTS = List.of("Made breakfast", "Picked up the groceries", "Left a note in your bag",
            "Planned the walk on Saturday", "Washed the car");
}
