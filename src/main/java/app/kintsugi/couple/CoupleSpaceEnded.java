package app.kintsugi.couple;

import app.kintsugi.account.PersonId;

/** A member left and the space ended for both. Ids only. */
public record CoupleSpaceEnded(CoupleId couple, PersonId leftBy) {
}
