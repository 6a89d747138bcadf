package app.kintsugi.program;

import java.util.List;

import app.kintsugi.account.PersonId;

/**
 * Extension point: a feature module tells Today what this person waits for from their partner.
 * Only what the person themselves sent or asked, never anything of the partner's that is private.
 */
public interface WaitingSource {

    List<WaitingItem> waitingFor(PersonId person);
}
