/** The decision aid's JSON routes under /api/v1/decision, beside its pages. */
package app.kintsugi.decision.api;
