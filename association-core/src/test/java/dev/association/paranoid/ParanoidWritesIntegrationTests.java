package dev.association.paranoid;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

import dev.association.Associations;
import dev.association.HookType;
import dev.association.QueryException;
import dev.association.WriteException;
import dev.association.paranoid.ParanoidModels.Article;
import dev.association.paranoid.ParanoidModels.Author;
import dev.association.paranoid.ParanoidModels.Bio;
import dev.association.paranoid.ParanoidModels.Shelf;
import dev.association.query.Find;
import dev.association.query.Where;
import dev.association.repository.AssociationRepository;
import dev.association.testing.AllDatabasesAndGalera;
import dev.association.testing.TestDatabase;

import static dev.association.paranoid.ParanoidFixture.count;
import static dev.association.paranoid.ParanoidFixture.longs;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * destroy soft-deletes the rows of a paranoid model, forceDestroy deletes them, restore brings them back; hooks and
 * {@code hooks(true)} cascades (data: {@link ParanoidFixture}).
 */
class ParanoidWritesIntegrationTests {

	private static Author author(Associations associations, long id) {
		return associations.<Author, Long>repository(Author.class).findByPk(id, Find.all().paranoid(false))
			.orElseThrow();
	}

	private static long deleted(TestDatabase db, String table) {
		return count(db, "SELECT COUNT(*) FROM " + table + " WHERE deleted_at IS NOT NULL");
	}

	@AllDatabasesAndGalera
	void destroySetsDeletedAtAndUpdatedAtInOneStatementAndKeepsTheRow(TestDatabase db) {
		Associations associations = ParanoidFixture.engine(db);
		AssociationRepository<Bio, Long> bios = associations.repository(Bio.class);
		Bio bio = bios.findByPk(1L).orElseThrow();
		Instant before = Instant.now().truncatedTo(ChronoUnit.MICROS);
		db.statements().reset();
		bios.destroy(bio);
		assertThat(db.statements().count()).isEqualTo(1);
		assertThat(db.statements().statements().get(0)).startsWith("UPDATE");
		assertThat(bio.deletedAt.toInstant()).isBetween(before, Instant.now());
		assertThat(count(db, "SELECT COUNT(*) FROM bios")).isEqualTo(3);
		assertThat(longs(db, "SELECT id FROM bios WHERE deleted_at IS NOT NULL ORDER BY id")).containsExactly(1L, 2L);
		assertThat(bios.findByPk(1L)).isEmpty();
	}

	@AllDatabasesAndGalera
	void destroyOfASoftDeletedRowChangesNothing(TestDatabase db) {
		Associations associations = ParanoidFixture.engine(db);
		AssociationRepository<Bio, Long> bios = associations.repository(Bio.class);
		Bio bob = bios.findByPk(2L, Find.all().paranoid(false)).orElseThrow();
		bios.destroy(bob);
		assertThat(bob.deletedAt.toInstant()).isEqualTo(ParanoidFixture.DELETED);
		assertThat(bios.findByPk(2L, Find.all().paranoid(false)).orElseThrow().deletedAt.toInstant())
			.isEqualTo(ParanoidFixture.DELETED);
	}

	@AllDatabasesAndGalera
	void destroyWhereSoftDeletesOnlyTheRowsNotYetSoftDeletedAndCountsThem(TestDatabase db) {
		Associations associations = ParanoidFixture.engine(db);
		AssociationRepository<Bio, Long> bios = associations.repository(Bio.class);
		assertThat(bios.destroy(Where.in("id", 1L, 2L))).isEqualTo(1);
		assertThat(db.statements().count()).isEqualTo(1);
		assertThat(count(db, "SELECT COUNT(*) FROM bios")).isEqualTo(3);
		assertThat(deleted(db, "bios")).isEqualTo(2);
		assertThat(count(db, "SELECT COUNT(*) FROM bios WHERE id = 2 AND deleted_at = ?",
				java.time.OffsetDateTime.ofInstant(ParanoidFixture.DELETED, java.time.ZoneOffset.UTC)))
			.as("the first soft delete's time is kept").isEqualTo(1);
	}

