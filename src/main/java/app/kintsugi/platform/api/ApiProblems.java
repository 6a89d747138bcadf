package app.kintsugi.platform.api;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.MessageSource;
import org.springframework.context.NoSuchMessageException;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;

import app.kintsugi.platform.BrowserLocales;
import app.kintsugi.shared.InvalidInputException;

/**
 * Writes the API's errors as RFC 9457 problem details: a type, a title and a detail in the language
 * the client asks for, and for input that breaks a rule one entry per field with the same code and
 * message the page would show next to it. A problem never holds text a person wrote.
 */
@Component
public class ApiProblems {

    /** Where the API lives; a request under it is answered in JSON, never with a page. */
    public static final String PREFIX = app.kintsugi.platform.ApiRequests.PREFIX;
    private static final String TYPES = "https://kintsugi.invalid/problems/";

    private final MessageSource messages;
    private final tools.jackson.databind.ObjectMapper json;

    ApiProblems(MessageSource messages) {
        this.messages = messages;
        this.json = tools.jackson.databind.json.JsonMapper.builder().build();
    }

    public static boolean isApi(HttpServletRequest request) {
        return app.kintsugi.platform.ApiRequests.is(request);
    }

    /** One field's problem: the field as the request names it, the rule's code and its message. */
    public record FieldProblem(String field, String code, String message) {
    }

    /** A problem of a kind, such as {@code not-found}, with its title and detail from the messages. */
    public ProblemDetail of(HttpStatus status, String kind, HttpServletRequest request) {
        Locale locale = BrowserLocales.spoken(request);
        ProblemDetail problem = ProblemDetail.forStatus(status);
        problem.setType(URI.create(TYPES + kind));
        problem.setTitle(text("api.problem." + kind + ".title", new Object[0], locale));
        problem.setDetail(text("api.problem." + kind + ".detail", new Object[0], locale));
        return problem;
    }

    public ProblemDetail invalid(InvalidInputException e, HttpServletRequest request) {
        Locale locale = BrowserLocales.spoken(request);
        ProblemDetail problem = of(HttpStatus.UNPROCESSABLE_CONTENT, "invalid-input", request);
        List<FieldProblem> fields = new ArrayList<>();
        e.errors().forEach((field, error) -> fields.add(new FieldProblem(field, error.code(), text(error.code(), error.args(), locale))));
        fields.sort(java.util.Comparator.comparing(FieldProblem::field));
        problem.setProperty("errors", fields);
        return problem;
    }

    public ResponseEntity<ProblemDetail> entity(ProblemDetail problem) {
        return ResponseEntity.status(problem.getStatus()).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
    }

    /** For filters, before any controller: writes the problem straight to the response. */
    public void write(HttpServletResponse response, ProblemDetail problem, Map<String, String> headers) throws java.io.IOException {
        response.setStatus(problem.getStatus());
        headers.forEach(response::setHeader);
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.setCharacterEncoding("UTF-8");
        Map<String, Object> body = new java.util.LinkedHashMap<>();
        body.put("type", String.valueOf(problem.getType()));
        body.put("title", problem.getTitle());
        body.put("status", problem.getStatus());
        body.put("detail", problem.getDetail());
        if (problem.getProperties() != null) {
            body.putAll(problem.getProperties());
        }
        response.getWriter().write(json.writeValueAsString(body));
    }

    private String text(String code, Object[] args, Locale locale) {
        try {
            return messages.getMessage(code, args, locale);
        } catch (NoSuchMessageException e) {
            return code;
        }
    }
}
