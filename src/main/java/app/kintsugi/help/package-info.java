/**
 * Seeking professional help (step 5): the private page that the check-in signals and a person's own
 * "this feels overwhelming" lead to, counseling and crisis resources by region from an
 * operator-editable file, counselor accounts and their approval, a counselor's access to a couple
 * that begins only when both partners consent and ends when either revokes, the counselor's own
 * encrypted notes, and the session-prep report a person downloads to bring to therapy.
 */
package app.kintsugi.help;
