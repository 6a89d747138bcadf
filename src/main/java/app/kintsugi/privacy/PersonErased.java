package app.kintsugi.privacy;

import app.kintsugi.account.PersonId;

/** A person's account was closed and everything they wrote erased. Id only. */
public record PersonErased(PersonId person) {
}
