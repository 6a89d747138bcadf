package app.kintsugi.help;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * What a person can put in a session-prep report: only their own entries, and the questions of
 * their space that are still waiting.
 *
 * @param checkIns       their finished weekly check-ins in the last {@link SessionPrep#TREND_WEEKS} weeks
 * @param reflections    their own step 0 reflections, newest first
 * @param ownRoles       their own "what role did I play?" reflections, newest first
 * @param questionsAsked questions they asked that are still waiting
 * @param questionsForMe questions waiting for their answer, those kept for a counselor included
 * @param commitments    their own commitments
 */
public record PrepChoices(int checkIns, List<Entry> reflections, List<Entry> ownRoles, int questionsAsked, int questionsForMe,
        int commitments) {

    /** One reflection to tick: its first words and the day it was last changed, on the person's calendar. */
    public record Entry(UUID id, String firstWords, LocalDate date) {

        @Override
        public String toString() {
            return "Entry[" + id + "]";
        }
    }

    public int openQuestions() {
        return questionsAsked + questionsForMe;
    }

    /** Whether there is nothing yet to choose, only the free text. */
    public boolean nothingYet() {
        return checkIns == 0 && reflections.isEmpty() && ownRoles.isEmpty() && openQuestions() == 0 && commitments == 0;
    }
}
