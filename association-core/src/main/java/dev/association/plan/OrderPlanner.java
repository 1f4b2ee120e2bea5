package dev.association.plan;

import java.util.ArrayList;
import java.util.List;

import dev.association.QueryException;
import dev.association.metadata.AssociationMetadata;
import dev.association.metadata.ModelMetadata;
import dev.association.query.Sort;
import org.jspecify.annotations.Nullable;

/**
 * The orders of a find or an include, resolved against the planned joins: an attribute of the node itself, of an
 * included to-one path, or (top level only) of a to-one path joined for the order alone.
 */
final class OrderPlanner {

	private OrderPlanner() {
	}

	/**
	 * The root with the to-one paths of its order joined that are not included (a top-level order, a Pageable's
	 * sort, may name {@code author.username} without including the author).
	 */
	static NodePlan withOrderPaths(NodePlan root, List<Sort> sorts) {
		List<String> paths = new ArrayList<>();
		for (Sort sort : sorts) {
			if (sort.path().indexOf('.') >= 0 && !viaIncludes(root, sort.path())) {
				paths.add(sort.path());
			}
		}
		if (paths.isEmpty()) {
			return root;
		}
		int[] joins = new int[paths.size()];
		return root.withPaths(PathResolver.withOrderJoins(root.model(), root.paths(), paths, joins));
	}

	private static boolean viaIncludes(NodePlan root, String path) {
		String[] segments = path.split("\\.", -1);
		NodePlan node = root;
		for (int i = 0; i < segments.length - 1; i++) {
			NodePlan next = joinedBy(node, segments[i]);
			if (next == null) {
				return false;
			}
			node = next;
		}
		return true;
	}

	static List<OrderPlan> orders(NodePlan root, List<Sort> sorts, boolean pathJoins) {
		List<OrderPlan> orders = new ArrayList<>(sorts.size());
		for (Sort sort : sorts) {
			orders.add(order(root, sort, pathJoins));
		}
		return List.copyOf(orders);
	}

	private static OrderPlan order(NodePlan root, Sort sort, boolean pathJoins) {
		String[] segments = sort.path().split("\\.", -1);
		if (pathJoins && segments.length > 1 && !viaIncludes(root, sort.path())) {
			int[] join = new int[1];
			ConditionPaths paths = PathResolver.withOrderJoins(root.model(), root.paths(), List.of(sort.path()), join);
			if (paths.joins().size() == root.paths().joins().size()) {
				ModelMetadata model = root.paths().joins().get(join[0]).association().target();
				return new OrderPlan(root, model.attribute(segments[segments.length - 1]), sort.direction(), join[0]);
			}
		}
		NodePlan node = root;
		for (int i = 0; i < segments.length - 1; i++) {
			node = joined(node, segments[i], sort.path());
		}
		return new OrderPlan(node, node.model().attribute(segments[segments.length - 1]), sort.direction());
	}

	private static @Nullable NodePlan joinedBy(NodePlan node, String alias) {
		NodePlan found = null;
		for (NodePlan join : node.joins()) {
			if (join.association() != null && join.association().alias().equals(alias)) {
				found = join;
			}
		}
		return found;
	}

	private static NodePlan joined(NodePlan node, String alias, String path) {
		NodePlan join = joinedBy(node, alias);
		if (join != null) {
			return join;
		}
		AssociationMetadata association = node.model().association(alias);
		if (association.kind().isToMany()) {
			throw new QueryException("Cannot order by '" + path + "': " + association.describe()
					+ " is a to-many association; order its rows inside its include, Include.of(\"" + alias
					+ "\").order(...).");
		}
		throw new QueryException("Cannot order by '" + path + "': " + association.describe()
				+ " is not included; include it to order by its attributes.");
	}

}
