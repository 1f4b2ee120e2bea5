package dev.association.volume;

import java.util.List;

import dev.association.AssociationRegistry;
import dev.association.annotation.Id;
import dev.association.annotation.Model;

/**
 * Three narrow tables for the volume tests: writers -> entries -> remarks.
 */
final class VolumeModels {

	/** Every model here. */
	static final List<Class<?>> ALL = List.of(Writer.class, Entry.class, Remark.class);

	private VolumeModels() {
	}

	@Model(table = "writers")
	static class Writer {

		@Id Long id;

		String name;

		List<Entry> entries;

		static void associate(AssociationRegistry registry) {
			registry.model(Writer.class).hasMany(Entry.class, (a) -> a.as("entries"));
		}

	}

	@Model(table = "entries")
	static class Entry {

		@Id Long id;

		Long writerId;

		List<Remark> remarks;

		static void associate(AssociationRegistry registry) {
			registry.model(Entry.class).hasMany(Remark.class, (a) -> a.as("remarks"));
		}

	}

	@Model(table = "remarks")
	static class Remark {

		@Id Long id;

		Long entryId;

	}

}
