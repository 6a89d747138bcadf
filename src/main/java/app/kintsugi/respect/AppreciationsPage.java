package app.kintsugi.respect;

import java.util.List;

/**
 * Appreciations of a space as one partner sees them: received and sent, each newest first; and what
 * the viewer sent in spaces that have ended, newest first.
 */
public record AppreciationsPage(List<AppreciationView> received, List<AppreciationView> sent, List<AppreciationView> ended) {
}
