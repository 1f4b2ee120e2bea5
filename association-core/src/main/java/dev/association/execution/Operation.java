package dev.association.execution;

import java.util.function.Supplier;

import dev.association.metadata.AssociationMetadata;
import dev.association.metadata.ModelMetadata;
import org.jspecify.annotations.Nullable;

/**
 * The repository, accessor or schema call that the current thread's statements run for ({@code find User},
 * {@code set User.roles (belongsToMany Role)}), so that a statement that fails can say which model and operation ran
 * it. Entered once per call, not per statement; described only when a statement fails. The innermost call wins:
 * a hook that calls another repository runs that repository's operation.
 */
public final class Operation {

	private static final ThreadLocal<Operation> current = new ThreadLocal<>();

	private final String name;

	private final Object subject;

	private Operation(String name, Object subject) {
		this.name = name;
		this.subject = subject;
	}

	/**
	 * Runs work as an operation.
	 * @param <T> the result type
	 * @param name what the call does: {@code find}, {@code bulkCreate}, {@code set}
	 * @param subject what it does it to: a {@link ModelMetadata}, an {@link AssociationMetadata} or a text
	 * @param work the work
	 * @return the work's result
	 */
	public static <T> T run(String name, Object subject, Supplier<T> work) {
		Operation previous = current.get();
		current.set(new Operation(name, subject));
		try {
			return work.get();
		}
		finally {
			if (previous != null) {
				current.set(previous);
			}
			else {
				current.remove();
			}
		}
	}

	/**
	 * Runs work that returns nothing as an operation.
	 * @param name what the call does
	 * @param subject what it does it to
	 * @param work the work
	 */
	public static void run(String name, Object subject, Runnable work) {
		run(name, subject, () -> {
			work.run();
			return null;
		});
	}

	/**
	 * The current operation, described: {@code find User}, {@code set User.roles (belongsToMany Role)}.
	 * @param fallback what to say when no operation is running (a statement run outside the repositories)
	 * @return the description
	 */
	public static String describeCurrent(String fallback) {
		Operation operation = current.get();
		return (operation != null) ? operation.describe() : fallback;
	}

	/**
	 * The operation's description.
	 * @return e.g. {@code bulkCreate Item}
	 */
	public String describe() {
		return this.name + " " + describe(this.subject);
	}

	private static String describe(@Nullable Object subject) {
		if (subject instanceof ModelMetadata model) {
			return model.name();
		}
		if (subject instanceof AssociationMetadata association) {
			return association.describe();
		}
		return String.valueOf(subject);
	}

	@Override
	public String toString() {
		return describe();
	}

}
