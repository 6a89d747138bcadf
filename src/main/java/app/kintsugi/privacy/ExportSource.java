package app.kintsugi.privacy;

import java.util.List;

import app.kintsugi.account.PersonId;

/**
 * A module's part of a person's data export. Each module that keeps what people write provides one;
 * the export asks every source and puts what they answer, in order, into one document.
 *
 * <p>A source answers with what the person wrote and what the module keeps about them, and nothing
 * anyone else wrote: not the partner's private entries, and not what the partner shared with them
 * either (decision 29). Content is opened through {@link ExportReader}, which asks the
 * {@link AccessPolicy} first, so the export follows the same rules as every page.
 */
public interface ExportSource {

    /** The name of this part in the export, stable across versions: a key in the document and its schema. */
    String section();

    /** Everything this person wrote in the module and what it keeps about them, oldest first. */
    List<ExportEntry> export(PersonId person);
}
