/** The safety check and the safety resources page. */
package app.kintsugi.safety.web;
