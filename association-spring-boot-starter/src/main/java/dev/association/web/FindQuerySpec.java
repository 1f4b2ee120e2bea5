package dev.association.web;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import dev.association.metadata.Attribute;
import dev.association.metadata.ModelMetadata;
import dev.association.query.Find;
import dev.association.query.Include;
import dev.association.query.Order;
import org.jspecify.annotations.Nullable;

/**
 * What one {@link FindQuery} parameter allows, checked against its model once, and the building of a {@link Find}
 * from bound request parameters.
 */
final class FindQuerySpec {

	private static final Pattern WHOLE_NUMBER = Pattern.compile("[0-9]{1,10}");

	private final List<String> includes;

	private final Set<String> includePrefixes;

	private final List<String> orders;

	private final List<String> attributes;

	private final int maxLimit;

	FindQuerySpec(FindQuery annotation, ModelMetadata model) {
		this.includes = List.of(annotation.includes());
		this.includePrefixes = prefixes(this.includes);
		this.orders = List.of(annotation.orders());
		this.attributes = model.attributes().stream().map(Attribute::name).toList();
		this.maxLimit = annotation.maxLimit();
	}

	private static Set<String> prefixes(List<String> paths) {
		Set<String> prefixes = new LinkedHashSet<>();
		for (String path : paths) {
			int dot = path.indexOf('.');
			while (dot >= 0) {
				prefixes.add(path.substring(0, dot));
				dot = path.indexOf('.', dot + 1);
			}
			prefixes.add(path);
		}
		return prefixes;
	}

	List<String> includes() {
		return this.includes;
	}

	List<String> orders() {
		return this.orders;
	}

	int maxLimit() {
		return this.maxLimit;
	}

	Find find(FindQueryParameters parameters) {
		Find find = Find.all();
		List<Include> includes = includes(FindQueryParameters.entries(parameters.include()));
		if (!includes.isEmpty()) {
			find = find.include(includes.toArray(Include[]::new));
		}
		find = order(find, FindQueryParameters.entries(parameters.order()));
		List<String> fields = fields(FindQueryParameters.entries(parameters.fields()));
		if (fields != null) {
			find = find.attributes(fields.toArray(String[]::new));
		}
		Integer limit = number("limit", parameters.limit(), 1, this.maxLimit);
		find = find.limit((limit != null) ? limit : this.maxLimit);
		Integer offset = number("offset", parameters.offset(), 0, Integer.MAX_VALUE);
		return (offset != null) ? find.offset(offset) : find;
	}

	private List<Include> includes(@Nullable List<String> paths) {
		IncludeNode root = new IncludeNode();
		if (paths == null) {
			return List.of();
		}
		for (String path : paths) {
			if (!this.includePrefixes.contains(path)) {
				String allowed = this.includes.isEmpty() ? "This endpoint allows no includes."
						: "Allowed include paths (and their prefixes): " + String.join(", ", this.includes) + ".";
				throw new InvalidFindQueryException("include",
						"Parameter 'include': " + describe(path) + " is not allowed. " + allowed, this.includes);
			}
			IncludeNode node = root;
			for (String alias : path.split("\\.")) {
				node = node.children.computeIfAbsent(alias, (key) -> new IncludeNode());
			}
		}
		return root.includes();
	}

	private Find order(Find find, @Nullable List<String> entries) {
		if (entries == null) {
			return find;
		}
		Set<String> seen = new LinkedHashSet<>();
		for (String entry : entries) {
			boolean descending = entry.startsWith("-");
			String attribute = descending ? entry.substring(1) : entry;
			if (!this.orders.contains(attribute)) {
				String allowed = this.orders.isEmpty() ? "This endpoint allows no ordering."
						: "Allowed order attributes: " + String.join(", ", this.orders)
								+ " (prefix '-' for descending).";
				throw new InvalidFindQueryException("order",
						"Parameter 'order': " + describe(entry) + " is not allowed. " + allowed, this.orders);
			}
			if (!seen.add(attribute)) {
				throw new InvalidFindQueryException("order", "Parameter 'order' names '" + attribute
						+ "' more than once. Allowed order attributes: " + String.join(", ", this.orders) + ".",
						this.orders);
			}
			find = find.order(attribute, descending ? Order.DESC : Order.ASC);
		}
		return find;
	}

	private @Nullable List<String> fields(@Nullable List<String> entries) {
		if (entries == null) {
			return null;
		}
		Set<String> fields = new LinkedHashSet<>();
		for (String entry : entries) {
			if (!this.attributes.contains(entry)) {
				throw new InvalidFindQueryException("fields", "Parameter 'fields': " + describe(entry)
						+ " is not an attribute. Attributes: " + String.join(", ", this.attributes) + ".",
						this.attributes);
			}
			fields.add(entry);
		}
		if (fields.isEmpty()) {
			throw new InvalidFindQueryException("fields", "Parameter 'fields' is empty. Attributes: "
					+ String.join(", ", this.attributes) + ".", this.attributes);
		}
		return new ArrayList<>(fields);
	}

	private static @Nullable Integer number(String name, @Nullable List<String> values, int min, int max) {
		if (values == null) {
			return null;
		}
		String range = "a whole number from " + min + " to " + max;
		if (values.size() > 1) {
			throw new InvalidFindQueryException(name, "Parameter '" + name + "' must be given once, as " + range
					+ ", not " + values.size() + " values.", List.of());
		}
		String value = values.isEmpty() ? "" : values.get(0);
		long number = WHOLE_NUMBER.matcher(value).matches() ? Long.parseLong(value) : -1;
		if (number < min || number > max) {
			throw new InvalidFindQueryException(name,
					"Parameter '" + name + "' must be " + range + ", not " + describe(value) + ".", List.of());
		}
		return (int) number;
	}

	private static String describe(String value) {
		if (value.isEmpty()) {
			return "an empty value";
		}
		String shown = (value.length() > 60) ? value.substring(0, 60) + "..." : value;
		return "'" + shown + "'";
	}

	private static final class IncludeNode {

		private final Map<String, IncludeNode> children = new LinkedHashMap<>();

		List<Include> includes() {
			List<Include> includes = new ArrayList<>();
			this.children.forEach((alias, child) -> {
				List<Include> nested = child.includes();
				includes.add(nested.isEmpty() ? Include.of(alias)
						: Include.of(alias).include(nested.toArray(Include[]::new)));
			});
			return includes;
		}

	}

	@Override
	public String toString() {
		return "FindQuerySpec[includes=" + this.includes + ", orders=" + this.orders + ", maxLimit=" + this.maxLimit
				+ ", attributes=" + Arrays.toString(this.attributes.toArray()) + "]";
	}

}
