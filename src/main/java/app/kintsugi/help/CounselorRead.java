package app.kintsugi.help;

import java.time.Instant;

/**
 * One time a counselor opened what a person showed them, as that person sees it.
 *
 * @param entries how many entries were shown
 * @param scores  whether the check-in scores were shown
 */
public record CounselorRead(String counselorName, Instant at, int entries, boolean scores) {
}
