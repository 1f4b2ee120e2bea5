package dev.association.query;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.springframework.util.Assert;

/**
 * An association to load with its parents, with its own condition, attributes, order, per-parent limit and nested
 * includes. Immutable: every method returns a new instance.
 * <pre>{@code
 * Include.of("posts").where(Where.eq("published", true)).order("createdAt", Order.DESC).limit(3)
 *     .include(Include.of("comments").include("commenter"))
 * }</pre>
 */
public final class Include {

	private final @Nullable String alias;

	private final @Nullable Class<?> target;

	private final boolean all;

	private final boolean nested;

	private final @Nullable Where where;

	private final @Nullable Boolean required;

	private final @Nullable List<String> attributes;

	private final List<Sort> orders;

	private final @Nullable Integer limit;

	private final @Nullable List<String> through;

	private final @Nullable Boolean separate;

	private final List<Include> includes;

	private final @Nullable Where throughWhere;

	private final @Nullable Boolean paranoid;

	private Include(@Nullable String alias, @Nullable Class<?> target, boolean all, boolean nested,
			@Nullable Where where, @Nullable Boolean required, @Nullable List<String> attributes, List<Sort> orders,
			@Nullable Integer limit, @Nullable List<String> through, @Nullable Boolean separate,
			List<Include> includes, @Nullable Where throughWhere, @Nullable Boolean paranoid) {
		this.alias = alias;
		this.target = target;
		this.all = all;
		this.nested = nested;
		this.where = where;
		this.required = required;
		this.attributes = attributes;
		this.orders = orders;
		this.limit = limit;
		this.through = through;
		this.separate = separate;
		this.includes = includes;
		this.throughWhere = throughWhere;
		this.paranoid = paranoid;
	}

	/**
	 * The association with this alias.
	 * @param alias the alias
	 * @return the include
	 */
	public static Include of(String alias) {
		Assert.hasText(alias, "Alias must not be empty");
		return new Include(alias, null, false, false, null, null, null, List.of(), null, null, null, List.of(), null,
				null);
	}

	/**
	 * The one association of the parent model that reaches this target (an error when several do).
	 * @param target the target model
	 * @return the include
	 */
	public static Include of(Class<?> target) {
		Assert.notNull(target, "Target must not be null");
		return new Include(null, target, false, false, null, null, null, List.of(), null, null, null, List.of(), null,
				null);
	}

	/**
	 * Every association of the parent model, one level deep ({@link #nested()} for all levels).
	 * @return the include
	 */
	public static Include all() {
		return new Include(null, null, true, false, null, null, null, List.of(), null, null, null, List.of(), null,
				null);
	}

	/**
	 * A dotted path, {@code "posts.comments.commenter"}: each segment included in the one before.
	 * @param path the alias or dotted path
	 * @return the include of the first segment, with the rest nested
	 */
	public static Include path(String path) {
		Assert.hasText(path, "Include path must not be empty");
		int dot = path.indexOf('.');
		if (dot < 0) {
			return of(path);
		}
		return of(path.substring(0, dot)).include(path(path.substring(dot + 1)));
	}

	/**
	 * With {@link #all()}: follows every association once per path, stopping at cycles.
	 * @return a new include
	 */
	public Include nested() {
		Assert.state(this.all, "nested() applies to Include.all() only");
		return new Include(this.alias, this.target, this.all, true, this.where, this.required, this.attributes,
				this.orders, this.limit, this.through, this.separate, this.includes,
				this.throughWhere, this.paranoid);
	}

	/**
	 * A condition on the included rows; makes the include required unless {@code required(false)} is given.
	 * @param where the condition
	 * @return a new include
	 */
	public Include where(Where where) {
		Assert.notNull(where, "Where must not be null");
		return new Include(this.alias, this.target, this.all, this.nested, where, this.required, this.attributes,
				this.orders, this.limit, this.through, this.separate, this.includes,
				this.throughWhere, this.paranoid);
	}

