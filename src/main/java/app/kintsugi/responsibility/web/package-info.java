/** Pages for own-role reflections and the apology builder. */
package app.kintsugi.responsibility.web;
