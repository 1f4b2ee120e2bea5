package dev.association.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.jspecify.annotations.Nullable;

import org.springframework.validation.DataBinder;
import org.springframework.web.context.request.NativeWebRequest;

/**
 * The raw {@link FindQuery} parameters as Spring's {@code WebDataBinder} constructs them from the request:
 * repeated parameters and comma-separated values both become list entries, trimmed.
 * @param include the include paths
 * @param order the order entries
 * @param limit the limit values
 * @param offset the offset values
 * @param fields the attributes
 */
record FindQueryParameters(@Nullable List<String> include, @Nullable List<String> order,
		@Nullable List<String> limit, @Nullable List<String> offset, @Nullable List<String> fields) {

	static final Set<String> NAMES = Set.of("include", "order", "limit", "offset", "fields");

	/**
	 * Splits entries that still hold commas (a repeated parameter's values are not split by the conversion).
	 * @param values the bound values, or null when the parameter is absent
	 * @return the entries, trimmed, empty ones kept
	 */
	static @Nullable List<String> entries(@Nullable List<String> values) {
		if (values == null) {
			return null;
		}
		List<String> entries = new ArrayList<>();
		for (String value : values) {
			if (value == null) {
				entries.add("");
				continue;
			}
			for (String entry : value.split(",", -1)) {
				entries.add(entry.trim());
			}
		}
		return entries;
	}

	/**
	 * Resolves exactly the five parameter names from the request: no indexed ({@code include[0]}) or nested names,
	 * so that nothing but these parameters reaches the binder.
	 */
	static final class RequestValues implements DataBinder.ValueResolver {

		private final Map<String, String[]> parameters;

		RequestValues(NativeWebRequest request) {
			this.parameters = request.getParameterMap();
		}

		@Override
		public @Nullable Object resolveValue(String name, Class<?> type) {
			String[] values = NAMES.contains(name) ? this.parameters.get(name) : null;
			if (values == null) {
				return null;
			}
			return (values.length == 1) ? values[0] : values;
		}

		@Override
		public Set<String> getNames() {
			return NAMES;
		}

	}

}
