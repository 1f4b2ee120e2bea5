package dev.association.repository.support;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import dev.association.QueryException;
import dev.association.metadata.Attribute;
import dev.association.metadata.ModelMetadata;
import dev.association.query.Find;
import dev.association.query.Include;
import dev.association.query.Order;
import dev.association.query.Sort;
import dev.association.query.Where;
import org.jspecify.annotations.Nullable;

import org.springframework.data.domain.KeysetScrollPosition;
import org.springframework.data.domain.OffsetScrollPosition;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.ScrollPosition;
import org.springframework.data.domain.Window;
import org.springframework.data.support.PageableExecutionUtils;

/**
 * Pages and windows of a find for one model: a Spring Data {@link Pageable} becomes the find's limit, offset and
 * extra order; a {@link ScrollPosition} becomes an offset or a keyset condition ({@link Where.Keyset}) on the find's
 * order plus the primary key. Each window reads one row more than its size to tell whether another follows.
 */
final class FindWindows {

	private final ModelMetadata model;

	FindWindows(ModelMetadata model) {
		this.model = model;
	}

	<T> Page<T> page(Find find, Pageable pageable, Function<Find, List<T>> findAll, Function<Find, Long> count) {
		List<Sort> orders = new ArrayList<>(find.getOrders());
		for (org.springframework.data.domain.Sort.Order order : pageable.getSort()) {
			if (order.isIgnoreCase() || order.getNullHandling() != org.springframework.data.domain.Sort.NullHandling.NATIVE) {
				throw new QueryException("Cannot sort " + this.model.name() + " by '" + order.getProperty()
						+ "' with ignoreCase or a null handling: NULLs sort where the database sorts them.");
			}
			orders.add(new Sort(order.getProperty(), order.isAscending() ? Order.ASC : Order.DESC));
		}
		Integer limit = pageable.isPaged() ? pageable.getPageSize() : null;
		Integer offset = pageable.isPaged() ? Math.toIntExact(pageable.getOffset()) : null;
		List<T> rows = findAll.apply(rebuilt(find, find.getAttributes(), orders, find.getWhere(), limit, offset));
		return PageableExecutionUtils.getPage(rows, pageable, () -> count.apply(find));
	}

	<T> Window<T> scroll(Find find, ScrollPosition position, Function<Find, List<T>> findAll) {
		Integer size = find.getLimit();
		if (size == null) {
			throw new QueryException("scroll(find, position) of " + this.model.name()
					+ " needs the window size as the find's limit, e.g. Find.all().order(\"id\").limit(20).");
		}
		if (position instanceof OffsetScrollPosition offsets) {
			long first = offsets.isInitial() ? 0 : offsets.getOffset() + 1;
			List<T> rows = findAll.apply(rebuilt(find, find.getAttributes(), find.getOrders(), find.getWhere(),
					size + 1, Math.toIntExact(first)));
			boolean hasNext = rows.size() > size;
			return Window.from(hasNext ? rows.subList(0, size) : rows, offsets.positionFunction(), hasNext);
		}
		if (!(position instanceof KeysetScrollPosition keyset)) {
			throw new QueryException("scroll(find, position) of " + this.model.name()
					+ " takes ScrollPosition.keyset() or ScrollPosition.offset() positions, not " + position + ".");
		}
		return keysetWindow(find, size, keyset, findAll);
	}

