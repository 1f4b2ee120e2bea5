package dev.association.repository.factory;

import java.util.Collection;
import java.util.List;
import java.util.Map;

import dev.association.query.Find;
import dev.association.query.Where;
import dev.association.repository.AssociationRepository;
import dev.association.repository.ManyAccessor;
import dev.association.repository.OneAccessor;
import org.jspecify.annotations.Nullable;

/**
 * The derived association methods, Sequelize's mixins: one constant per accepted shape (verb, association kind,
 * name form, parameters after the source instance, result), with the accessor call it stands for.
 */
enum AccessorOperation {

	MANY_GET("get", true, true, Result.LIST, List.of(), (many, args) -> many.get()),

	MANY_GET_FIND("get", true, true, Result.LIST, List.of(Parameter.FIND), (many, args) -> many.get((Find) args[1])),

	MANY_COUNT("count", true, true, Result.COUNT, List.of(), (many, args) -> many.count()),

	MANY_COUNT_WHERE("count", true, true, Result.COUNT, List.of(Parameter.WHERE),
			(many, args) -> many.count((Where) args[1])),

	MANY_SET("set", true, true, Result.VOID, List.of(Parameter.COLLECTION), (many, args) -> {
		many.set(collection(args[1]));
		return null;
	}),

	MANY_ADD("add", true, false, Result.VOID, List.of(Parameter.TARGET), (many, args) -> {
		many.add(args[1]);
		return null;
	}),

	MANY_ADD_THROUGH("add", true, false, Result.VOID, List.of(Parameter.TARGET, Parameter.THROUGH), (many, args) -> {
		many.add(args[1], through(args[2]));
		return null;
	}),

	MANY_ADD_ALL("add", true, true, Result.VOID, List.of(Parameter.COLLECTION), (many, args) -> {
		many.add(collection(args[1]).toArray());
		return null;
	}),

	MANY_CREATE("create", true, false, Result.INSTANCE, List.of(Parameter.INSTANCE),
			(many, args) -> many.create(args[1])),

	MANY_CREATE_THROUGH("create", true, false, Result.INSTANCE, List.of(Parameter.INSTANCE, Parameter.THROUGH),
			(many, args) -> many.create(args[1], through(args[2]))),

	MANY_REMOVE("remove", true, false, Result.VOID, List.of(Parameter.TARGET), (many, args) -> {
		many.remove(args[1]);
		return null;
	}),

	MANY_REMOVE_ALL("remove", true, true, Result.VOID, List.of(Parameter.COLLECTION), (many, args) -> {
		many.remove(collection(args[1]).toArray());
		return null;
	}),

	MANY_HAS("has", true, false, Result.BOOLEAN, List.of(Parameter.TARGET), (many, args) -> many.has(args[1])),

	MANY_HAS_ALL("has", true, true, Result.BOOLEAN, List.of(Parameter.COLLECTION),
			(many, args) -> many.has(collection(args[1]).toArray())),

	ONE_GET("get", false, false, Result.OPTIONAL, List.of(), (OneCall) (one, args) -> one.get()),

	ONE_SET("set", false, false, Result.VOID, List.of(Parameter.TARGET), (OneCall) (one, args) -> {
		one.set(args[1]);
		return null;
	}),

	ONE_CREATE("create", false, false, Result.INSTANCE, List.of(Parameter.INSTANCE),
			(OneCall) (one, args) -> one.create(args[1]));

	/** The verbs, as method-name prefixes. */
	static final List<String> VERBS = List.of("get", "set", "add", "create", "remove", "has", "count");

	private final String verb;

	private final boolean toMany;

	private final boolean plural;

	private final Result result;

	private final List<Parameter> parameters;

	private final Call call;

	AccessorOperation(String verb, boolean toMany, boolean plural, Result result, List<Parameter> parameters,
			ManyCall call) {
		this(verb, toMany, plural, result, parameters, (Call) call);
	}

	AccessorOperation(String verb, boolean toMany, boolean plural, Result result, List<Parameter> parameters,
			Call call) {
		this.verb = verb;
		this.toMany = toMany;
		this.plural = plural;
		this.result = result;
		this.parameters = parameters;
		this.call = call;
	}

	String verb() {
		return this.verb;
	}

	boolean toMany() {
		return this.toMany;
	}

	boolean plural() {
		return this.plural;
	}

	Result result() {
		return this.result;
	}

	List<Parameter> parameters() {
		return this.parameters;
	}

	/**
	 * Calls the accessor that this operation stands for.
	 * @param repository the source model's repository
	 * @param alias the association alias
	 * @param args the method arguments, the source instance first
	 * @return the accessor's result (null for void)
	 */
	@Nullable Object invoke(AssociationRepository<Object, ?> repository, String alias, @Nullable Object[] args) {
		Object source = args[0];
		if (source == null) {
			throw new IllegalArgumentException("The source instance (first argument) must not be null");
		}
		if (this.call instanceof OneCall one) {
			return one.call(repository.one(source, alias), args);
		}
		return ((ManyCall) this.call).call(repository.many(source, alias), args);
	}

	private static Collection<?> collection(@Nullable Object argument) {
		if (argument == null) {
			throw new IllegalArgumentException("The collection argument must not be null");
		}
		return (Collection<?>) argument;
	}

	@SuppressWarnings("unchecked")
	private static Map<String, Object> through(@Nullable Object argument) {
		return (argument != null) ? (Map<String, Object>) argument : Map.of();
	}

	/** What a parameter after the source instance is. */
	enum Parameter {

		/** A {@code Find} for the targets. */
		FIND,
		/** A {@code Where} on the targets. */
		WHERE,
		/** A collection of instances or keys. */
		COLLECTION,
		/** An instance or a key of the target. */
		TARGET,
		/** A new target instance. */
		INSTANCE,
		/** A map of join attributes. */
		THROUGH

	}

	/** What the method returns. */
	enum Result {

		/** A list of targets. */
		LIST,
		/** A number (long or int). */
		COUNT,
		/** A boolean. */
		BOOLEAN,
		/** Nothing. */
		VOID,
		/** The target instance (or nothing). */
		INSTANCE,
		/** An {@code Optional} of the target, or the target itself (null when absent). */
		OPTIONAL

	}

	private interface Call {

	}

	@FunctionalInterface
	private interface ManyCall extends Call {

		@Nullable Object call(ManyAccessor<Object> many, @Nullable Object[] args);

	}

	@FunctionalInterface
	private interface OneCall extends Call {

		@Nullable Object call(OneAccessor<Object> one, @Nullable Object[] args);

	}

}