	/**
	 * A condition on the join rows of a belongsToMany include (Sequelize's {@code through: { where }}); makes the
	 * include required unless {@code required(false)} is given.
	 * @param where a condition on the join model's attributes
	 * @return a new include
	 */
	public Include throughWhere(Where where) {
		Assert.notNull(where, "Through where must not be null");
		return new Include(this.alias, this.target, this.all, this.nested, this.where, this.required, this.attributes,
				this.orders, this.limit, this.through, this.separate, this.includes, where, this.paranoid);
	}

	/**
	 * Whether parents without a matching row are dropped (INNER semantics).
	 * @param required true to drop parents with no match
	 * @return a new include
	 */
	public Include required(boolean required) {
		return new Include(this.alias, this.target, this.all, this.nested, this.where, required, this.attributes,
				this.orders, this.limit, this.through, this.separate, this.includes,
				this.throughWhere, this.paranoid);
	}

	/**
	 * The attributes to read of the included rows.
	 * @param attributes the attribute names
	 * @return a new include
	 */
	public Include attributes(String... attributes) {
		return new Include(this.alias, this.target, this.all, this.nested, this.where, this.required,
				List.of(attributes), this.orders, this.limit, this.through, this.separate, this.includes,
				this.throughWhere, this.paranoid);
	}

	/**
	 * Orders the included rows of each parent, ascending.
	 * @param attribute the attribute
	 * @return a new include
	 */
	public Include order(String attribute) {
		return order(attribute, Order.ASC);
	}

	/**
	 * Orders the included rows of each parent.
	 * @param attribute the attribute
	 * @param direction the direction
	 * @return a new include
	 */
	public Include order(String attribute, Order direction) {
		List<Sort> all = new ArrayList<>(this.orders);
		all.add(new Sort(attribute, direction));
		return new Include(this.alias, this.target, this.all, this.nested, this.where, this.required,
				this.attributes, List.copyOf(all), this.limit, this.through, this.separate, this.includes,
				this.throughWhere, this.paranoid);
	}

	/**
	 * At most this many included rows per parent (to-many only).
	 * @param limit the per-parent limit
	 * @return a new include
	 */
	public Include limit(int limit) {
		Assert.isTrue(limit >= 0, "Limit must not be negative");
		return new Include(this.alias, this.target, this.all, this.nested, this.where, this.required,
				this.attributes, this.orders, limit, this.through, this.separate, this.includes,
				this.throughWhere, this.paranoid);
	}

	/**
	 * The join-row attributes to read into the target's join-model field (belongsToMany).
	 * @param attributes the join-model attribute names
	 * @return a new include
	 */
	public Include through(String... attributes) {
		return new Include(this.alias, this.target, this.all, this.nested, this.where, this.required,
				this.attributes, this.orders, this.limit, List.of(attributes), this.separate, this.includes,
				this.throughWhere, this.paranoid);
	}

	/**
	 * Whether a to-many include runs as its own batched statement (the default) or is joined into its parent's.
	 * @param separate false to join into the parent's statement
	 * @return a new include
	 */
	public Include separate(boolean separate) {
		return new Include(this.alias, this.target, this.all, this.nested, this.where, this.required,
				this.attributes, this.orders, this.limit, this.through, separate, this.includes,
				this.throughWhere, this.paranoid);
	}

	/**
	 * Whether soft-deleted rows of a paranoid included model are skipped (the default) or read too, as Sequelize's
	 * {@code paranoid: false} on an include; soft-deleted join rows of a paranoid join model are skipped either way.
	 * @param paranoid false to include soft-deleted rows too
	 * @return a new include
	 */
	public Include paranoid(boolean paranoid) {
		return new Include(this.alias, this.target, this.all, this.nested, this.where, this.required,
				this.attributes, this.orders, this.limit, this.through, this.separate, this.includes,
				this.throughWhere, paranoid);
	}

