package app.kintsugi.respect;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import app.kintsugi.privacy.Visibility;

/**
 * A kind act, as the viewer sees it: their own (private or shared) or one their partner shares.
 *
 * @param day the day it was done, on the calendar of the person who did it
 */
public record KindActView(UUID id, boolean mine, String authorName, String text, LocalDate day, Visibility visibility,
        Instant loggedAt) {

    public boolean shared() {
        return visibility == Visibility.PARTNER;
    }
}
