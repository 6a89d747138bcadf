package app.kintsugi.program;

import java.util.List;

import app.kintsugi.account.PersonId;

/**
 * Extension point: a feature module that has things falling due (a check-in, an answer promised by a
 * date) registers a bean of this type; "what next" puts due items first.
 */
public interface DueItemSource {

    List<DueItem> dueFor(PersonId person);
}
