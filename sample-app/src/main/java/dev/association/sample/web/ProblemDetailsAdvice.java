package dev.association.sample.web;

import dev.association.QueryException;
import dev.association.WriteException;
import dev.association.sample.service.NotFoundException;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/**
 * Answers bad requests with RFC 9457 problem details: 400 for a refused {@code @FindQuery} parameter (an
 * {@code ErrorResponseException}, answered by the superclass), for an unknown attribute (the engine's
 * {@link QueryException}), for a write the database refuses (a {@link WriteException}: nothing is stored) and for
 * malformed parameters or bodies, 404 for a missing row. Never a 500 for the client's
 * mistakes.
 */
@RestControllerAdvice
public class ProblemDetailsAdvice extends ResponseEntityExceptionHandler {

	@ExceptionHandler(QueryException.class)
	ProblemDetail badQuery(QueryException ex) {
		return problem(HttpStatus.BAD_REQUEST, "Bad query", ex.getMessage());
	}

	@ExceptionHandler(WriteException.class)
	ProblemDetail refusedWrite(WriteException ex) {
		return problem(HttpStatus.BAD_REQUEST, "Write refused", ex.getMessage());
	}

	@ExceptionHandler(IllegalArgumentException.class)
	ProblemDetail badArgument(IllegalArgumentException ex) {
		return problem(HttpStatus.BAD_REQUEST, "Bad request", ex.getMessage());
	}

	@ExceptionHandler(NotFoundException.class)
	ProblemDetail notFound(NotFoundException ex) {
		return problem(HttpStatus.NOT_FOUND, "Not found", ex.getMessage());
	}

	private static ProblemDetail problem(HttpStatus status, String title, String detail) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
		problem.setTitle(title);
		return problem;
	}

}
