package app.kintsugi.privacy;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.springframework.http.server.PathContainer;
import org.springframework.web.util.pattern.PathPatternParser;

/** What the route matrices of the pages and of the JSON routes share: which route answers a path. */
final class Routes {

    private static final PathPatternParser PARSER = new PathPatternParser();

    /** A route: its HTTP method and its path pattern. */
    interface Answering {

        String method();

        String pattern();

        default boolean hasVariables() {
            return pattern().contains("{");
        }
    }

    private Routes() {
    }

    /** The route that answers a path, as Spring chooses it: a route without variables first. */
    static <R extends Answering> R routeOf(List<R> routes, String method, String path) {
        R best = null;
        for (R r : routes) {
            if (!r.method().equals(method)) {
                continue;
            }
            if (r.pattern().equals(path)) {
                return r;
            }
            if (PARSER.parse(r.pattern()).matches(PathContainer.parsePath(path))
                    && (best == null || best.pattern().chars().filter(c -> c == '{').count() > r.pattern().chars().filter(c -> c == '{').count())) {
                best = r;
            }
        }
        return best;
    }

    /** The links found on Ana's or Ben's pages that this route answers, in order: real ids to try it with. */
    static <R extends Answering> Set<String> realPaths(R route, List<R> routes, Set<String> anasLinks, Set<String> bensLinks) {
        Set<String> real = new LinkedHashSet<>();
        Set<String> either = new TreeSet<>(anasLinks);
        either.addAll(bensLinks);
        for (String link : either) {
            if (route.equals(routeOf(routes, route.method(), link))) {
                real.add(link);
            }
        }
        return real;
    }
}
