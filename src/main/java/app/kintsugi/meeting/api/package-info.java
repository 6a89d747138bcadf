/** State of Us as JSON under {@code /api/v1/meeting}: the meeting of the caller's current space; there are no ids. */
package app.kintsugi.meeting.api;
