package dev.association.web;

import java.util.List;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/**
 * A {@link FindQuery} request parameter that is not allowed, unknown or malformed: a 400 problem detail whose
 * {@code detail} names the parameter and what is allowed, with the properties {@code parameter} and
 * {@code allowed}. Thrown before anything is queried.
 */
public class InvalidFindQueryException extends ErrorResponseException {

	private static final long serialVersionUID = 1L;

	private final String parameter;

	/**
	 * Creates the exception.
	 * @param parameter the request parameter, {@code include} for example
	 * @param detail the sentence saying what is wrong and what is allowed
	 * @param allowed what the parameter may name (empty when it is a number)
	 */
	public InvalidFindQueryException(String parameter, String detail, List<String> allowed) {
		super(HttpStatus.BAD_REQUEST, problem(parameter, detail, allowed), null);
		this.parameter = parameter;
	}

	private static ProblemDetail problem(String parameter, String detail, List<String> allowed) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, detail);
		problem.setTitle("Invalid query parameter");
		problem.setProperty("parameter", parameter);
		problem.setProperty("allowed", List.copyOf(allowed));
		return problem;
	}

	/**
	 * The request parameter that was refused.
	 * @return the parameter name
	 */
	public String getParameter() {
		return this.parameter;
	}

	@Override
	public String getMessage() {
		String detail = getBody().getDetail();
		return (detail != null) ? detail : super.getMessage();
	}

}
