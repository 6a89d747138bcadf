/**
 * The privacy core: who may read what (one access policy every read goes through, and one place,
 * {@link app.kintsugi.privacy.TwoPersonEntries}, for entries two people hold together), encryption of
 * everything people write (envelope encryption, a data key per person wrapped by a master key) and
 * the audit log of visibility changes and refused reads. A refused read looks exactly like a
 * missing one. {@link app.kintsugi.privacy.ExportSource} is how each module gives its part of a
 * person's export, opened through {@link app.kintsugi.privacy.ExportReader} so the same policy applies.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "account", "couple", "shared" })
package app.kintsugi.privacy;