	@AllDatabasesAndGalera
	void aSoftDeleteChangesNoOtherRowWithoutHooksTrue(TestDatabase db) {
		Associations associations = ParanoidFixture.engine(db, (builder) -> builder.models(Shelf.class));
		AssociationRepository<Author, Long> authors = associations.repository(Author.class);
		Author bob = author(associations, 2L);
		authors.destroy(bob);
		assertThat(count(db, "SELECT COUNT(*) FROM bios WHERE author_id = 2")).as("onDelete CASCADE did not fire")
			.isEqualTo(1);
		assertThat(count(db, "SELECT COUNT(*) FROM taggings WHERE author_id = 2 AND deleted_at IS NULL"))
			.as("hooks(true) belongsToMany: the join row is soft-deleted as its paranoid model destroys")
			.isZero();
		assertThat(count(db, "SELECT COUNT(*) FROM taggings WHERE author_id = 2")).isEqualTo(1);
		assertThat(bob.deletedAt).isNotNull();
		assertThat(bob.updatedAt).isEqualTo(bob.deletedAt);
	}

	@AllDatabasesAndGalera
	void hooksTrueCascadesDestroyEachChildAsItsModelDestroysRecursivelyInOneTransaction(TestDatabase db) {
		List<String> destroyed = new ArrayList<>();
		Associations associations = ParanoidFixture.engine(db, (builder) -> builder
			.hook(Article.class, HookType.BEFORE_DESTROY, (a) -> destroyed.add("article " + a.title))
			.hook(ParanoidModels.Remark.class, HookType.AFTER_DESTROY, (r) -> destroyed.add("remark " + r.body))
			.hook(Author.class, HookType.AFTER_DESTROY, (a) -> destroyed.add("author " + a.name)));
		AssociationRepository<Author, Long> authors = associations.repository(Author.class);
		authors.destroy(author(associations, 1L));
		assertThat(destroyed).containsExactly("article one", "remark nice", "article three", "author ann");
		assertThat(longs(db, "SELECT id FROM articles WHERE deleted_at IS NOT NULL ORDER BY id"))
			.as("soft-deleted, article two untouched").containsExactly(1L, 2L, 3L, 4L);
		assertThat(count(db, "SELECT COUNT(*) FROM articles")).isEqualTo(5);
		assertThat(longs(db, "SELECT id FROM remarks ORDER BY id")).as("remarks are not paranoid: deleted")
			.containsExactly(2L);
		assertThat(count(db, "SELECT COUNT(*) FROM taggings WHERE author_id = 1 AND deleted_at IS NULL")).isZero();
		assertThat(count(db, "SELECT COUNT(*) FROM bios WHERE author_id = 1 AND deleted_at IS NULL")).isEqualTo(1);
		assertThat(count(db, "SELECT COUNT(*) FROM articles WHERE id = 2 AND deleted_at IS NOT NULL")).isEqualTo(1);
	}

	@AllDatabasesAndGalera
	void aHookThatThrowsRollsTheWholeSoftCascadeBack(TestDatabase db) {
		Associations associations = ParanoidFixture.engine(db, (builder) -> builder.hook(Author.class,
				HookType.AFTER_DESTROY, (a) -> {
					throw new IllegalStateException("no");
				}));
		AssociationRepository<Author, Long> authors = associations.repository(Author.class);
		assertThatExceptionOfType(IllegalStateException.class).isThrownBy(
				() -> authors.destroy(author(associations, 1L)));
		assertThat(deleted(db, "articles")).isEqualTo(2);
		assertThat(deleted(db, "authors")).isEqualTo(1);
		assertThat(count(db, "SELECT COUNT(*) FROM remarks")).isEqualTo(2);
		assertThat(deleted(db, "taggings")).isEqualTo(1);
	}

