package dev.association.execution;

import dev.association.dialect.ColumnReader;
import dev.association.plan.Parameters;
import org.jspecify.annotations.Nullable;

/**
 * A find compiled before any JDBC call: its root statement with its readers, and one compiled statement per to-many
 * level in the order they run. It holds no value of the find it was compiled from: an execution binds the values of
 * any find of the same shape ({@link dev.association.plan.FindShape}), taken by {@link Parameters#values}.
 * Immutable, so it can be shared by every execution of its shape.
 * @param root the root statement
 * @param rootNode the readers of the root statement
 * @param rootKeyReader the reader of the root's primary key when joined levels repeat the roots, or null
 * @param rootKeyColumn the column of the root's primary key, when read
 * @param levels the separate to-many levels, by ordinal, in the order they run
 * @param parameters the value slots of the find
 */
record CompiledFind(CompiledStatement root, CompiledNode rootNode, @Nullable ColumnReader rootKeyReader,
		int rootKeyColumn, CompiledLevel[] levels, Parameters parameters) {

}
