package app.kintsugi.movingon;

import java.util.UUID;

import app.kintsugi.account.PersonId;

/**
 * Someone shared one of their moving-on entries with their partner: a summary of why, a letter or a
 * forgiveness position. Ids only, never anything written.
 *
 * @param kind "why-summary", "unsent-letter" or "forgiveness-mark"
 */
public record SharedWithPartner(String kind, UUID id, PersonId author) {
}
