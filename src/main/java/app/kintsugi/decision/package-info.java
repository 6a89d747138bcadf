/**
 * The decision aid of the last step, together or apart: each person's private writing on what
 * staying and parting would take, what they still need to know and what they have seen change; where
 * they lean now, with its history; a mutual reveal of the lean, shown only once both have chosen to
 * show theirs; and a calm way to part, through the couple module's own leaving, that ends on a page of
 * what now. See docs/decisions/0041-together-or-apart.md.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "account", "communication", "couple", "privacy", "program", "resources", "trust", "platform", "shared" })
package app.kintsugi.decision;
