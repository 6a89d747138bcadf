package app.kintsugi.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.beans.PropertyDescriptor;
import java.lang.reflect.Parameter;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.BeanUtils;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import app.kintsugi.IntegrationTest;
import app.kintsugi.account.TestAccounts.TestPerson;
import app.kintsugi.couple.Couples;
import app.kintsugi.couple.Role;

/**
 * Garbage in every field of every form: each POST route the application maps (found from its request
 * mappings, so a new form cannot escape), with the names of its form's fields and request parameters,
 * gets values no form sends — empty, huge, negative, beyond every integer type, not a number, impossible
 * dates and times, unknown choices, control characters, list indexes far out of range. A signed-in person
 * in a couple sends them. No answer may be a server error: unreadable input is the person's problem to be
 * told about (4xx with a page), never a 500.
 */
class FormFuzzHttpTest extends IntegrationTest {

    private static final List<String> GARBAGE = List.of("", " ", "-1", "0", "-2147483649", "2147483648",
            "99999999999999999999999999", "-99999999999999999999999999", "1e309", "NaN", "Infinity", "0x1F", "1.5",
            "2026-13-45", "0000-00-00", "99999-01-01", "25:99", "24:00", "T", "NOT_A_CHOICE", "null", "true",
            "\u0000", "\u202e\ud83d\ude00", "%", "'; DROP TABLE person; --", "<script>x</script>", "../../etc/passwd",
            "a".repeat(25_000));

    @Autowired
    Couples couples;

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

    record Route(String pattern, Set<String> fields) {
    }

    @Test
    void noFormFieldCanCauseAServerError() throws Exception {
        TestPerson ana = people.create("Ana");
        TestPerson ben = people.create("Ben");
        String code = couples.start(ana.id(), Role.HURT_PARTNER).code();
        couples.join(ben.id(), code, Role.BROKE_TRUST);

        List<Route> routes = postRoutes();
        assertThat(routes).as("POST routes found").hasSizeGreaterThan(40);
        Random random = new Random(32);
        List<String> failures = new ArrayList<>();
        int requests = 0;
        for (Route route : routes) {
            for (int round = 0; round < GARBAGE.size(); round++) {
                String path = expand(route.pattern(), round % 3 == 0 ? UUID.randomUUID().toString() : GARBAGE.get(round));
                MockHttpServletRequestBuilder request = post(path).with(csrf()).with(user(ana.principal()));
                for (String field : route.fields()) {
                    request.param(field, GARBAGE.get((round + random.nextInt(GARBAGE.size())) % GARBAGE.size()));
                }
                // Indexes and nested names no form has.
                request.param(route.fields().isEmpty() ? "x[99999]" : route.fields().iterator().next() + "[2147483647]", "1");
                request.param("a.b.c", GARBAGE.get(round));
                MockHttpServletResponse response;
                try {
                    response = mvc.perform(request).andReturn().getResponse();
                } catch (Exception | AssertionError e) {
                    failures.add(path + " " + route.fields() + " threw " + e);
                    continue;
                }
                requests++;
                if (response.getStatus() >= 500) {
                    failures.add(path + " " + route.fields() + " round " + round + " -> " + response.getStatus());
                }
            }
        }
        System.out.printf("form fuzz: %d routes, %d requests, %d failures%n", routes.size(), requests, failures.size());
        assertThat(failures).isEmpty();
    }

    /** Every POST route with the names its handler reads: form object properties and request parameters. */
    private List<Route> postRoutes() {
        Map<String, Route> routes = new TreeMap<>();
        for (Map.Entry<RequestMappingInfo, HandlerMethod> entry : mappings.getHandlerMethods().entrySet()) {
            RequestMappingInfo info = entry.getKey();
            Set<RequestMethod> methods = info.getMethodsCondition().getMethods();
            if (!methods.isEmpty() && !methods.contains(RequestMethod.POST)) {
                continue;
            }
            if (!entry.getValue().getBeanType().getPackageName().startsWith("app.kintsugi")) {
                continue;
            }
            for (String pattern : info.getPatternValues()) {
                if (pattern.equals("/sign-out") || pattern.startsWith("/api/")) {
                    continue;
                }
                Set<String> fields = new LinkedHashSet<>();
                for (Parameter parameter : entry.getValue().getMethod().getParameters()) {
                    RequestParam param = parameter.getAnnotation(RequestParam.class);
                    if (param != null) {
                        String name = !param.name().isEmpty() ? param.name() : param.value();
                        fields.add(name.isEmpty() ? parameter.getName() : name);
                    } else if (parameter.getAnnotation(PathVariable.class) == null && isForm(parameter)) {
                        for (PropertyDescriptor property : BeanUtils.getPropertyDescriptors(parameter.getType())) {
                            if (property.getWriteMethod() != null) {
                                fields.add(property.getName());
                            }
                        }
                    }
                }
                routes.merge(pattern, new Route(pattern, fields), (a, b) -> {
                    Set<String> all = new LinkedHashSet<>(a.fields());
                    all.addAll(b.fields());
                    return new Route(pattern, all);
                });
            }
        }
        return new ArrayList<>(routes.values());
    }

    private static boolean isForm(Parameter parameter) {
        Class<?> type = parameter.getType();
        return parameter.getAnnotation(ModelAttribute.class) != null
                || (!BeanUtils.isSimpleProperty(type) && type.getPackageName().startsWith("app.kintsugi")
                        && !type.isRecord() && !type.isInterface());
    }

    private static String expand(String pattern, String value) {
        String safe = value.isEmpty() ? "x" : java.net.URLEncoder.encode(value.length() > 200 ? value.substring(0, 200) : value,
                java.nio.charset.StandardCharsets.UTF_8).replace("+", "%20");
        return pattern.replaceAll("\\{[^/}]+\\}", java.util.regex.Matcher.quoteReplacement(safe));
    }
}
