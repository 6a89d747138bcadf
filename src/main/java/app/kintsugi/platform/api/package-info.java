/**
 * What every part of the JSON API shares: errors as RFC 9457 problem details (the same message keys
 * as the pages, in the language of {@code Accept-Language}), entity tags for optimistic locking, and
 * the paths that make a request an API request.
 */
package app.kintsugi.platform.api;
