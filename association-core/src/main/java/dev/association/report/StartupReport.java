package dev.association.report;

import java.util.List;
import java.util.stream.Collectors;

import dev.association.metadata.AssociationMetadata;
import dev.association.metadata.Metamodel;
import dev.association.metadata.ModelMetadata;
import dev.association.schema.SchemaChecks;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one INFO block an engine logs when it is built, on the logger {@code dev.association.startup}: the models
 * (table, associations), the associations without an inverse and, when the starter has validated the schema, what
 * validation checked.
 * <pre>
 * association engine on h2: 2 models, 0 join tables by name, 2 associations
 *   User (users): posts hasMany Post
 *   Post (posts): author belongsTo User
 *   associations without an inverse: none
 *   schema validated: 2 tables (0 join tables), 7 columns, 1 foreign-key column
 * </pre>
 */
public final class StartupReport {

	private static final Logger logger = LoggerFactory.getLogger("dev.association.startup");

	private StartupReport() {
	}

	/**
	 * Logs the report at INFO.
	 * @param metamodel the models
	 * @param database the database's name, as the dialect gives it
	 * @param checks what schema validation checked, or null when it did not run
	 */
	public static void log(Metamodel metamodel, String database, @Nullable SchemaChecks checks) {
		if (logger.isInfoEnabled()) {
			// one event, so that the block stays together in the log
			logger.info(render(metamodel, database, checks));
		}
	}

	/**
	 * The report's text.
	 * @param metamodel the models
	 * @param database the database's name
	 * @param checks what schema validation checked, or null when it did not run
	 * @return the lines, without a trailing line break
	 */
	public static String render(Metamodel metamodel, String database, @Nullable SchemaChecks checks) {
		List<ModelMetadata> joinTables = metamodel.tables().stream().filter(ModelMetadata::isSynthetic).toList();
		StringBuilder out = new StringBuilder("association engine on ").append(database)
			.append(": ")
			.append(SchemaChecks.plural(metamodel.models().size(), "model"))
			.append(", ")
			.append(SchemaChecks.plural(joinTables.size(), "join table"))
			.append(" by name, ")
			.append(SchemaChecks.plural(metamodel.associations().size(), "association"));
		for (ModelMetadata model : metamodel.models()) {
			out.append("\n  ").append(model.name()).append(" (").append(model.qualifiedTable()).append("): ");
			out.append(model.associations().isEmpty() ? "no associations"
					: model.associations().values().stream().map(StartupReport::describe).collect(Collectors.joining(", ")));
		}
		for (ModelMetadata join : joinTables) {
			out.append("\n  ").append(join.qualifiedTable()).append(": join table");
		}
		List<String> oneSided = metamodel.associations().stream()
			.filter((association) -> association.inverse() == null)
			.map(AssociationMetadata::describe)
			.toList();
		out.append("\n  associations without an inverse: ").append(oneSided.isEmpty() ? "none" : String.join(", ", oneSided));
		if (checks != null) {
			out.append("\n  schema validated: ").append(checks.describe());
		}
		return out.toString();
	}

	private static String describe(AssociationMetadata association) {
		String text = association.alias() + " " + association.kind().label() + " " + association.target().name();
		return (association.join() != null) ? text + " through " + association.joinTable().model().name() : text;
	}

}
