package dev.association.metadata;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import dev.association.AssociationOptions;
import dev.association.ReferentialAction;
import dev.association.query.Where;
import org.jspecify.annotations.Nullable;
import org.springframework.util.Assert;

/**
 * The options as the user gave them: a null field means "use the default", so that an explicit value can win over
 * a default when the two sides of a pair are reconciled.
 */
final class AssociationSpec implements AssociationOptions {

	@Nullable String as;

	@Nullable String foreignKey;

	@Nullable Boolean foreignKeyAllowNull;

	@Nullable String sourceKey;

	@Nullable String targetKey;

	@Nullable String throughTable;

	@Nullable Class<?> throughModel;

	@Nullable String otherKey;

	final Map<String, @Nullable Object> scope = new LinkedHashMap<>();

	final List<Where> scopeConditions = new ArrayList<>();

	@Nullable String singular;

	@Nullable String plural;

	final Map<String, @Nullable Object> throughScope = new LinkedHashMap<>();

	boolean throughUnique = true;

	boolean constraints = true;

	@Nullable ReferentialAction onDelete;

	@Nullable ReferentialAction onUpdate;

	boolean hooks;

	@Override
	public AssociationOptions as(String alias) {
		Assert.hasText(alias, "Alias must not be empty");
		this.as = alias;
		this.singular = null;
		this.plural = null;
		return this;
	}

	@Override
	public AssociationOptions as(String singular, String plural) {
		Assert.hasText(singular, "Singular alias must not be empty");
		Assert.hasText(plural, "Plural alias must not be empty");
		this.as = plural;
		this.singular = singular;
		this.plural = plural;
		return this;
	}

	@Override
	public AssociationOptions foreignKey(String attribute) {
		Assert.hasText(attribute, "Foreign key must not be empty");
		this.foreignKey = attribute;
		return this;
	}

	@Override
	public AssociationOptions foreignKey(String attribute, boolean allowNull) {
		foreignKey(attribute);
		this.foreignKeyAllowNull = allowNull;
		return this;
	}

	@Override
	public AssociationOptions sourceKey(String attribute) {
		Assert.hasText(attribute, "Source key must not be empty");
		this.sourceKey = attribute;
		return this;
	}

	@Override
	public AssociationOptions targetKey(String attribute) {
		Assert.hasText(attribute, "Target key must not be empty");
		this.targetKey = attribute;
		return this;
	}

	@Override
	public AssociationOptions through(String table) {
		Assert.hasText(table, "Through table must not be empty");
		this.throughTable = table;
		this.throughModel = null;
		return this;
	}

	@Override
	public AssociationOptions through(Class<?> joinModel) {
		Assert.notNull(joinModel, "Through model must not be null");
		this.throughModel = joinModel;
		this.throughTable = null;
		return this;
	}

	@Override
	public AssociationOptions otherKey(String attribute) {
		Assert.hasText(attribute, "Other key must not be empty");
		this.otherKey = attribute;
		return this;
	}

	@Override
	public AssociationOptions scope(String attribute, @Nullable Object value) {
		Assert.hasText(attribute, "Scope attribute must not be empty");
		this.scope.put(attribute, value);
		return this;
	}

	@Override
	public AssociationOptions scope(Where condition) {
		Assert.notNull(condition, "Scope condition must not be null");
		List<Where> terms = (condition instanceof Where.Junction junction && junction.and()) ? junction.conditions()
				: List.of(condition);
		for (Where term : terms) {
			if (term instanceof Where.Comparison comparison && comparison.operator() == Where.Operator.EQ) {
				this.scope.put(comparison.attribute(), comparison.value());
			}
			else if (term instanceof Where.NullCheck check && check.isNull()) {
				this.scope.put(check.attribute(), null);
			}
			else {
				this.scopeConditions.add(term);
			}
		}
		return this;
	}

	@Override
	public AssociationOptions throughScope(String attribute, @Nullable Object value) {
		Assert.hasText(attribute, "Through scope attribute must not be empty");
		this.throughScope.put(attribute, value);
		return this;
	}

	@Override
	public AssociationOptions throughUnique(boolean unique) {
		this.throughUnique = unique;
		return this;
	}

	@Override
	public AssociationOptions constraints(boolean constraints) {
		this.constraints = constraints;
		return this;
	}

	@Override
	public AssociationOptions onDelete(ReferentialAction action) {
		Assert.notNull(action, "onDelete must not be null");
		this.onDelete = action;
		return this;
	}

	@Override
	public AssociationOptions onUpdate(ReferentialAction action) {
		Assert.notNull(action, "onUpdate must not be null");
		this.onUpdate = action;
		return this;
	}

	@Override
	public AssociationOptions hooks(boolean hooks) {
		this.hooks = hooks;
		return this;
	}

}
