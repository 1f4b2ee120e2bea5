package dev.association.query;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.springframework.util.Assert;

/**
 * What to find: a condition, includes, attributes, order, limit and offset. Immutable: every method returns a
 * new instance, so a {@code Find} can be kept in a constant and reused.
 * <pre>{@code
 * Find.where(Where.eq("active", true)).include(Include.of("posts").limit(5)).order("username").limit(20)
 * }</pre>
 */
public final class Find {

	/** The number of top-level rows a stream loads at once, with their includes, unless {@link #batchSize} says. */
	public static final int DEFAULT_BATCH_SIZE = 1000;

	private static final Find ALL = new Find(null, List.of(), null, List.of(), null, null, DEFAULT_BATCH_SIZE, true);

	private final @Nullable Where where;

	private final List<Include> includes;

	private final @Nullable List<String> attributes;

	private final List<Sort> orders;

	private final @Nullable Integer limit;

	private final @Nullable Integer offset;

	private final int batchSize;

	private final boolean paranoid;

	private Find(@Nullable Where where, List<Include> includes, @Nullable List<String> attributes, List<Sort> orders,
			@Nullable Integer limit, @Nullable Integer offset, int batchSize, boolean paranoid) {
		this.where = where;
		this.includes = includes;
		this.attributes = attributes;
		this.orders = orders;
		this.limit = limit;
		this.offset = offset;
		this.batchSize = batchSize;
		this.paranoid = paranoid;
	}

	/**
	 * Every row, nothing included.
	 * @return the find
	 */
	public static Find all() {
		return ALL;
	}

	/**
	 * The rows that match a condition.
	 * @param where the condition
	 * @return the find
	 */
	public static Find where(Where where) {
		Assert.notNull(where, "Where must not be null");
		return new Find(where, List.of(), null, List.of(), null, null, DEFAULT_BATCH_SIZE, true);
	}

	/**
	 * Adds a condition (combined with AND when there is one already).
	 * @param condition the condition
	 * @return a new find
	 */
	public Find and(Where condition) {
		Assert.notNull(condition, "Where must not be null");
		Where combined = (this.where != null) ? Where.and(this.where, condition) : condition;
		return new Find(combined, this.includes, this.attributes, this.orders, this.limit, this.offset, this.batchSize,
				this.paranoid);
	}

	/**
	 * Adds includes.
	 * @param includes the includes
	 * @return a new find
	 */
	public Find include(Include... includes) {
		List<Include> all = new ArrayList<>(this.includes);
		all.addAll(Arrays.asList(includes));
		return new Find(this.where, List.copyOf(all), this.attributes, this.orders,
				this.limit, this.offset, this.batchSize,
				this.paranoid);
	}

	/**
	 * Adds includes by alias; a dotted path ({@code "posts.comments"}) includes each level.
	 * @param aliases the aliases or paths
	 * @return a new find
	 */
	public Find include(String... aliases) {
		return include(Arrays.stream(aliases).map(Include::path).toArray(Include[]::new));
	}

	/**
	 * Limits the attributes read (primary and foreign keys needed for stitching are read anyway).
	 * @param attributes the attribute names
	 * @return a new find
	 */
	public Find attributes(String... attributes) {
		return new Find(this.where, this.includes, List.of(attributes), this.orders,
				this.limit, this.offset, this.batchSize,
				this.paranoid);
	}

	/**
	 * Adds an ascending order.
	 * @param path an attribute or a to-one path such as {@code "profile.bio"}
	 * @return a new find
	 */
	public Find order(String path) {
		return order(path, Order.ASC);
	}

	/**
	 * Adds an order.
	 * @param path an attribute or a to-one path such as {@code "profile.bio"}
	 * @param direction the direction
	 * @return a new find
	 */
	public Find order(String path, Order direction) {
		List<Sort> all = new ArrayList<>(this.orders);
		all.add(new Sort(path, direction));
		return new Find(this.where, this.includes, this.attributes, List.copyOf(all),
				this.limit, this.offset, this.batchSize,
				this.paranoid);
	}

	/**
	 * At most this many top-level rows, whatever is included.
	 * @param limit the limit
	 * @return a new find
	 */
	public Find limit(int limit) {
		Assert.isTrue(limit >= 0, "Limit must not be negative");
		return new Find(this.where, this.includes, this.attributes, this.orders, limit, this.offset, this.batchSize,
				this.paranoid);
	}

	/**
	 * Skips this many top-level rows.
	 * @param offset the offset
	 * @return a new find
	 */
	public Find offset(int offset) {
		Assert.isTrue(offset >= 0, "Offset must not be negative");
		return new Find(this.where, this.includes, this.attributes, this.orders, this.limit, offset, this.batchSize,
				this.paranoid);
	}

	/**
	 * Whether soft-deleted rows of a paranoid model are skipped (the default) or read too, as Sequelize's
	 * {@code paranoid: false}; it applies to the top-level rows only, each include has its own
	 * {@link Include#paranoid(boolean)}.
	 * @param paranoid false to read soft-deleted rows too
	 * @return a new find
	 */
	public Find paranoid(boolean paranoid) {
		return new Find(this.where, this.includes, this.attributes, this.orders, this.limit, this.offset,
				this.batchSize, paranoid);
	}

	/**
	 * Whether soft-deleted top-level rows are skipped.
	 * @return true unless {@code paranoid(false)} was given
	 */
	public boolean isParanoid() {
		return this.paranoid;
	}

	/**
	 * How many top-level rows a {@code stream} loads at once, each batch with its includes (default
	 * {@value #DEFAULT_BATCH_SIZE}); a find run by {@code findAll} ignores it.
	 * <pre>{@code users.stream(Find.all().include("posts").batchSize(500))}</pre>
	 * @param batchSize the number of top-level rows per batch, at least 1
	 * @return a new find
	 */
	public Find batchSize(int batchSize) {
		Assert.isTrue(batchSize >= 1, "Batch size must be at least 1");
		return new Find(this.where, this.includes, this.attributes, this.orders, this.limit, this.offset, batchSize,
				this.paranoid);
	}

	/**
	 * The condition.
	 * @return the condition, or null for every row
	 */
	public @Nullable Where getWhere() {
		return this.where;
	}

	/**
	 * The includes.
	 * @return the includes, in the order given
	 */
	public List<Include> getIncludes() {
		return this.includes;
	}

	/**
	 * The attributes to read.
	 * @return the attribute names, or null for all
	 */
	public @Nullable List<String> getAttributes() {
		return this.attributes;
	}

	/**
	 * The orders.
	 * @return the orders, in the order given
	 */
	public List<Sort> getOrders() {
		return this.orders;
	}

	/**
	 * The limit.
	 * @return the limit, or null for none
	 */
	public @Nullable Integer getLimit() {
		return this.limit;
	}

	/**
	 * The offset.
	 * @return the offset, or null for none
	 */
	public @Nullable Integer getOffset() {
		return this.offset;
	}

	/**
	 * The number of top-level rows a stream loads at once.
	 * @return the batch size
	 */
	public int getBatchSize() {
		return this.batchSize;
	}

	@Override
	public String toString() {
		return "Find[where=" + this.where + ", includes=" + this.includes + ", attributes=" + this.attributes
				+ ", orders=" + this.orders + ", limit=" + this.limit + ", offset=" + this.offset
				+ ", batchSize=" + this.batchSize + (this.paranoid ? "" : ", paranoid=false") + "]";
	}

}
