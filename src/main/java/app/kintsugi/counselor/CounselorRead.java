package app.kintsugi.counselor;

import java.time.Instant;

/**
 * One time a counselor opened what a person showed them, as that person sees it.
 *
 * @param at      the latest of these reads
 * @param entries how many entries were shown
 * @param scores  whether the check-in scores were shown
 * @param times   how many reads of the same things that day this line stands for
 * @param measures on how many questionnaires the scores were shown
 */
public record CounselorRead(String counselorName, Instant at, int entries, boolean scores, int times, int measures) {
}
