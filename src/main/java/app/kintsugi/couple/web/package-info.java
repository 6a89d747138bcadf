/** Pages to start a space, invite a partner, join with a code, choose a role and leave. */
package app.kintsugi.couple.web;