	@AllDatabasesAndGalera
	void forceDestroyDeletesTheRowThroughTheDatabaseRules(TestDatabase db) {
		Associations associations = ParanoidFixture.engine(db);
		AssociationRepository<Bio, Long> bios = associations.repository(Bio.class);
		bios.forceDestroy(bios.findByPk(2L, Find.all().paranoid(false)).orElseThrow());
		assertThat(db.statements().count()).isEqualTo(2);
		assertThat(longs(db, "SELECT id FROM bios ORDER BY id")).containsExactly(1L, 3L);
		AssociationRepository<Author, Long> authors = associations.repository(Author.class);
		authors.forceDestroy(author(associations, 3L));
		assertThat(longs(db, "SELECT id FROM authors ORDER BY id")).containsExactly(1L, 2L);
		assertThat(longs(db, "SELECT id FROM bios ORDER BY id")).as("ON DELETE CASCADE").containsExactly(1L);
		assertThat(count(db, "SELECT COUNT(*) FROM articles WHERE author_id = 3")).isZero();
	}

	@AllDatabasesAndGalera
	void forceDestroyWhereDeletesSoftDeletedRowsToo(TestDatabase db) {
		Associations associations = ParanoidFixture.engine(db);
		AssociationRepository<Bio, Long> bios = associations.repository(Bio.class);
		assertThat(bios.forceDestroy(Where.in("id", 1L, 2L))).isEqualTo(2);
		assertThat(db.statements().count()).isEqualTo(1);
		assertThat(longs(db, "SELECT id FROM bios")).containsExactly(3L);
		assertThat(associations.<Shelf, Long>repository(Shelf.class).forceDestroy(Where.eq("id", 1L))).isZero();
	}

	@AllDatabasesAndGalera
	void destroyHooksRunForSoftAndForcedDeletes(TestDatabase db) {
		List<String> calls = new ArrayList<>();
		Associations associations = ParanoidFixture.engine(db, (builder) -> builder
			.hook(Bio.class, HookType.BEFORE_DESTROY, (b) -> calls.add("before " + b.id + " " + (b.deletedAt != null)))
			.hook(Bio.class, HookType.AFTER_DESTROY, (b) -> calls.add("after " + b.id + " " + (b.deletedAt != null))));
		AssociationRepository<Bio, Long> bios = associations.repository(Bio.class);
		bios.destroy(bios.findByPk(1L).orElseThrow());
		assertThat(bios.destroy(Where.notNull("id"))).isEqualTo(1);
		bios.forceDestroy(bios.findByPk(2L, Find.all().paranoid(false)).orElseThrow());
		assertThat(bios.forceDestroy(Where.eq("id", 1L))).isEqualTo(1);
		assertThat(calls).containsExactly("before 1 false", "after 1 true", "before 3 false", "after 3 true",
				"before 2 true", "after 2 true", "before 1 true", "after 1 true");
		assertThat(longs(db, "SELECT id FROM bios")).containsExactly(3L);
	}

	@AllDatabasesAndGalera
	void restoreSetsDeletedAtBackToNullAndRunsTheRestoreHooks(TestDatabase db) {
		List<String> calls = new ArrayList<>();
		Associations associations = ParanoidFixture.engine(db, (builder) -> builder
			.hook(Author.class, HookType.BEFORE_RESTORE, (a) -> calls.add("before " + a.name + " "
					+ (a.deletedAt != null)))
			.hook(Author.class, HookType.AFTER_RESTORE, (a) -> calls.add("after " + a.name + " "
					+ (a.deletedAt != null))));
		AssociationRepository<Author, Long> authors = associations.repository(Author.class);
		Author cid = author(associations, 3L);
		Instant before = Instant.now().truncatedTo(ChronoUnit.MICROS);
		authors.restore(cid);
		assertThat(calls).containsExactly("before cid true", "after cid false");
		assertThat(cid.deletedAt).isNull();
		assertThat(cid.updatedAt).isBetween(before, Instant.now());
		assertThat(authors.findByPk(3L)).isPresent();
		assertThat(authors.count()).isEqualTo(3);
		assertThat(count(db, "SELECT COUNT(*) FROM articles WHERE author_id = 3 AND deleted_at IS NULL"))
			.as("a restore changes no other row").isEqualTo(1);
	}

