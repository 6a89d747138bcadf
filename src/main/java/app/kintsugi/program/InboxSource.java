package app.kintsugi.program;

import java.util.List;

import app.kintsugi.account.PersonId;

/** Extension point: a feature module tells Today what the partner did that waits for this person. */
public interface InboxSource {

    List<InboxItem> itemsFor(PersonId person);
}
