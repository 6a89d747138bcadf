/**
 * Counselors (step 5, seeking professional help): counselor accounts and their approval by the
 * operator, a counselor's access to a couple (or to a person alone) that begins only when both
 * partners consent and ends when either revokes, what each partner chooses to show them, the
 * counselor's couple page with side-by-side trends and flags, suggestions between sessions, the
 * questionnaires a counselor adds, the caseload by what changed, and the counselor's own sealed notes.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "account", "boundaries", "checkin", "communication", "couple", "moments",
        "privacy", "program", "transparency", "trust", "platform", "shared" })
package app.kintsugi.counselor;
