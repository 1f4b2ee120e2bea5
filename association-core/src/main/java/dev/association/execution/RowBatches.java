package dev.association.execution;

import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;

import dev.association.metadata.Attribute;
import dev.association.metadata.ModelMetadata;
import dev.association.query.Find;
import dev.association.query.Order;
import dev.association.query.Sort;
import dev.association.query.Where;
import org.jspecify.annotations.Nullable;

/**
 * The top-level rows of a stream, read one batch of {@link Find#getBatchSize()} rows at a time, each batch a find of
 * one page run with its includes (one statement for the page, one per to-many level), so memory holds one batch
 * whatever the number of rows. Pages follow the find's order. Ordered by the primary key alone (no order given, or
 * {@code order("id")}), a page starts after the last key read ({@code id > ?}, keyset paging: each page costs the
 * same and rows inserted or deleted meanwhile shift nothing); with any other order, pages are taken by offset.
 * Every page's statements are compiled once through the query cache. The finds' own limit and offset count over
 * the whole stream. The stream is one operation (one observation, one SQL-log summary) from its first batch until it
 * is read to its end or closed. Not thread-safe, as a stream's iterator need not be.
 */
final class RowBatches implements Iterator<Object>, AutoCloseable {

	private final QueryEngine engine;

	private final ModelMetadata model;

	private final Find find;

	private final HeldConnection connection;

	private final Operation operation;

	private final @Nullable Attribute keyset;

	private final int batchSize;

	private long loaded;

	private @Nullable Object lastKey;

	private List<Object> batch = List.of();

	private int next;

	private boolean exhausted;

	RowBatches(QueryEngine engine, ModelMetadata model, Find find, HeldConnection connection) {
		this.engine = engine;
		this.model = model;
		this.find = find;
		this.connection = connection;
		this.keyset = keyset(model, find);
		this.batchSize = find.getBatchSize();
		this.operation = Operation.open("stream", model);
	}

	/**
	 * The primary key when the rows are ordered by it alone and it is read into the rows, else null.
	 */
	private static @Nullable Attribute keyset(ModelMetadata model, Find find) {
		Attribute id = model.id();
		if (id == null || !id.hasField()) {
			return null;
		}
		List<String> attributes = find.getAttributes();
		if (attributes != null && !attributes.contains(id.name())) {
			return null;
		}
		List<Sort> orders = find.getOrders();
		return (orders.isEmpty() || (orders.size() == 1 && orders.get(0).path().equals(id.name())
				&& orders.get(0).direction() == Order.ASC)) ? id : null;
	}

	@Override
	public boolean hasNext() {
		while (this.next == this.batch.size()) {
			if (this.exhausted) {
				return false;
			}
			load();
		}
		return true;
	}

	@Override
	public Object next() {
		if (!hasNext()) {
			throw new NoSuchElementException();
		}
		return this.batch.get(this.next++);
	}

	private void load() {
		this.batch = List.of();
		this.next = 0;
		Integer limit = this.find.getLimit();
		long size = (limit != null) ? Math.min(this.batchSize, limit - this.loaded) : this.batchSize;
		if (size <= 0) {
			finish();
			return;
		}
		Find page = page((int) size);
		List<Object> rows = this.operation.resume(() -> this.engine.batch(this.connection, this.model, page));
		this.loaded += rows.size();
		if (rows.size() < size) {
			finish();
		}
		Attribute key = this.keyset;
		if (key != null && !rows.isEmpty()) {
			this.lastKey = key.get(rows.get(rows.size() - 1));
		}
		this.batch = rows;
	}

	private Find page(int size) {
		Integer offset = this.find.getOffset();
		Attribute key = this.keyset;
		if (key == null) {
			long skipped = ((offset != null) ? offset : 0) + this.loaded;
			return this.find.limit(size).offset(Math.toIntExact(skipped));
		}
		Object last = this.lastKey;
		if (last == null) {
			return this.find.limit(size);
		}
		Find after = this.find.and(Where.gt(key.name(), last)).limit(size);
		return (offset != null) ? after.offset(0) : after;
	}

	private void finish() {
		this.exhausted = true;
		this.connection.close();
		this.operation.close();
	}

	/**
	 * Ends the stream and gives its connection back.
	 */
	@Override
	public void close() {
		this.exhausted = true;
		this.batch = List.of();
		this.next = 0;
		this.connection.close();
		this.operation.close();
	}

}
