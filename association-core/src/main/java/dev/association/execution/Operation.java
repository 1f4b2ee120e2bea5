package dev.association.execution;

import java.util.function.Supplier;

import dev.association.metadata.AssociationMetadata;
import dev.association.metadata.ModelMetadata;
import io.micrometer.observation.Observation;
import io.micrometer.observation.ObservationRegistry;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The repository, accessor or schema call that the current thread's statements run for ({@code find User},
 * {@code set User.roles (belongsToMany Role)}), so that a statement that fails can say which model and operation ran
 * it. Entered once per call, not per statement; described only when a statement fails. The innermost call wins:
 * a hook that calls another repository runs that repository's operation.
 * <p>
 * An operation counts its statements and rows. On its first statement the engine's {@link StatementSupport} attaches
 * it: with an {@link ObservationRegistry} other than {@link ObservationRegistry#NOOP} a model's or an association's
 * operation becomes a Micrometer observation ({@code association.query} or {@code association.write}, key values
 * {@code model}, {@code operation}, {@code statements}, {@code rows}); with SQL logging on a find logs one summary
 * line when it ends. A nested operation (a hook calling another repository) is its own observation, a child of the
 * outer one's.
 */
public final class Operation {

	/** The observation of a find, count or accessor get, count or has. */
	public static final String QUERY_OBSERVATION = "association.query";

	/** The observation of a write. */
	public static final String WRITE_OBSERVATION = "association.write";

	private static final Logger sqlLogger = LoggerFactory.getLogger("dev.association.sql");

	private static final ThreadLocal<Operation> current = new ThreadLocal<>();

	private final String name;

	private final Object subject;

	private final @Nullable Operation outer;

	private int statements;

	private long rows;

	private boolean attached;

	private boolean ended;

	private boolean logging;

	private long started;

	private @Nullable Observation observation;

	private Operation(String name, Object subject, @Nullable Operation outer) {
		this.name = name;
		this.subject = subject;
		this.outer = outer;
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
		Operation operation = new Operation(name, subject, current.get());
		try {
			return operation.resume(work);
		}
		finally {
			operation.end();
		}
	}

	/**
	 * An operation whose work runs in several parts ({@link #resume}) until it is {@linkplain #close() closed}: a
	 * stream, one observation however many batches it reads. Its outer operation is the current one now.
	 * @param name what the call does
	 * @param subject what it does it to
	 * @return the operation, not yet running
	 */
	static Operation open(String name, Object subject) {
		return new Operation(name, subject, current.get());
	}

	/**
	 * Runs one part of the operation's work as the current thread's operation.
	 * @param <T> the result type
	 * @param work the work
	 * @return the work's result
	 */
	<T> T resume(Supplier<T> work) {
		Operation previous = current.get();
		current.set(this);
		try {
			return work.get();
		}
		catch (RuntimeException | Error ex) {
			if (this.observation != null) {
				this.observation.error(ex);
			}
			throw ex;
		}
		finally {
			// set, not removed, when there is no outer operation: the thread keeps its entry for the next one
			current.set(previous);
		}
	}

	/**
	 * Ends an operation that was {@linkplain #open opened}: stops its observation and logs its summary, once.
	 */
	void close() {
		end();
	}

	/**
	 * The current thread's operation.
	 * @return the innermost running operation, or null outside the repositories
	 */
	static @Nullable Operation current() {
		return current.get();
	}

	/**
	 * Attaches the operation to an engine on its first statement: starts its observation and its timing.
	 * @param registry the engine's observation registry
	 * @param logging whether SQL logging is on
	 */
	void attach(ObservationRegistry registry, boolean logging) {
		if (this.attached) {
			return;
		}
		this.attached = true;
		this.logging = logging;
		if (logging) {
			this.started = System.nanoTime();
		}
		String model = modelName(this.subject);
		if (model != null && !registry.isNoop()) {
			this.observation = Observation.createNotStarted(isQuery() ? QUERY_OBSERVATION : WRITE_OBSERVATION, registry)
				.lowCardinalityKeyValue("model", model)
				.lowCardinalityKeyValue("operation", this.name)
				.parentObservation((this.outer != null) ? this.outer.observation : null)
				.start();
		}
	}

	/**
	 * Counts a statement and the rows it read or changed.
	 * @param rows the rows
	 */
	void counted(long rows) {
		this.statements++;
		this.rows += rows;
	}

	private boolean isQuery() {
		return this.name.equals("find") || this.name.equals("count") || this.name.equals("get")
				|| this.name.equals("has") || this.name.equals("stream");
	}

	private void end() {
		if (this.ended) {
			return;
		}
		this.ended = true;
		Observation observation = this.observation;
		if (observation != null) {
			observation.highCardinalityKeyValue("statements", String.valueOf(this.statements))
				.highCardinalityKeyValue("rows", String.valueOf(this.rows))
				.stop();
		}
		if (this.logging && (this.name.equals("find") || this.name.equals("stream"))) {
			sqlLogger.info("{}: {} statements, {} rows in {} ms", describe(), this.statements, this.rows,
					StatementSupport.millis(this.started));
		}
	}

	private static @Nullable String modelName(Object subject) {
		if (subject instanceof ModelMetadata model) {
			return model.name();
		}
		if (subject instanceof AssociationMetadata association) {
			return association.source().name();
		}
		return null;
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
