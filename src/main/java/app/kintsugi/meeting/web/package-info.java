/** The pages of the weekly meeting: the time, the week's agenda, one's preparation, holding it and the weeks before. */
package app.kintsugi.meeting.web;
