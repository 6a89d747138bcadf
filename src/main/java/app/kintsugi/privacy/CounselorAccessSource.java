package app.kintsugi.privacy;

import app.kintsugi.account.PersonId;

/**
 * Whether a counselor may read an entry: both partners' consent stands for this counselor and the
 * entry's author showed it to them. Provided by the seeking-help step; asked by {@link AccessPolicy}.
 */
public interface CounselorAccessSource {

    boolean mayRead(PersonId counselor, EntryRef entry);
}
