/**
 * The continuous practice of mutual respect: appreciations sent to the partner, small acts of
 * kindness a person logs (private unless they share them), and a gentle prompt for the week.
 */
package app.kintsugi.respect;
