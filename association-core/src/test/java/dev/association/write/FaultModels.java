package dev.association.write;

import java.util.List;

import dev.association.AssociationRegistry;
import dev.association.ReferentialAction;
import dev.association.annotation.Id;
import dev.association.annotation.Model;

/**
 * Models for the connection-loss tests: a {@code hooks(true)} cascade three levels deep (library -> racks -> boxes
 * -> items) and a belongsToMany through a join table (library readers).
 */
final class FaultModels {

	/** Every model here. */
	static final List<Class<?>> ALL = List.of(Library.class, Rack.class, Box.class, Item.class, Reader.class);

	private FaultModels() {
	}

	@Model(table = "libraries")
	static class Library {

		@Id Long id;

		String name;

		Library() {
		}

		Library(String name) {
			this.name = name;
		}

		static void associate(AssociationRegistry registry) {
			registry.model(Library.class)
				.hasMany(Rack.class, (a) -> a.as("racks").onDelete(ReferentialAction.CASCADE).hooks(true))
				.belongsToMany(Reader.class, (a) -> a.as("readers").through("library_readers"));
		}

	}

	@Model(table = "racks")
	static class Rack {

		@Id Long id;

		Long libraryId;

		Rack() {
		}

		Rack(Long libraryId) {
			this.libraryId = libraryId;
		}

		static void associate(AssociationRegistry registry) {
			registry.model(Rack.class)
				.hasMany(Box.class, (a) -> a.as("boxes").onDelete(ReferentialAction.CASCADE).hooks(true));
		}

	}

	@Model(table = "boxes")
	static class Box {

		@Id Long id;

		Long rackId;

		Box() {
		}

		Box(Long rackId) {
			this.rackId = rackId;
		}

		static void associate(AssociationRegistry registry) {
			registry.model(Box.class)
				.hasMany(Item.class, (a) -> a.as("items").onDelete(ReferentialAction.CASCADE).hooks(true));
		}

	}

	@Model(table = "items")
	static class Item {

		@Id Long id;

		Long boxId;

		String label;

		Item() {
		}

		Item(String label, Long boxId) {
			this.label = label;
			this.boxId = boxId;
		}

	}

	@Model(table = "readers")
	static class Reader {

		@Id Long id;

		String name;

		Reader() {
		}

		Reader(String name) {
			this.name = name;
		}

	}

}
