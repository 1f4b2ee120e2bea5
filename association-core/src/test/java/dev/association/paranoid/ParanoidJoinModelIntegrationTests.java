package dev.association.paranoid;

import java.util.List;
import java.util.Map;

import dev.association.Associations;
import dev.association.paranoid.ParanoidModels.Author;
import dev.association.paranoid.ParanoidModels.Label;
import dev.association.query.Find;
import dev.association.repository.AssociationRepository;
import dev.association.repository.ManyAccessor;
import dev.association.testing.AllDatabasesAndGalera;
import dev.association.testing.TestDatabase;

import static dev.association.paranoid.ParanoidFixture.count;
import static dev.association.paranoid.ParanoidFixture.longs;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A belongsToMany through a paranoid join model: remove and set soft-delete the join rows they drop, add of a
 * soft-deleted pair restores that very row, reads skip soft-deleted join rows, and the pair's unique key holds
 * (data: {@link ParanoidFixture}; ann's taggings: 1 java, 2 sql soft-deleted, 3 old).
 */
class ParanoidJoinModelIntegrationTests {

	private static ManyAccessor<Label> labels(Associations associations, long author) {
		AssociationRepository<Author, Long> authors = associations.repository(Author.class);
		return authors.many(authors.findByPk(author).orElseThrow(), "labels");
	}

	private static List<Long> live(TestDatabase db, long author) {
		return longs(db, "SELECT label_id FROM taggings WHERE author_id = ? AND deleted_at IS NULL ORDER BY label_id",
				author);
	}

	@AllDatabasesAndGalera
	void removeSoftDeletesTheJoinRowAndKeepsTheTarget(TestDatabase db) {
		Associations associations = ParanoidFixture.engine(db);
		ManyAccessor<Label> labels = labels(associations, 1L);
		db.statements().reset();
		labels.remove(1L);
		assertThat(db.statements().count()).isEqualTo(1);
		assertThat(db.statements().statements().get(0)).startsWith("UPDATE");
		assertThat(live(db, 1L)).containsExactly(3L);
		assertThat(count(db, "SELECT COUNT(*) FROM taggings WHERE author_id = 1")).isEqualTo(3);
		assertThat(count(db, "SELECT COUNT(*) FROM taggings WHERE id = 1 AND updated_at IS NOT NULL")).isEqualTo(1);
		assertThat(count(db, "SELECT COUNT(*) FROM labels WHERE id = 1 AND deleted_at IS NULL")).isEqualTo(1);
		assertThat(labels.get()).isEmpty();
		assertThat(labels.has(1L)).isFalse();
	}

	@AllDatabasesAndGalera
	void setSoftDeletesTheJoinRowsItDropsAndRestoresTheOnesItWantsBack(TestDatabase db) {
		Associations associations = ParanoidFixture.engine(db);
		ManyAccessor<Label> labels = labels(associations, 1L);
		labels.set(List.of(2L));
		assertThat(live(db, 1L)).containsExactly(2L);
		assertThat(longs(db, "SELECT id FROM taggings WHERE author_id = 1 ORDER BY id"))
			.as("no row inserted or deleted")
			.containsExactly(1L, 2L, 3L);
		assertThat(count(db, "SELECT COUNT(*) FROM taggings WHERE id = 2 AND deleted_at IS NULL")).isEqualTo(1);
		assertThat(labels.get()).extracting((l) -> l.name).containsExactly("sql");
		labels.set(List.of());
		assertThat(live(db, 1L)).isEmpty();
		assertThat(count(db, "SELECT COUNT(*) FROM taggings")).isEqualTo(4);
	}

	@AllDatabasesAndGalera
	void addOfASoftDeletedPairRestoresThatRowWithTheNewThroughValues(TestDatabase db) {
		Associations associations = ParanoidFixture.engine(db);
		ManyAccessor<Label> labels = labels(associations, 1L);
		labels.add(2L, Map.of("note", "back"));
		assertThat(longs(db, "SELECT id FROM taggings WHERE author_id = 1 AND label_id = 2")).as("the same row")
			.containsExactly(2L);
		assertThat(db.jdbc().queryForObject("SELECT note FROM taggings WHERE id = 2", String.class)).isEqualTo("back");
		assertThat(live(db, 1L)).containsExactly(1L, 2L, 3L);
		assertThat(labels.get(Find.all().order("name"))).extracting((l) -> l.name + " " + l.tagging.note)
			.containsExactly("java seed", "sql back");
		labels.add(2L);
		labels.remove(2L);
		labels.add(2L);
		assertThat(count(db, "SELECT COUNT(*) FROM taggings WHERE author_id = 1 AND label_id = 2")).isEqualTo(1);
	}

	@AllDatabasesAndGalera
	void addOfANewPairInsertsAJoinRowAndTheUniqueKeyStaysValid(TestDatabase db) {
		Associations associations = ParanoidFixture.engine(db);
		ManyAccessor<Label> labels = labels(associations, 2L);
		labels.add(1L);
		labels.add(1L);
		assertThat(live(db, 2L)).containsExactly(1L, 2L);
		assertThat(count(db, "SELECT COUNT(*) FROM taggings WHERE author_id = 2 AND label_id = 1")).isEqualTo(1);
		assertThat(labels.count()).isEqualTo(2);
		assertThat(labels.has(1L, 2L)).isTrue();
	}

	@AllDatabasesAndGalera
	void theOtherSideSkipsSoftDeletedJoinRowsToo(TestDatabase db) {
		Associations associations = ParanoidFixture.engine(db);
		AssociationRepository<Label, Long> labels = associations.repository(Label.class);
		Label sql = labels.findByPk(2L).orElseThrow();
		assertThat(labels.<Author>many(sql, "authors").get()).extracting((a) -> a.name).containsExactly("bob");
		assertThat(labels.many(sql, "authors").count()).isEqualTo(1);
		assertThat(labels.many(sql, "authors").has(1L)).isFalse();
		assertThat(labels.findAll(Find.all().include("authors"))).extracting((l) -> l.authors.size())
			.containsExactly(1, 1);
	}

	@AllDatabasesAndGalera
	void aJoinModelIsAParanoidModelOfItsOwn(TestDatabase db) {
		Associations associations = ParanoidFixture.engine(db);
		AssociationRepository<ParanoidModels.Tagging, Long> taggings = associations
			.repository(ParanoidModels.Tagging.class);
		assertThat(taggings.count()).isEqualTo(3);
		assertThat(taggings.count(Find.all().paranoid(false))).isEqualTo(4);
		assertThat(taggings.restore(dev.association.query.Where.eq("id", 2L))).isEqualTo(1);
		assertThat(labels(associations, 1L).get()).extracting((l) -> l.name).containsExactly("java", "sql");
	}

}
