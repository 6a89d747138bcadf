/** Pages for appreciations, the kind acts log and the ratio. */
package app.kintsugi.respect.web;