	private <T> Window<T> keysetWindow(Find find, int size, KeysetScrollPosition position,
			Function<Find, List<T>> findAll) {
		List<Sort> keyOrder = keyOrder(find);
		boolean backward = position.scrollsBackward();
		List<Sort> queried = new ArrayList<>(keyOrder.size());
		for (Sort sort : keyOrder) {
			queried.add(backward ? new Sort(sort.path(), reverse(sort.direction())) : sort);
		}
		Where where = find.getWhere();
		if (!position.isInitial()) {
			Where keyset = keyset(queried, position.getKeys());
			where = (where != null) ? Where.and(where, keyset) : keyset;
		}
		List<String> attributes = find.getAttributes();
		if (attributes != null) {
			LinkedHashSet<String> read = new LinkedHashSet<>(attributes);
			keyOrder.forEach((sort) -> read.add(sort.path()));
			attributes = List.copyOf(read);
		}
		List<T> rows = new ArrayList<>(findAll.apply(rebuilt(find, attributes, queried, where, size + 1, null)));
		boolean hasNext = rows.size() > size;
		if (hasNext) {
			rows.remove(size);
		}
		if (backward) {
			Collections.reverse(rows);
		}
		List<T> window = List.copyOf(rows);
		return Window.from(window, (index) -> ScrollPosition.of(keys(keyOrder, window.get(index)),
				position.getDirection()), hasNext);
	}

	/**
	 * The find's order, each entry an attribute of the model, then the primary key unless the order ends with it.
	 */
	private List<Sort> keyOrder(Find find) {
		Attribute id = this.model.requireId();
		List<Sort> orders = new ArrayList<>();
		boolean byId = false;
		for (Sort sort : find.getOrders()) {
			if (sort.path().indexOf('.') >= 0) {
				throw new QueryException("Cannot scroll " + this.model.name() + " by keyset on '" + sort.path()
						+ "': a keyset is made of the model's own attributes. Attributes of " + this.model.name()
						+ ": " + String.join(", ", this.model.attributes().stream().map(Attribute::name).toList())
						+ ".");
			}
			this.model.attribute(sort.path());
			orders.add(sort);
			byId = byId || sort.path().equals(id.name());
		}
		if (!byId) {
			orders.add(new Sort(id.name(), Order.ASC));
		}
		return List.copyOf(orders);
	}

	private Where keyset(List<Sort> orders, Map<String, ?> keys) {
		List<String> attributes = new ArrayList<>(orders.size());
		List<Order> directions = new ArrayList<>(orders.size());
		List<@Nullable Object> values = new ArrayList<>(orders.size());
		for (Sort sort : orders) {
			if (!keys.containsKey(sort.path())) {
				throw new QueryException("The keyset position " + keys + " has no value for '" + sort.path()
						+ "', which orders the rows of " + this.model.name() + ". Take positions from the window: "
						+ "window.positionAt(index).");
			}
			attributes.add(sort.path());
			directions.add(sort.direction());
			values.add(keys.get(sort.path()));
		}
		return new Where.Keyset(attributes, directions, values);
	}

	private Map<String, @Nullable Object> keys(List<Sort> orders, Object row) {
		Map<String, @Nullable Object> keys = new LinkedHashMap<>();
		for (Sort sort : orders) {
			keys.put(sort.path(), this.model.attribute(sort.path()).get(row));
		}
		return keys;
	}

	private static Order reverse(Order direction) {
		return (direction == Order.ASC) ? Order.DESC : Order.ASC;
	}

	/**
	 * The find with another attribute list, order, condition, limit and offset; its includes as they are.
	 */
	private static Find rebuilt(Find find, @Nullable List<String> attributes, List<Sort> orders, @Nullable Where where,
			@Nullable Integer limit, @Nullable Integer offset) {
		Find rebuilt = (where != null) ? Find.where(where) : Find.all();
		if (!find.getIncludes().isEmpty()) {
			rebuilt = rebuilt.include(find.getIncludes().toArray(Include[]::new));
		}
		if (attributes != null) {
			rebuilt = rebuilt.attributes(attributes.toArray(String[]::new));
		}
		for (Sort sort : orders) {
			rebuilt = rebuilt.order(sort.path(), sort.direction());
		}
		if (limit != null) {
			rebuilt = rebuilt.limit(limit);
		}
		if (offset != null) {
			rebuilt = rebuilt.offset(offset);
		}
		return rebuilt.paranoid(find.isParanoid());
	}

}
