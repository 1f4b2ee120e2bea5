package dev.association.execution;

import java.util.IdentityHashMap;
import java.util.Map;

import dev.association.dialect.ColumnReader;
import dev.association.dialect.SqlDialect;
import dev.association.metadata.Attribute;
import dev.association.metadata.Metamodel;
import dev.association.metadata.ModelMetadata;

/**
 * The column reader of every attribute of every table, chosen once per engine from the dialect.
 */
final class ColumnReaders {

	private final Map<Attribute, ColumnReader> readers = new IdentityHashMap<>();

	ColumnReaders(Metamodel metamodel, SqlDialect dialect) {
		for (ModelMetadata table : metamodel.tables()) {
			for (Attribute attribute : table.attributes()) {
				this.readers.put(attribute, dialect.reader(attribute));
			}
		}
	}

	ColumnReader get(Attribute attribute) {
		ColumnReader reader = this.readers.get(attribute);
		if (reader == null) {
			throw new IllegalStateException("No reader for " + attribute);
		}
		return reader;
	}

	ColumnReader[] of(java.util.List<Attribute> attributes) {
		ColumnReader[] result = new ColumnReader[attributes.size()];
		for (int i = 0; i < result.length; i++) {
			result[i] = get(attributes.get(i));
		}
		return result;
	}

}
