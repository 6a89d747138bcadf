package app.kintsugi.couple;

import app.kintsugi.account.PersonId;

/** A member of a space; {@code role} is null until they have chosen one. */
public record Member(PersonId person, String displayName, Role role) {
}
