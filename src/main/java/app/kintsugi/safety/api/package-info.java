/** The private safety check as JSON under {@code /api/v1/safety}: only ever the caller's own answers and result. */
package app.kintsugi.safety.api;
