package app.kintsugi.program;

import java.util.List;

import app.kintsugi.account.PersonId;

/** Extension point: a feature module tells the dashboard what a partner has sent this person. */
public interface InboxSource {

    List<InboxItem> itemsFor(PersonId person);
}
