package dev.association.sql;

import java.util.List;

import dev.association.metadata.AssociationKind;
import dev.association.metadata.AssociationMetadata;
import dev.association.metadata.Attribute;
import dev.association.metadata.JoinTable;
import dev.association.plan.ConditionPaths;
import dev.association.plan.ConditionPaths.PathAtom;
import dev.association.plan.ConditionPaths.PathJoin;
import dev.association.plan.ConditionPaths.SoftDelete;
import dev.association.query.Where;

/**
 * Writes the association paths of a condition: the to-one steps as LEFT JOINs of the node's table (aliases
 * {@code <node>p0, <node>p1...}), and an atom reached through a to-many step as a correlated
 * {@code EXISTS (SELECT 1 FROM ... WHERE ...)} whose steps (through join tables for belongsToMany) are joined inside
 * it, each with its scope and, for a paranoid table, its {@code deleted_at IS NULL}; a parent row is so never
 * repeated.
 */
final class PathWriter {

	private PathWriter() {
	}

	/**
	 * The alias of a path join of a node, or the node's alias for -1.
	 */
	static String pathAlias(String nodeAlias, int join) {
		return (join < 0) ? nodeAlias : nodeAlias + "p" + join;
	}

	/**
	 * Writes the LEFT JOINs of a node's to-one path steps, each with the association's scope in its ON clause.
	 */
	static void joins(SqlWriter out, String nodeAlias, ConditionPaths paths) {
		List<PathJoin> joins = paths.joins();
		for (int i = 0; i < joins.size(); i++) {
			PathJoin join = joins.get(i);
			AssociationMetadata association = join.association();
			String from = pathAlias(nodeAlias, join.from());
			String alias = pathAlias(nodeAlias, i);
			out.append(" LEFT JOIN ").table(association.target(), alias);
			String saved = out.startClause(" ON ");
			out.and();
			link(out, association, from, alias);
			ConditionWriter.scope(out, association.target(), alias, association.scope());
			ConditionWriter.scopeCondition(out, association, alias);
			Attribute deletedAt = join.deletedAt();
			if (deletedAt != null) {
				out.and().column(alias, deletedAt).append(" IS NULL");
			}
			out.endClause(saved);
		}
	}

	/**
	 * Writes an atom whose path has a to-many step: {@code EXISTS} over the steps from that one on, correlated with
	 * the table the steps start from.
	 */
	static void exists(SqlWriter out, String from, PathAtom atom, Where where) {
		String prefix = out.subqueryPrefix();
		List<AssociationMetadata> steps = atom.exists();
		out.append("EXISTS (SELECT 1 FROM ");
		for (int i = 0; i < steps.size(); i++) {
			AssociationMetadata association = steps.get(i);
			String alias = prefix + "s" + i;
			JoinTable join = association.join();
			if (i > 0) {
				out.append(" INNER JOIN ");
			}
			if (join != null) {
				String joinAlias = prefix + "j" + i;
				out.table(join.model(), joinAlias);
				if (i > 0) {
					out.append(" ON ").column(joinAlias, join.foreignKey()).append(" = ");
					out.column(prefix + "s" + (i - 1), association.sourceKey());
				}
				out.append(" INNER JOIN ").table(association.target(), alias).append(" ON ");
				out.column(alias, association.targetKey()).append(" = ").column(joinAlias, join.otherKey());
			}
			else {
				out.table(association.target(), alias);
				if (i > 0) {
					out.append(" ON ");
					link(out, association, prefix + "s" + (i - 1), alias);
				}
			}
		}
		String saved = out.startClause(" WHERE ");
		out.and();
		AssociationMetadata first = steps.get(0);
		JoinTable firstJoin = first.join();
		if (firstJoin != null) {
			out.column(prefix + "j0", firstJoin.foreignKey()).append(" = ").column(from, first.sourceKey());
		}
		else {
			link(out, first, from, prefix + "s0");
		}
		for (int i = 0; i < steps.size(); i++) {
			AssociationMetadata association = steps.get(i);
			JoinTable join = association.join();
			if (join != null) {
				ConditionWriter.scope(out, join.model(), prefix + "j" + i, join.scope());
			}
			ConditionWriter.scope(out, association.target(), prefix + "s" + i, association.scope());
			ConditionWriter.scopeCondition(out, association, prefix + "s" + i);
		}
		for (SoftDelete softDelete : atom.softDeletes()) {
			String alias = prefix + (softDelete.joinRow() ? "j" : "s") + softDelete.step();
			out.and().column(alias, softDelete.deletedAt()).append(" IS NULL");
		}
		out.and();
		ConditionWriter.atom(out, atom.attribute(), prefix + "s" + (steps.size() - 1), where);
		out.endClause(saved);
		out.append(")");
	}

	/**
	 * Writes the equality that links a hasOne, hasMany or belongsTo target's table to its source's.
	 */
	private static void link(SqlWriter out, AssociationMetadata association, String source, String target) {
		if (association.kind() == AssociationKind.BELONGS_TO) {
			out.column(target, association.targetKey()).append(" = ").column(source, association.foreignKey());
		}
		else {
			out.column(target, association.foreignKey()).append(" = ").column(source, association.sourceKey());
		}
	}

}
