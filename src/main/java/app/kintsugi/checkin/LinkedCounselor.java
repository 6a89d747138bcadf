package app.kintsugi.checkin;

import java.util.Optional;

import app.kintsugi.account.PersonId;

/**
 * Whose added questionnaires a person is offered: the counselor whose access to them stands right
 * now (both partners' consent, or the person's own for a person alone). Provided by the seeking-help
 * step; asked by {@link Measures} on every call, so an ended access counts from the next request.
 */
public interface LinkedCounselor {

    /** The counselor whose access to this person stands now, if any. */
    Optional<PersonId> of(PersonId person);
}
