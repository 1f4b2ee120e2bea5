package dev.association.metadata;

import java.util.Locale;

/**
 * The naming conventions: camelCase attributes, snake_case columns, snake_case plural tables.
 */
final class Naming {

	private Naming() {
	}

	/**
	 * {@code createdAt -> created_at}, {@code UserProject -> user_project}.
	 * @param name a camelCase or PascalCase name
	 * @return the snake_case name
	 */
	public static String snakeCase(String name) {
		StringBuilder out = new StringBuilder(name.length() + 4);
		for (int i = 0; i < name.length(); i++) {
			char c = name.charAt(i);
			if (Character.isUpperCase(c)) {
				boolean boundary = i > 0 && (Character.isLowerCase(name.charAt(i - 1))
						|| Character.isDigit(name.charAt(i - 1)) || (i + 1 < name.length()
								&& Character.isLowerCase(name.charAt(i + 1)) && Character.isUpperCase(name.charAt(i - 1))));
				if (boundary) {
					out.append('_');
				}
				out.append(Character.toLowerCase(c));
			}
			else {
				out.append(c);
			}
		}
		return out.toString();
	}

	/**
	 * The default table of a model class: {@code UserProject -> user_projects}, {@code Person -> people}.
	 * @param simpleName the class's simple name
	 * @return the table name
	 */
	public static String tableName(String simpleName) {
		return snakeCase(Inflector.pluralize(simpleName));
	}

	/**
	 * {@code Post -> post}.
	 * @param name a name
	 * @return the name with its first letter lower-cased
	 */
	public static String lowerFirst(String name) {
		return name.isEmpty() ? name : name.substring(0, 1).toLowerCase(Locale.ROOT) + name.substring(1);
	}

	/**
	 * {@code post -> Post}.
	 * @param name a name
	 * @return the name with its first letter upper-cased
	 */
	public static String upperFirst(String name) {
		return name.isEmpty() ? name : name.substring(0, 1).toUpperCase(Locale.ROOT) + name.substring(1);
	}

}