	@AllDatabasesAndGalera
	void restoreWhereRestoresTheSoftDeletedRowsThatMatchInOneStatement(TestDatabase db) {
		Associations associations = ParanoidFixture.engine(db);
		AssociationRepository<Article, Long> articles = associations.repository(Article.class);
		assertThat(articles.restore(Where.in("id", 1L, 2L, 4L))).isEqualTo(2);
		assertThat(db.statements().count()).isEqualTo(1);
		assertThat(deleted(db, "articles")).isZero();
		assertThat(count(db, "SELECT COUNT(*) FROM articles WHERE id = 1 AND updated_at IS NULL"))
			.as("a row not soft-deleted is not touched").isEqualTo(1);
		assertThat(articles.restore(Where.notNull("deletedAt"))).isZero();
		assertThat(articles.count()).isEqualTo(5);
	}

	@AllDatabasesAndGalera
	void restoreWithHooksGoesRowByRow(TestDatabase db) {
		List<Long> restored = new ArrayList<>();
		Associations associations = ParanoidFixture.engine(db,
				(builder) -> builder.hook(Article.class, HookType.AFTER_RESTORE, (a) -> restored.add(a.id)));
		AssociationRepository<Article, Long> articles = associations.repository(Article.class);
		assertThat(articles.restore(Where.notNull("deletedAt"))).isEqualTo(2);
		assertThat(restored).containsExactly(2L, 4L);
		assertThat(deleted(db, "articles")).isZero();
	}

	@AllDatabasesAndGalera
	void restoreOfAModelThatIsNotParanoidIsAnErrorBeforeAnyStatement(TestDatabase db) {
		Associations associations = ParanoidFixture.engine(db);
		AssociationRepository<Shelf, Long> shelves = associations.repository(Shelf.class);
		Shelf shelf = new Shelf();
		shelf.id = 1L;
		assertThatExceptionOfType(QueryException.class).isThrownBy(() -> shelves.restore(shelf))
			.withMessage("Cannot restore Shelf: it is not paranoid, so its rows are never soft-deleted. "
					+ "Mark it @Model(paranoid = true) and give it a deletedAt attribute.");
		assertThatExceptionOfType(QueryException.class).isThrownBy(() -> shelves.restore(Where.eq("id", 1L)))
			.withMessageStartingWith("Cannot restore Shelf: it is not paranoid");
		assertThatExceptionOfType(QueryException.class)
			.isThrownBy(() -> associations.<Author, Long>repository(Author.class).restore(Where.eq("nme", "x")))
			.withMessage("Author has no attribute 'nme'. Attributes of Author: id, name, createdAt, updatedAt, "
					+ "deletedAt.");
		assertThat(db.statements().count()).isZero();
	}

	@AllDatabasesAndGalera
	void restoreOfARowThatDoesNotExistIsAnError(TestDatabase db) {
		Associations associations = ParanoidFixture.engine(db);
		Author ghost = new Author("ghost");
		ghost.id = 99L;
		assertThatExceptionOfType(WriteException.class)
			.isThrownBy(() -> associations.<Author, Long>repository(Author.class).restore(ghost))
			.withMessage("Cannot restore Author (id 99): no such row.");
	}

	@AllDatabasesAndGalera
	void destroyAndRestoreWhereHonourTheCondition(TestDatabase db) {
		Associations associations = ParanoidFixture.engine(db);
		AssociationRepository<Article, Long> articles = associations.repository(Article.class);
		assertThat(articles.destroy(Where.or(Where.eq("title", "one"), Where.eq("title", "two")))).isEqualTo(1);
		assertThat(articles.findAll()).extracting((a) -> a.title).containsExactly("three", "five");
		assertThat(articles.restore(Where.or(Where.eq("title", "one"), Where.eq("title", "four")))).isEqualTo(2);
		assertThat(articles.findAll()).extracting((a) -> a.title).containsExactly("one", "three", "four", "five");
	}

}
