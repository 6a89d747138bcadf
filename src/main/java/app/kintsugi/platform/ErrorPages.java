package app.kintsugi.platform;

import jakarta.servlet.http.HttpServletResponse;

import lombok.RequiredArgsConstructor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.web.bind.MissingPathVariableException;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.resource.NoResourceFoundException;

import app.kintsugi.shared.NotFoundException;

/**
 * "Not allowed" and "does not exist" answer with the same page and status, and a malformed id is
 * simply something that does not exist: never a 500, never a hint.
 */
@ControllerAdvice
@Order(Ordered.LOWEST_PRECEDENCE)
@RequiredArgsConstructor
class ErrorPages {

    private static final Logger log = LoggerFactory.getLogger(ErrorPages.class);
    private final app.kintsugi.platform.api.ApiProblems problems;

    @ExceptionHandler({NotFoundException.class, MethodArgumentTypeMismatchException.class,
            MissingPathVariableException.class, NoResourceFoundException.class})
    Object notFound(jakarta.servlet.http.HttpServletRequest request, HttpServletResponse response) {
        if (app.kintsugi.platform.api.ApiProblems.isApi(request)) {
            // An address under the API that no route answers: problem details, as everywhere under it.
            return problems.entity(problems.of(org.springframework.http.HttpStatus.NOT_FOUND, "not-found", request));
        }
        response.setStatus(HttpServletResponse.SC_NOT_FOUND);
        return "error/404";
    }

    /**
     * A form field that cannot be bound at all, such as a crafted {@code weekDays[300]}: nothing was
     * saved, and the answer says so instead of failing.
     */
    @ExceptionHandler(org.springframework.beans.InvalidPropertyException.class)
    String unreadableForm(Exception e, HttpServletResponse response) {
        log.info("event=form_unreadable type={}", e.getClass().getSimpleName());
        response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
        return "error/400";
    }

    @ExceptionHandler(org.springframework.dao.OptimisticLockingFailureException.class)
    String conflict(Exception e, HttpServletResponse response) {
        log.info("event=conflict type={}", e.getClass().getSimpleName());
        response.setStatus(HttpServletResponse.SC_CONFLICT);
        return "error/409";
    }
}
