package dev.association.metadata;

import java.util.regex.Pattern;

import dev.association.AssociationDefinitionException;

/**
 * The rule for the table and column names a model declares, which the engine quotes into SQL: a plain identifier,
 * {@code [A-Za-z_][A-Za-z0-9_$]*}. Quotes, semicolons, comment markers, backslashes, control characters and
 * non-ASCII letters are refused at startup, so that no name needs escaping and every database reads it the same
 * way.
 */
final class PlainIdentifier {

	private static final Pattern PLAIN = Pattern.compile("[A-Za-z_][A-Za-z0-9_$]*");

	private PlainIdentifier() {
	}

	static boolean isPlain(String name) {
		return PLAIN.matcher(name).matches();
	}

	/**
	 * Refuses a name that is not a plain identifier.
	 * @param name the table or column name
	 * @param subject what declares it, for the message: {@code "User.username maps to the column"}
	 * @throws AssociationDefinitionException naming the subject, the name and its first offending character
	 */
	static void require(String name, String subject) {
		if (!isPlain(name)) {
			throw new AssociationDefinitionException(subject + " '" + printable(name) + "', which is not a plain "
					+ "identifier (" + offence(name) + "). Table and column names may hold only the letters A-Z and "
					+ "a-z, digits, '_' and '$', and start with a letter or '_'.");
		}
	}

	private static String offence(String name) {
		if (name.isEmpty()) {
			return "it is empty";
		}
		for (int index = 0; index < name.length(); index = name.offsetByCodePoints(index, 1)) {
			int codePoint = name.codePointAt(index);
			boolean letter = (codePoint >= 'A' && codePoint <= 'Z') || (codePoint >= 'a' && codePoint <= 'z')
					|| codePoint == '_';
			boolean other = (codePoint >= '0' && codePoint <= '9') || codePoint == '$';
			if (index == 0 && other) {
				return "it starts with '" + Character.toString(codePoint) + "'";
			}
			if (!letter && !other) {
				return "character " + describe(codePoint) + " at index " + index;
			}
		}
		return "it is not one";
	}

	private static String describe(int codePoint) {
		String hex = String.format("U+%04X", codePoint);
		if (codePoint < 0x20 || Character.getType(codePoint) == Character.FORMAT || codePoint == 0x7F) {
			return hex + " (" + Character.getName(codePoint) + ")";
		}
		return "'" + Character.toString(codePoint) + "' (" + hex + ")";
	}

	/** The name with control and format characters (NUL, right-to-left marks, joiners) shown as escapes. */
	static String printable(String name) {
		StringBuilder printable = new StringBuilder(name.length());
		name.codePoints().forEach((codePoint) -> {
			if (codePoint < 0x20 || codePoint == 0x7F || Character.getType(codePoint) == Character.FORMAT) {
				printable.append(String.format("\\u%04X", codePoint));
			}
			else {
				printable.appendCodePoint(codePoint);
			}
		});
		return printable.toString();
	}

}
