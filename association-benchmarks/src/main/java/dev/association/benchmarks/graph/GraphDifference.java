package dev.association.benchmarks.graph;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Finds where two canonical graphs (see {@link CanonicalGraph}) first differ, for a message that says which row and
 * which value.
 */
public final class GraphDifference {

	private GraphDifference() {
	}

	/**
	 * The first difference between an expected and an actual canonical graph.
	 * @param expected the baseline's canonical graph
	 * @param actual the other implementation's canonical graph
	 * @return a description of the first difference (path, expected, actual), or empty when they are equal
	 */
	public static Optional<String> between(Object expected, Object actual) {
		return find("$", expected, actual);
	}

	private static Optional<String> find(String path, Object expected, Object actual) {
		if (expected instanceof List<?> expectedRows && actual instanceof List<?> actualRows) {
			for (int i = 0; i < Math.min(expectedRows.size(), actualRows.size()); i++) {
				Optional<String> difference = find(path + "[" + i + "]", expectedRows.get(i), actualRows.get(i));
				if (difference.isPresent()) {
					return difference;
				}
			}
			return (expectedRows.size() == actualRows.size()) ? Optional.empty()
					: Optional.of(path + ": expected " + expectedRows.size() + " rows but got " + actualRows.size());
		}
		if (expected instanceof Map<?, ?> expectedNode && actual instanceof Map<?, ?> actualNode) {
			for (Map.Entry<?, ?> entry : expectedNode.entrySet()) {
				Optional<String> difference = find(path + "." + entry.getKey(), entry.getValue(),
						actualNode.get(entry.getKey()));
				if (difference.isPresent()) {
					return difference;
				}
			}
			return Optional.empty();
		}
		if (Objects.equals(expected, actual)) {
			return Optional.empty();
		}
		return Optional.of(path + ": expected " + describe(expected) + " but got " + describe(actual));
	}

	private static String describe(Object value) {
		return (value == null) ? "null" : value + " (" + value.getClass().getSimpleName() + ")";
	}

}