	/**
	 * Nested includes of the included model.
	 * @param includes the includes
	 * @return a new include
	 */
	public Include include(Include... includes) {
		List<Include> all = new ArrayList<>(this.includes);
		all.addAll(Arrays.asList(includes));
		return new Include(this.alias, this.target, this.all, this.nested, this.where, this.required,
				this.attributes, this.orders, this.limit, this.through, this.separate, List.copyOf(all),
				this.throughWhere, this.paranoid);
	}

	/**
	 * Nested includes by alias or dotted path.
	 * @param aliases the aliases or paths
	 * @return a new include
	 */
	public Include include(String... aliases) {
		return include(Arrays.stream(aliases).map(Include::path).toArray(Include[]::new));
	}

	/**
	 * The alias.
	 * @return the alias, or null for {@link #of(Class)} and {@link #all()}
	 */
	public @Nullable String getAlias() {
		return this.alias;
	}

	/**
	 * The target class of {@link #of(Class)}.
	 * @return the target, or null
	 */
	public @Nullable Class<?> getTarget() {
		return this.target;
	}

	/**
	 * Whether this is {@link #all()}.
	 * @return true for all associations
	 */
	public boolean isAll() {
		return this.all;
	}

	/**
	 * Whether this is {@code all().nested()}.
	 * @return true for all associations at every level
	 */
	public boolean isNested() {
		return this.nested;
	}

	/**
	 * The condition.
	 * @return the condition, or null
	 */
	public @Nullable Where getWhere() {
		return this.where;
	}

	/**
	 * Whether the include is required, by Sequelize's rule: as given, else true when there is a condition (on the
	 * rows or on the join rows).
	 * @return true for INNER semantics
	 */
	public boolean isRequired() {
		return (this.required != null) ? this.required : (this.where != null || this.throughWhere != null);
	}

	/**
	 * The condition on the join rows of a belongsToMany include.
	 * @return the condition, or null
	 */
	public @Nullable Where getThroughWhere() {
		return this.throughWhere;
	}

	/**
	 * Whether soft-deleted rows are skipped.
	 * @return the explicit choice, or null for the default (skipped)
	 */
	public @Nullable Boolean getParanoid() {
		return this.paranoid;
	}

	/**
	 * Whether soft-deleted rows of the included model are skipped.
	 * @return true unless {@code paranoid(false)} was given
	 */
	public boolean isParanoid() {
		return !Boolean.FALSE.equals(this.paranoid);
	}

	/**
	 * The attributes to read.
	 * @return the attribute names, or null for all
	 */
	public @Nullable List<String> getAttributes() {
		return this.attributes;
	}

	/**
	 * The orders of the included rows.
	 * @return the orders
	 */
	public List<Sort> getOrders() {
		return this.orders;
	}

	/**
	 * The per-parent limit.
	 * @return the limit, or null
	 */
	public @Nullable Integer getLimit() {
		return this.limit;
	}

	/**
	 * The join attributes to read.
	 * @return the join attribute names, or null for all
	 */
	public @Nullable List<String> getThrough() {
		return this.through;
	}

	/**
	 * Whether the include is a separate statement.
	 * @return the explicit choice, or null for the engine's default
	 */
	public @Nullable Boolean getSeparate() {
		return this.separate;
	}

	/**
	 * The nested includes.
	 * @return the nested includes
	 */
	public List<Include> getIncludes() {
		return this.includes;
	}

	@Override
	public String toString() {
		String name = (this.alias != null) ? this.alias
				: (this.target != null) ? this.target.getSimpleName() : (this.nested ? "all.nested" : "all");
		return "Include[" + name + ((this.where != null) ? ", where=" + this.where : "")
				+ ((this.limit != null) ? ", limit=" + this.limit : "")
				+ (this.includes.isEmpty() ? "" : ", includes=" + this.includes) + "]";
	}

}
