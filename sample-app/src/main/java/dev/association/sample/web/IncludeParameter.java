package dev.association.sample.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import dev.association.query.Include;
import org.jspecify.annotations.Nullable;

/**
 * The {@code include} request parameter: comma-separated dotted paths, {@code posts.comments.commenter,profile}.
 * Paths that share a prefix are merged ({@code posts.comments,posts.tags} includes posts once, with both). Whether
 * the aliases exist is the engine's question: an unknown one is a {@code QueryException}, answered with 400.
 */
final class IncludeParameter {

	private IncludeParameter() {
	}

	/**
	 * Parses the parameter.
	 * @param parameter the parameter value, or null
	 * @return the includes, in the order they first appear
	 */
	static List<Include> parse(@Nullable String parameter) {
		Node root = new Node();
		if (parameter != null) {
			for (String path : parameter.split(",")) {
				if (path.isBlank()) {
					continue;
				}
				Node node = root;
				for (String alias : path.trim().split("\\.", -1)) {
					if (alias.isBlank()) {
						throw new IllegalArgumentException("Include path '" + path.trim() + "' has an empty segment");
					}
					node = node.children.computeIfAbsent(alias.trim(), (key) -> new Node());
				}
			}
		}
		return root.includes();
	}

	private static final class Node {

		private final Map<String, Node> children = new LinkedHashMap<>();

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

}
