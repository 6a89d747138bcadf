package app.kintsugi.platform;

import java.util.Collections;
import java.util.Enumeration;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;

import org.springframework.util.MultiValueMap;
import org.springframework.web.util.UriComponentsBuilder;
import org.springframework.web.util.UriUtils;

/**
 * Where a post larger than the server reads is answered (413, by {@code platform.web.TooLargePage}).
 * The headers filter forwards there before anything has touched the body, with a request that reads
 * only the address's parameters: the body is never parsed (Tomcat would refuse, and every later look at
 * a parameter would fail with it).
 */
final class TooLarge {

    static final String PATH = "/error/too-large";

    private TooLarge() {
    }

    /** The request as far as its address goes: parameters from the query string only. */
    static final class AddressOnly extends HttpServletRequestWrapper {

        private final Map<String, String[]> parameters;

        AddressOnly(HttpServletRequest request) {
            super(request);
            String query = request.getQueryString();
            MultiValueMap<String, String> raw = UriComponentsBuilder.fromUriString("/?" + (query == null ? "" : query))
                    .build().getQueryParams();
            Map<String, String[]> decoded = new java.util.LinkedHashMap<>();
            raw.forEach((name, values) -> decoded.put(decode(name),
                    values.stream().map(v -> v == null ? "" : decode(v)).toArray(String[]::new)));
            this.parameters = Collections.unmodifiableMap(decoded);
        }

        private static String decode(String value) {
            try {
                return UriUtils.decode(value.replace('+', ' '), java.nio.charset.StandardCharsets.UTF_8);
            } catch (IllegalArgumentException e) {
                return "";
            }
        }

        @Override
        public String getParameter(String name) {
            String[] values = parameters.get(name);
            return values == null || values.length == 0 ? null : values[0];
        }

        @Override
        public Map<String, String[]> getParameterMap() {
            return parameters;
        }

        @Override
        public Enumeration<String> getParameterNames() {
            return Collections.enumeration(List.copyOf(parameters.keySet()));
        }

        @Override
        public String[] getParameterValues(String name) {
            return parameters.get(name);
        }
    }
}
