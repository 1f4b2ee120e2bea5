package dev.association.report;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

import dev.association.metadata.AssociationKind;
import dev.association.metadata.AssociationMetadata;
import dev.association.metadata.Attribute;
import dev.association.metadata.JoinTable;
import dev.association.metadata.Metamodel;
import dev.association.metadata.ModelMetadata;
import org.jspecify.annotations.Nullable;

/**
 * A Mermaid {@code erDiagram} of a metamodel: one entity per table (models in registration order, then the join
 * tables defined by name), one line per association with a pair drawn once from its owning side, and a
 * belongsToMany drawn as two lines to its join table.
 * <pre>
 * erDiagram
 *     users {
 *         Long id PK
 *     }
 *     posts {
 *         Long id PK
 *         Long author_id FK
 *     }
 *     users ||--o{ posts : "posts / author"
 * </pre>
 */
public final class MermaidDiagram {

	private static final Pattern PLAIN_ENTITY = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");

	private static final Set<String> KEYWORDS = Set.of("erdiagram", "one", "many", "only", "zero", "to",
			"optionally", "style", "class", "classdef", "direction", "title", "acctitle", "accdescr", "u", "pk", "fk",
			"uk");

	private static final Pattern NOT_A_WORD = Pattern.compile("[^A-Za-z0-9_\\-\\[\\]()]");

	private static final String INDENT = "    ";

	private final Metamodel metamodel;

	private MermaidDiagram(Metamodel metamodel) {
		this.metamodel = metamodel;
	}

	/**
	 * The diagram of a metamodel.
	 * @param metamodel the models
	 * @return the Mermaid text, ending with a line break
	 */
	public static String of(Metamodel metamodel) {
		return new MermaidDiagram(metamodel).render();
	}

	private String render() {
		StringBuilder out = new StringBuilder("erDiagram\n");
		for (ModelMetadata table : this.metamodel.tables()) {
			entity(table, out);
		}
		Set<AssociationMetadata> drawn = new HashSet<>();
		for (AssociationMetadata association : this.metamodel.associations()) {
			if (drawn.contains(association)) {
				continue;
			}
			drawn.add(association);
			AssociationMetadata inverse = association.inverse();
			if (inverse != null) {
				drawn.add(inverse);
			}
			relationships(association, inverse, out);
		}
		return out.toString();
	}

	private void entity(ModelMetadata table, StringBuilder out) {
		out.append(INDENT).append(entityName(table)).append(" {\n");
		for (Attribute attribute : table.attributes()) {
			out.append(INDENT).append(INDENT).append(word(attribute.javaType().getSimpleName())).append(' ');
			String name = word(attribute.column());
			out.append(name);
			List<String> keys = keys(table, attribute);
			if (!keys.isEmpty()) {
				out.append(' ').append(String.join(", ", keys));
			}
			if (!name.equals(attribute.column())) {
				out.append(" \"column ").append(attribute.column()).append('"');
			}
			out.append('\n');
		}
		out.append(INDENT).append("}\n");
	}

	private List<String> keys(ModelMetadata table, Attribute attribute) {
		boolean primary = attribute.isId();
		boolean foreign = false;
		boolean unique = attribute.isUnique();
		for (AssociationMetadata association : this.metamodel.associations()) {
			if (association.foreignKeyHolder() == table && association.foreignKey() == attribute) {
				foreign = true;
			}
			JoinTable join = association.join();
			if (join != null && join.model() == table) {
				foreign |= join.otherKey() == attribute;
				primary |= table.id() == null && join.linkKey().contains(attribute);
			}
			unique |= isReferencedKey(association, table, attribute);
		}
		List<String> keys = new ArrayList<>();
		if (primary) {
			keys.add("PK");
		}
		if (foreign) {
			keys.add("FK");
		}
		if (unique && !primary) {
			keys.add("UK");
		}
		return keys;
	}

	/**
	 * Whether a foreign key of the association references this attribute (a non-primary key needs a unique key).
	 */
	private static boolean isReferencedKey(AssociationMetadata association, ModelMetadata table, Attribute attribute) {
		return switch (association.kind()) {
			case BELONGS_TO -> association.target() == table && association.targetKey() == attribute;
			case HAS_ONE, HAS_MANY -> association.source() == table && association.sourceKey() == attribute;
			case BELONGS_TO_MANY -> (association.source() == table && association.sourceKey() == attribute)
					|| (association.target() == table && association.targetKey() == attribute);
		};
	}

	private static void relationships(AssociationMetadata association, @Nullable AssociationMetadata inverse,
			StringBuilder out) {
		switch (association.kind()) {
			case HAS_ONE, HAS_MANY -> line(association.source(), cardinality(association), association.target(),
					label(association, inverse), out);
			case BELONGS_TO -> {
				if (inverse != null) {
					line(inverse.source(), cardinality(inverse), inverse.target(), label(inverse, association), out);
				}
				else {
					String many = association.foreignKey().isUnique() ? "||--o|" : "||--o{";
					line(association.target(), many, association.source(), association.alias(), out);
				}
			}
			case BELONGS_TO_MANY -> {
				ModelMetadata join = association.joinTable().model();
				line(association.source(), "||--o{", join, association.alias(), out);
				line(association.target(), "||--o{", join,
						(inverse != null) ? inverse.alias() : association.alias(), out);
			}
		}
	}

	private static String cardinality(AssociationMetadata association) {
		return (association.kind() == AssociationKind.HAS_ONE) ? "||--o|" : "||--o{";
	}

	private static String label(AssociationMetadata association, @Nullable AssociationMetadata inverse) {
		return (inverse != null) ? association.alias() + " / " + inverse.alias() : association.alias();
	}

	private static void line(ModelMetadata from, String cardinality, ModelMetadata to, String label,
			StringBuilder out) {
		out.append(INDENT)
			.append(entityName(from))
			.append(' ')
			.append(cardinality)
			.append(' ')
			.append(entityName(to))
			.append(" : \"")
			.append(label)
			.append("\"\n");
	}

	/**
	 * The table's name as an entity: plain when Mermaid reads it as a name, quoted otherwise (a schema-qualified
	 * table, a name Mermaid takes for a keyword).
	 */
	static String entityName(ModelMetadata table) {
		String name = table.qualifiedTable();
		boolean plain = PLAIN_ENTITY.matcher(name).matches() && !KEYWORDS.contains(name.toLowerCase(Locale.ROOT));
		return plain ? name : "\"" + name + "\"";
	}

	/**
	 * A type or column as an attribute word Mermaid accepts: characters it refuses become '_', and a key word
	 * ({@code PK}, {@code FK}, {@code UK}) gets a trailing '_'; the diagram then notes the real column name.
	 */
	private static String word(String name) {
		String word = NOT_A_WORD.matcher(name).replaceAll("_");
		if (word.isEmpty() || !Character.isLetter(word.charAt(0)) && word.charAt(0) != '_') {
			word = "_" + word;
		}
		String lower = word.toLowerCase(Locale.ROOT);
		return (lower.equals("pk") || lower.equals("fk") || lower.equals("uk")) ? word + "_" : word;
	}

}
