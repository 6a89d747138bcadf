package app.kintsugi.movingon;

import java.time.Instant;
import java.util.UUID;

import app.kintsugi.account.PersonId;

/** A summary of a reflection on why, as the partner (or an invited counselor) may read it: the summary alone. */
public record SharedSummary(UUID id, PersonId author, String summary, Instant sharedAt, boolean mine) {
}
