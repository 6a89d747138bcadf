package app.kintsugi.transparency;

/**
 * Where a prepared disclosure stands: written privately, a time to give it proposed by one of the
 * two, a time both agreed, given.
 */
public enum PreparedDisclosureStatus {
    DRAFT,
    PROPOSED,
    PLANNED,
    GIVEN
}
