package app.kintsugi.platform.api;

import jakarta.servlet.http.HttpServletRequest;

import lombok.RequiredArgsConstructor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.bind.annotation.RestControllerAdvice;

import app.kintsugi.shared.InvalidInputException;
import app.kintsugi.shared.NotFoundException;
import app.kintsugi.shared.StaleEditException;

/**
 * The one place API exceptions become problem details. Not allowed and not there are the same 404,
 * exactly as for pages; nothing a person wrote is ever echoed back or logged.
 */
@RestControllerAdvice(annotations = RestController.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
@RequiredArgsConstructor
class ApiErrors {

    private static final Logger log = LoggerFactory.getLogger(ApiErrors.class);
    private final ApiProblems problems;

    @ExceptionHandler({NotFoundException.class, org.springframework.web.method.annotation.MethodArgumentTypeMismatchException.class,
            org.springframework.web.bind.MissingPathVariableException.class,
            org.springframework.web.servlet.resource.NoResourceFoundException.class})
    ResponseEntity<ProblemDetail> notFound(HttpServletRequest request) {
        return problems.entity(problems.of(HttpStatus.NOT_FOUND, "not-found", request));
    }

    @ExceptionHandler(InvalidInputException.class)
    ResponseEntity<ProblemDetail> invalid(InvalidInputException e, HttpServletRequest request) {
        return problems.entity(problems.invalid(e, request));
    }

    @ExceptionHandler({StaleEditException.class, org.springframework.dao.OptimisticLockingFailureException.class})
    ResponseEntity<ProblemDetail> stale(HttpServletRequest request) {
        return problems.entity(problems.of(HttpStatus.PRECONDITION_FAILED, "stale", request));
    }

    @ExceptionHandler(EntityTags.PreconditionRequiredException.class)
    ResponseEntity<ProblemDetail> ifMatchMissing(HttpServletRequest request) {
        return problems.entity(problems.of(HttpStatus.PRECONDITION_REQUIRED, "if-match-required", request));
    }

    @ExceptionHandler({org.springframework.http.converter.HttpMessageNotReadableException.class,
            org.springframework.web.bind.MissingServletRequestParameterException.class,
            org.springframework.web.bind.MissingRequestHeaderException.class,
            org.springframework.beans.TypeMismatchException.class})
    ResponseEntity<ProblemDetail> unreadable(Exception e, HttpServletRequest request) {
        log.info("event=api_request_unreadable type={}", e.getClass().getSimpleName());
        return problems.entity(problems.of(HttpStatus.BAD_REQUEST, "unreadable", request));
    }

    @ExceptionHandler(org.springframework.web.HttpMediaTypeNotSupportedException.class)
    ResponseEntity<ProblemDetail> mediaType(HttpServletRequest request) {
        return problems.entity(problems.of(HttpStatus.UNSUPPORTED_MEDIA_TYPE, "media-type", request));
    }

    @ExceptionHandler(org.springframework.web.HttpRequestMethodNotSupportedException.class)
    ResponseEntity<ProblemDetail> method(HttpServletRequest request) {
        return problems.entity(problems.of(HttpStatus.METHOD_NOT_ALLOWED, "method", request));
    }
}
