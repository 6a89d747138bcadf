/** Pages for appreciations and the kind acts log. */
package app.kintsugi.respect.web;
