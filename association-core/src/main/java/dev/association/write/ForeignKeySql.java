package dev.association.write;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import dev.association.Dialect;
import dev.association.dialect.ColumnReader;
import dev.association.metadata.AssociationKind;
import dev.association.metadata.AssociationMetadata;
import dev.association.metadata.Attribute;
import dev.association.metadata.ModelMetadata;
import dev.association.sql.TableNames;
import org.jspecify.annotations.Nullable;

/**
 * The statements of a hasOne, hasMany or belongsTo accessor, which write one foreign-key column: for hasOne and
 * hasMany the target's ({@code UPDATE posts SET author_id = ? WHERE id IN (...)}), for belongsTo the source's.
 * IN lists end the statements so that the caller appends the placeholders of each chunk.
 */
final class ForeignKeySql {

	private final @Nullable Attribute targetId;

	private final @Nullable ColumnReader targetIdReader;

	private final String selectLinked;

	private final String linkPrefix;

	private final List<Parameter> linkScope;

	private final String unlinkPrefix;

	private final String hasPrefix;

	private final Condition scope;

	private final @Nullable Attribute updatedAt;

	ForeignKeySql(AssociationMetadata association, List<Attribute> sourceRowKey, Dialect dialect, TableNames tables) {
		boolean toTarget = association.kind() != AssociationKind.BELONGS_TO;
		ModelMetadata holder = association.foreignKeyHolder();
		String table = tables.of(holder);
		String foreignKey = dialect.quote(association.foreignKey().column());
		this.updatedAt = (holder.updatedAt() != null && holder.updatedAt().hasField()) ? holder.updatedAt() : null;
		String touch = (this.updatedAt != null) ? ", " + dialect.quote(this.updatedAt.column()) + " = ?" : "";
		this.targetId = toTarget ? association.target().id() : null;
		this.targetIdReader = (this.targetId != null) ? dialect.reader(this.targetId) : null;
		this.scope = toTarget ? Condition.scope(holder, association.scope(), "", dialect) : Condition.NONE;
		StringBuilder scopeSet = new StringBuilder();
		List<Parameter> scopeValues = new ArrayList<>();
		if (toTarget) {
			for (Map.Entry<String, Object> entry : association.scope().entrySet()) {
				Attribute attribute = holder.attribute(entry.getKey());
				scopeSet.append(", ").append(dialect.quote(attribute.column())).append(" = ?");
				scopeValues.add(Parameter.of(attribute, entry.getValue()));
			}
		}
		this.linkScope = List.copyOf(scopeValues);
		String id = (this.targetId != null) ? dialect.quote(this.targetId.column()) : "";
		this.selectLinked = "SELECT " + id + " FROM " + table + " WHERE " + foreignKey + " = ?" + this.scope.sql();
		String sourceRow = sourceRowKey.stream()
			.map((a) -> dialect.quote(a.column()) + " = ?")
			.collect(Collectors.joining(" AND "));
		this.linkPrefix = "UPDATE " + table + " SET " + foreignKey + " = ?" + scopeSet + touch + " WHERE "
				+ (toTarget ? id + " IN (" : sourceRow);
		this.unlinkPrefix = "UPDATE " + table + " SET " + foreignKey + " = NULL" + touch + " WHERE " + foreignKey
				+ " = ? AND " + id + " IN (";
		this.hasPrefix = "SELECT COUNT(*) FROM " + table + " WHERE " + foreignKey + " = ?" + this.scope.sql() + " AND "
				+ id + " IN (";
	}

	/**
	 * The target's key (hasOne, hasMany).
	 * @return the key, or null when the target has no {@code @Id}
	 */
	@Nullable Attribute targetId() {
		return this.targetId;
	}

	/**
	 * The reader of the target's key.
	 * @return the reader, or null when the target has no {@code @Id}
	 */
	@Nullable ColumnReader targetIdReader() {
		return this.targetIdReader;
	}

	/** {@code SELECT id FROM target WHERE fk = ? AND <scope>}: parameters source key, scope values. */
	String selectLinked() {
		return this.selectLinked;
	}

	/** The scope values of {@link #selectLinked()} and {@link #hasPrefix()}. */
	List<Parameter> scopeValues() {
		return this.scope.parameters();
	}

	/**
	 * {@code UPDATE target SET fk = ?, <scope> = ?, updated_at = ? WHERE id IN (}, or for belongsTo the whole
	 * {@code UPDATE source SET fk = ?, updated_at = ? WHERE id = ?}.
	 */
	String linkPrefix() {
		return this.linkPrefix;
	}

	/** The scope values that {@link #linkPrefix()} writes, after the foreign key. */
	List<Parameter> linkScope() {
		return this.linkScope;
	}

	/** {@code UPDATE target SET fk = NULL, updated_at = ? WHERE fk = ? AND id IN (}. */
	String unlinkPrefix() {
		return this.unlinkPrefix;
	}

	/** {@code SELECT COUNT(*) FROM target WHERE fk = ? AND <scope> AND id IN (}. */
	String hasPrefix() {
		return this.hasPrefix;
	}

	/**
	 * The holder's updatedAt, touched by every statement here.
	 * @return the attribute, or null
	 */
	@Nullable Attribute updatedAt() {
		return this.updatedAt;
	}

}
