/**
 * A person's own copy of their data: one JSON document with a versioned schema
 * ({@code export/export-v1.schema.json}) and a readable PDF of the same, downloaded after typing the
 * password again. Each module contributes its part through {@code privacy.ExportSource}; the export
 * holds what the person wrote and what is kept about them, never what anyone else wrote
 * (decision 29).
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "account", "couple", "notices", "privacy", "platform", "shared" })
package app.kintsugi.export;
