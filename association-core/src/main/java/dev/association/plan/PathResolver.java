package dev.association.plan;

import java.util.ArrayList;
import java.util.List;

import dev.association.QueryException;
import dev.association.metadata.AssociationMetadata;
import dev.association.metadata.Attribute;
import dev.association.metadata.JoinTable;
import dev.association.metadata.ModelMetadata;
import dev.association.plan.ConditionPaths.PathAtom;
import dev.association.plan.ConditionPaths.PathJoin;
import dev.association.plan.ConditionPaths.SoftDelete;
import dev.association.query.Where;
import org.jspecify.annotations.Nullable;

/**
 * Resolves the dotted attributes of a condition ({@code "posts.comments.commenter.username"}) against the model:
 * every step an association of the model reached so far, the last segment an attribute. To-one steps before the
 * first to-many one become joins of the node, shared by equal prefixes; the rest is the atom's {@code EXISTS}.
 */
final class PathResolver {

	private final ModelMetadata model;

	private final List<PathJoin> joins = new ArrayList<>();

	private final List<PathAtom> atoms = new ArrayList<>();

	private PathResolver(ModelMetadata model) {
		this.model = model;
	}

	/**
	 * The paths of a condition on a model.
	 */
	static ConditionPaths resolve(ModelMetadata model, @Nullable Where where) {
		if (where == null || !hasPath(where)) {
			return ConditionPaths.NONE;
		}
		PathResolver resolver = new PathResolver(model);
		resolver.walk(where);
		return resolver.paths();
	}

	/**
	 * The paths of a condition with to-one paths joined for an order: the index of each order path's join, or -1
	 * for an attribute of the node itself.
	 */
	static ConditionPaths withOrderJoins(ModelMetadata model, ConditionPaths paths, List<String> orderPaths,
			int[] joinOut) {
		PathResolver resolver = new PathResolver(model);
		resolver.joins.addAll(paths.joins());
		resolver.atoms.addAll(paths.atoms());
		for (int i = 0; i < orderPaths.size(); i++) {
			String path = orderPaths.get(i);
			String[] segments = path.split("\\.", -1);
			int from = -1;
			ModelMetadata current = model;
			for (int s = 0; s < segments.length - 1; s++) {
				AssociationMetadata association = current.association(segments[s]);
				if (association.kind().isToMany()) {
					throw new QueryException("Cannot order by '" + path + "': " + association.describe()
							+ " is a to-many association; order its rows inside its include, Include.of(\""
							+ segments[s] + "\").order(...).");
				}
				from = resolver.join(association, from);
				current = association.target();
			}
			current.attribute(segments[segments.length - 1]);
			joinOut[i] = from;
		}
		return resolver.paths();
	}

	/**
	 * The model and attribute a (possibly dotted) attribute name of a condition names.
	 */
	static Target target(ModelMetadata model, String path) {
		if (path.indexOf('.') < 0) {
			return new Target(model, model.attribute(path));
		}
		String[] segments = path.split("\\.", -1);
		ModelMetadata current = model;
		for (int s = 0; s < segments.length - 1; s++) {
			current = step(model, current, segments[s], path).target();
		}
		return new Target(current, current.attribute(segments[segments.length - 1]));
	}

	static boolean hasPath(Where where) {
		if (where instanceof Where.Junction junction) {
			return junction.conditions().stream().anyMatch(PathResolver::hasPath);
		}
		if (where instanceof Where.Not not) {
			return hasPath(not.condition());
		}
		String attribute = attributeOf(where);
		return attribute != null && attribute.indexOf('.') >= 0;
	}

	static @Nullable String attributeOf(Where where) {
		return (where instanceof Where.Atom atom) ? atom.attribute() : null;
	}

	private void walk(Where where) {
		if (where instanceof Where.Junction junction) {
			for (Where condition : junction.conditions()) {
				walk(condition);
			}
			return;
		}
		if (where instanceof Where.Not not) {
			walk(not.condition());
			return;
		}
		String path = attributeOf(where);
		if (path == null || path.indexOf('.') < 0) {
			return;
		}
		String[] segments = path.split("\\.", -1);
		int from = -1;
		ModelMetadata current = this.model;
		List<AssociationMetadata> exists = new ArrayList<>();
		for (int s = 0; s < segments.length - 1; s++) {
			AssociationMetadata association = step(this.model, current, segments[s], path);
			if (exists.isEmpty() && !association.kind().isToMany()) {
				from = join(association, from);
			}
			else {
				exists.add(association);
			}
			current = association.target();
		}
		Attribute attribute = current.attribute(segments[segments.length - 1]);
		this.atoms.add(new PathAtom(from, List.copyOf(exists), current, attribute, softDeletes(exists)));
	}

	private int join(AssociationMetadata association, int from) {
		for (int i = 0; i < this.joins.size(); i++) {
			PathJoin join = this.joins.get(i);
			if (join.association() == association && join.from() == from) {
				return i;
			}
		}
		this.joins.add(new PathJoin(association, from, association.target().deletedAt()));
		return this.joins.size() - 1;
	}

	/**
	 * The paranoid tables of the steps inside an {@code EXISTS}: join models and targets.
	 */
	private static List<SoftDelete> softDeletes(List<AssociationMetadata> steps) {
		List<SoftDelete> softDeletes = new ArrayList<>();
		for (int i = 0; i < steps.size(); i++) {
			AssociationMetadata step = steps.get(i);
			JoinTable join = step.join();
			if (join != null && join.model().deletedAt() != null) {
				softDeletes.add(new SoftDelete(i, true, join.model().deletedAt()));
			}
			if (step.target().deletedAt() != null) {
				softDeletes.add(new SoftDelete(i, false, step.target().deletedAt()));
			}
		}
		return List.copyOf(softDeletes);
	}

	private ConditionPaths paths() {
		return new ConditionPaths(List.copyOf(this.joins), List.copyOf(this.atoms));
	}

	private static AssociationMetadata step(ModelMetadata root, ModelMetadata current, String alias, String path) {
		if (current.associations().get(alias) == null) {
			try {
				current.association(alias);
			}
			catch (QueryException ex) {
				throw new QueryException("Cannot resolve '" + path + "' on " + root.name() + ": " + ex.getMessage(), ex);
			}
		}
		return current.association(alias);
	}

	/**
	 * The model and attribute at the end of a path.
	 * @param model the model
	 * @param attribute the attribute
	 */
	record Target(ModelMetadata model, Attribute attribute) {

	}

}
