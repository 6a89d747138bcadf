/** The pages of hard moments: the control on every page, the log and its view over weeks, the plan, hard dates and reassurance. */
package app.kintsugi.moments.web;
