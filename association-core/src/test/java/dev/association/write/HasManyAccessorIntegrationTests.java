package dev.association.write;

import java.util.List;
import java.util.Map;

import dev.association.Associations;
import dev.association.QueryException;
import dev.association.WriteException;
import dev.association.query.Find;
import dev.association.query.Where;
import dev.association.repository.AssociationRepository;
import dev.association.repository.ManyAccessor;
import dev.association.seed.Article;
import dev.association.seed.Comment;
import dev.association.seed.Post;
import dev.association.seed.User;
import dev.association.testing.AllDatabasesAndGalera;
import dev.association.testing.TestDatabase;
import dev.association.write.WriteModels.Shelf;
import dev.association.write.WriteModels.Warehouse;

import static dev.association.write.WriteTesting.count;
import static dev.association.write.WriteTesting.longs;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class HasManyAccessorIntegrationTests {

	private Associations associations;

	private User alice;

	private List<Post> posts;

	private void seed(TestDatabase db) {
		this.associations = WriteTesting.engine(db);
		this.alice = users().create(new User("alice"));
		this.posts = List.of(new Post("one"), new Post("two"), new Post("three"));
		this.associations.<Post, Long>repository(Post.class).bulkCreate(this.posts);
		db.statements().reset();
	}

	private AssociationRepository<User, Long> users() {
		return this.associations.repository(User.class);
	}

	private ManyAccessor<Post> alicesPosts() {
		return users().many(this.alice, "posts");
	}

	private long post(int index) {
		return this.posts.get(index).id;
	}

	@AllDatabasesAndGalera
	void addLinksInstancesAndKeysInOneStatementAndUpdatesTheInstances(TestDatabase db) {
		seed(db);
		alicesPosts().add(this.posts.get(0), post(1), (int) post(1));
		assertThat(db.statements().count()).isEqualTo(1);
		assertThat(longs(db, "SELECT id FROM posts WHERE author_id = ? ORDER BY id", this.alice.id))
			.containsExactly(post(0), post(1));
		assertThat(this.posts.get(0).authorId).isEqualTo(this.alice.id);
		assertThat(this.posts.get(0).updatedAt).isAfterOrEqualTo(this.posts.get(0).createdAt);
	}

	@AllDatabasesAndGalera
	void setNullsTheForeignKeyOfRowsNoLongerInTheSetAndLinksTheNewOnes(TestDatabase db) {
		seed(db);
		alicesPosts().add(post(0), post(1));
		alicesPosts().set(List.of(this.posts.get(1), this.posts.get(2)));
		assertThat(longs(db, "SELECT id FROM posts WHERE author_id = ? ORDER BY id", this.alice.id))
			.containsExactly(post(1), post(2));
		assertThat(count(db, "SELECT COUNT(*) FROM posts WHERE id = ? AND author_id IS NULL", post(0))).isEqualTo(1);
		assertThat(this.posts.get(2).authorId).isEqualTo(this.alice.id);
	}

	@AllDatabasesAndGalera
	void setToAnEmptyCollectionUnlinksEveryRow(TestDatabase db) {
		seed(db);
		alicesPosts().add(post(0), post(1), post(2));
		alicesPosts().set(List.of());
		assertThat(count(db, "SELECT COUNT(*) FROM posts WHERE author_id IS NULL")).isEqualTo(3);
	}

	@AllDatabasesAndGalera
	void removeNullsTheForeignKeyOfTheGivenRowsOnly(TestDatabase db) {
		seed(db);
		alicesPosts().add(post(0), post(1));
		alicesPosts().remove(this.posts.get(0));
		assertThat(longs(db, "SELECT id FROM posts WHERE author_id = ?", this.alice.id)).containsExactly(post(1));
		assertThat(this.posts.get(0).authorId).isNull();
		assertThat(count(db, "SELECT COUNT(*) FROM posts")).isEqualTo(3);
	}

	@AllDatabasesAndGalera
	void hasIsTrueOnlyWhenEveryGivenRowIsLinked(TestDatabase db) {
		seed(db);
		alicesPosts().add(post(0), post(1));
		db.statements().reset();
		assertThat(alicesPosts().has(post(0), this.posts.get(1))).isTrue();
		assertThat(alicesPosts().has(post(0), post(2))).isFalse();
		assertThat(alicesPosts().has()).isTrue();
		assertThat(db.statements().count()).isEqualTo(2);
	}

	@AllDatabasesAndGalera
	void createInsertsTheTargetWithTheForeignKeySet(TestDatabase db) {
		seed(db);
		Post post = alicesPosts().create(new Post("four"));
		assertThat(post.id).isNotNull();
		assertThat(post.authorId).isEqualTo(this.alice.id);
		assertThat(longs(db, "SELECT author_id FROM posts WHERE title = 'four'")).containsExactly(this.alice.id);
	}

	@AllDatabasesAndGalera
	void addAndCreateWriteTheScopeOfAScopedAssociation(TestDatabase db) {
		seed(db);
		Article article = this.associations.<Article, Long>repository(Article.class).create(new Article("news"));
		Comment loose = this.associations.<Comment, Long>repository(Comment.class).create(new Comment("first"));
		ManyAccessor<Comment> comments = this.associations.<Article, Long>repository(Article.class)
			.many(article, "comments");
		comments.add(loose);
		Comment created = comments.create(new Comment("second"));
		assertThat(db.jdbc()
			.queryForList("SELECT commentable_type FROM comments WHERE commentable_id = ? ORDER BY id", String.class,
					article.id))
			.containsExactly("article", "article");
		assertThat(loose.commentableType).isEqualTo("article");
		assertThat(created.commentableType).isEqualTo("article");
		assertThat(comments.has(loose, created)).isTrue();
	}

	@AllDatabasesAndGalera
	void setOnANotNullForeignKeyRefusesBeforeAnyRowChanges(TestDatabase db) {
		seed(db);
		AssociationRepository<Warehouse, Long> warehouses = this.associations.repository(Warehouse.class);
		Warehouse north = warehouses.create(new Warehouse("north"));
		Warehouse south = warehouses.create(new Warehouse("south"));
		List<Shelf> shelves = List.of(new Shelf("A1", north.id), new Shelf("A2", north.id), new Shelf("B1", south.id));
		this.associations.<Shelf, Long>repository(Shelf.class).bulkCreate(shelves);
		assertThatExceptionOfType(WriteException.class)
			.isThrownBy(() -> warehouses.<Shelf>many(north, "shelves").set(List.of(shelves.get(1), shelves.get(2))))
			.withMessage("Cannot unlink 1 Shelf row(s) from Warehouse.shelves (hasMany Shelf): Shelf.warehouseId "
					+ "(column warehouse_id) is NOT NULL. Destroy those rows instead, or make the foreign key "
					+ "nullable with foreignKey(\"warehouseId\", true).");
		assertThat(longs(db, "SELECT warehouse_id FROM shelves ORDER BY label")).containsExactly(north.id, north.id,
				south.id);
		assertThatExceptionOfType(WriteException.class)
			.isThrownBy(() -> warehouses.<Shelf>many(north, "shelves").remove(shelves.get(0)));
		warehouses.<Shelf>many(north, "shelves").add(shelves.get(2));
		assertThat(longs(db, "SELECT warehouse_id FROM shelves ORDER BY label")).containsExactly(north.id, north.id,
				north.id);
	}

	@AllDatabasesAndGalera
	void getAndCountGoThroughTheQueryEngine(TestDatabase db) {
		seed(db);
		alicesPosts().add(post(0), post(2));
		assertThat(alicesPosts().get()).extracting((p) -> p.title).containsExactlyInAnyOrder("one", "three");
		assertThat(alicesPosts().get(Find.where(Where.eq("title", "three")))).extracting((p) -> p.id)
			.containsExactly(post(2));
		assertThat(alicesPosts().count()).isEqualTo(2);
		assertThat(alicesPosts().count(Where.eq("title", "one"))).isEqualTo(1);
	}

	@AllDatabasesAndGalera
	void targetsThatAreNeitherInstancesNorKeysAreRefusedWithWhatIsAccepted(TestDatabase db) {
		seed(db);
		assertThatExceptionOfType(QueryException.class).isThrownBy(() -> alicesPosts().add("one"))
			.withMessage("User.posts (hasMany Post) takes Post instances or Post.id values (Long); got a String (one).");
		assertThatExceptionOfType(QueryException.class).isThrownBy(() -> alicesPosts().add(new Post("unsaved")))
			.withMessage("User.posts (hasMany Post): the Post instance has no id; create it first, or use create(...).");
		assertThatExceptionOfType(QueryException.class)
			.isThrownBy(() -> alicesPosts().add(post(0), Map.of("role", "x")))
			.withMessageContaining("only belongsToMany has; User.posts (hasMany Post) is a hasMany");
		assertThat(count(db, "SELECT COUNT(*) FROM posts WHERE author_id IS NOT NULL")).isZero();
	}

	@AllDatabasesAndGalera
	void accessorsOfAnUnsavedSourceAreRefused(TestDatabase db) {
		seed(db);
		assertThatExceptionOfType(QueryException.class)
			.isThrownBy(() -> users().<Post>many(new User("nobody"), "posts").add(post(0)))
			.withMessage("Cannot use User.posts (hasMany Post) of a User whose id is null: create it first.");
	}

}
