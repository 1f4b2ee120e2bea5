package dev.association.metadata;

import org.jspecify.annotations.Nullable;

/**
 * A key attribute name of a definition and the value the user gave (null when the name is the default), so that an
 * explicit value can win over a default when the two sides of a pair are reconciled.
 * @param explicit the name the user gave, or null
 * @param name the name in force
 */
record KeyName(@Nullable String explicit, String name) {

	KeyName {
		name = (explicit != null) ? explicit : name;
	}

}
