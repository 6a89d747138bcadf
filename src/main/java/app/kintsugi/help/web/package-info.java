/** Pages for seeking professional help: preparing a report to bring to a counseling session. */
package app.kintsugi.help.web;
