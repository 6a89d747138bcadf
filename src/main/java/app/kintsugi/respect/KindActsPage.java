package app.kintsugi.respect;

import java.time.LocalDate;
import java.util.List;

/**
 * The kind acts log of a space as one partner sees it.
 *
 * @param days  the days a new kind act can be logged for, today first
 * @param ended the viewer's own kind acts (private or shared) from spaces that have ended, newest day first
 */
public record KindActsPage(List<KindActView> mine, List<KindActView> partners, List<LocalDate> days, List<KindActView> ended) {
}
