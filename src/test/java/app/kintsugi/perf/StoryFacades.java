package app.kintsugi.perf;

import org.springframework.stereotype.Component;

import app.kintsugi.account.Accounts;
import app.kintsugi.boundaries.Boundaries;
import app.kintsugi.checkin.CheckIns;
import app.kintsugi.checkin.Questionnaires;
import app.kintsugi.communication.Conversations;
import app.kintsugi.communication.Dialogues;
import app.kintsugi.couple.Couples;
import app.kintsugi.program.Timeline;
import app.kintsugi.reflection.Reflections;
import app.kintsugi.respect.Appreciations;
import app.kintsugi.respect.KindActs;
import app.kintsugi.responsibility.Apologies;
import app.kintsugi.responsibility.OwnRoleReflections;
import app.kintsugi.safety.SafetyChecks;
import app.kintsugi.transparency.Amends;
import app.kintsugi.transparency.Disclosures;
import app.kintsugi.transparency.Questions;
import app.kintsugi.trust.Commitments;

/** The facades a {@link CoupleStory} writes through: the same ones the pages call. */
@Component
record StoryFacades(Accounts accounts, Couples spaces, SafetyChecks safety, Reflections reflections,
        OwnRoleReflections ownRole, Apologies apologies, Commitments commitments, CheckIns checkIns,
        Questionnaires questionnaires, Questions questions, Disclosures disclosures, Amends amends, Boundaries boundaries,
        Conversations conversations, Dialogues dialogues, Appreciations appreciations, KindActs kindActs, Timeline timeline) {
}
