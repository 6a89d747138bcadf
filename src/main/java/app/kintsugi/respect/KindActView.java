package app.kintsugi.respect;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import app.kintsugi.privacy.Visibility;

/**
 * A kind act, as the viewer sees it: their own (private or shared) or one their partner shares.
 *
 * @param day      the day it was done, on the calendar of the person who did it
 * @param canShare its author can share it (or make it private again): their partner is in the space, and it was
 *                 noted after they joined; what was noted alone stays its author's own (decision 0042)
 */
public record KindActView(UUID id, boolean mine, String authorName, String text, LocalDate day, Visibility visibility,
        Instant loggedAt, boolean canShare) {

    public boolean shared() {
        return visibility == Visibility.PARTNER;
    }
}
