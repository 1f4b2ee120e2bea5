package dev.association.web;

import org.springframework.http.ResponseEntity;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * Answers an {@link InvalidFindQueryException} with its 400 problem detail ({@code application/problem+json}).
 * It has the lowest precedence: an application's own advice that handles {@code ErrorResponseException} (such as a
 * {@code ResponseEntityExceptionHandler}) answers first.
 */
@RestControllerAdvice
public class FindQueryExceptionHandler {

	/**
	 * The problem detail of the refused parameter.
	 * @param ex the refusal
	 * @return the response
	 */
	@ExceptionHandler(InvalidFindQueryException.class)
	public ResponseEntity<ProblemDetail> invalidFindQuery(InvalidFindQueryException ex) {
		return ResponseEntity.status(ex.getStatusCode()).headers(ex.getHeaders()).body(ex.getBody());
	}

}
