package dev.association.write;

import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import dev.association.AssociationRegistry;
import dev.association.HookType;
import dev.association.ReferentialAction;
import dev.association.annotation.Id;
import dev.association.annotation.Model;
import dev.association.seed.Tag;

/**
 * Models for write cases that the seed domain does not have: a NOT NULL foreign key with RESTRICT, a
 * {@code hooks(true)} cascade two levels deep, a UUID key with LocalDateTime/OffsetDateTime timestamps, and a
 * hook registered in {@code associate}.
 */
final class WriteModels {

	/** Every model here. */
	static final List<Class<?>> ALL = List.of(Warehouse.class, Shelf.class, Folder.class, Document.class, Page.class,
			Ticket.class, Note.class, FolderLabel.class);

	private WriteModels() {
	}

	@Model(table = "warehouses")
	static class Warehouse {

		@Id Long id;

		String name;

		Warehouse() {
		}

		Warehouse(String name) {
			this.name = name;
		}

		static void associate(AssociationRegistry registry) {
			registry.model(Warehouse.class)
				.hasMany(Shelf.class, (a) -> a.as("shelves").foreignKey("warehouseId", false)
					.onDelete(ReferentialAction.RESTRICT));
		}

	}

	@Model(table = "shelves")
	static class Shelf {

		@Id Long id;

		Long warehouseId;

		String label;

		Shelf() {
		}

		Shelf(String label, Long warehouseId) {
			this.label = label;
			this.warehouseId = warehouseId;
		}

	}

	@Model(table = "folders")
	static class Folder {

		@Id Long id;

		String name;

		Folder() {
		}

		Folder(String name) {
			this.name = name;
		}

		static void associate(AssociationRegistry registry) {
			registry.model(Folder.class)
				.hasMany(Document.class, (a) -> a.as("documents").onDelete(ReferentialAction.CASCADE).hooks(true))
				.belongsToMany(Tag.class, (a) -> a.as("labels").through(FolderLabel.class).hooks(true));
		}

	}

	@Model(table = "folder_labels")
	static class FolderLabel {

		Long folderId;

		Long tagId;

		String color = "grey";

	}

	@Model(table = "documents")
	static class Document {

		@Id Long id;

		Long folderId;

		String title;

		Document() {
		}

		Document(String title, Long folderId) {
			this.title = title;
			this.folderId = folderId;
		}

		static void associate(AssociationRegistry registry) {
			registry.model(Document.class)
				.hasMany(Page.class, (a) -> a.as("pages").onDelete(ReferentialAction.CASCADE).hooks(true));
		}

	}

	@Model(table = "pages")
	static class Page {

		@Id Long id;

		Long documentId;

		int number;

		Page() {
		}

		Page(int number, Long documentId) {
			this.number = number;
			this.documentId = documentId;
		}

	}

	@Model(table = "tickets")
	static class Ticket {

		@Id UUID id;

		String subject;

		String status = "open";

		LocalDateTime createdAt;

		OffsetDateTime updatedAt;

		Ticket() {
		}

		Ticket(String subject) {
			this.subject = subject;
		}

	}

	@Model(table = "notes")
	static class Note {

		@Id Long id;

		String title;

		Note() {
		}

		Note(String title) {
			this.title = title;
		}

		static void associate(AssociationRegistry registry) {
			registry.model(Note.class).hook(HookType.BEFORE_CREATE, (note) -> note.title = note.title.trim());
		}

	}

}
