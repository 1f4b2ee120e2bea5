package dev.association.write;

import dev.association.Associations;
import dev.association.QueryException;
import dev.association.repository.AssociationRepository;
import dev.association.repository.OneAccessor;
import dev.association.seed.Picture;
import dev.association.seed.Post;
import dev.association.seed.Profile;
import dev.association.seed.User;
import dev.association.testing.AllDatabasesAndGalera;
import dev.association.testing.TestDatabase;

import static dev.association.write.WriteTesting.count;
import static dev.association.write.WriteTesting.instant;
import static dev.association.write.WriteTesting.longs;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class OneAccessorIntegrationTests {

	private Associations associations;

	private User alice;

	private void seed(TestDatabase db) {
		this.associations = WriteTesting.engine(db);
		this.alice = users().create(new User("alice"));
		db.statements().reset();
	}

	private AssociationRepository<User, Long> users() {
		return this.associations.repository(User.class);
	}

	private Profile profile(String bio) {
		return this.associations.<Profile, Long>repository(Profile.class).create(new Profile(bio));
	}

	@AllDatabasesAndGalera
	void hasOneSetLinksTheTargetAndUnlinksThePreviousOne(TestDatabase db) {
		seed(db);
		Profile first = profile("first");
		Profile second = profile("second");
		OneAccessor<Profile> profileOfAlice = users().one(this.alice, "profile");
		profileOfAlice.set(first);
		assertThat(first.userId).isEqualTo(this.alice.id);
		profileOfAlice.set(second.id);
		assertThat(longs(db, "SELECT id FROM profiles WHERE user_id = ?", this.alice.id)).containsExactly(second.id);
		assertThat(count(db, "SELECT COUNT(*) FROM profiles WHERE id = ? AND user_id IS NULL", first.id)).isEqualTo(1);
	}

	@AllDatabasesAndGalera
	void hasOneSetOfTheLinkedRowChangesNothingAndSetNullUnlinks(TestDatabase db) {
		seed(db);
		Profile first = profile("first");
		OneAccessor<Profile> profileOfAlice = users().one(this.alice, "profile");
		profileOfAlice.set(first);
		db.statements().reset();
		profileOfAlice.set(first);
		assertThat(db.statements().count()).isEqualTo(1);
		profileOfAlice.set(null);
		assertThat(count(db, "SELECT COUNT(*) FROM profiles WHERE user_id IS NULL")).isEqualTo(1);
	}

	@AllDatabasesAndGalera
	void hasOneCreateInsertsTheTargetWithTheForeignKey(TestDatabase db) {
		seed(db);
		Profile created = users().<Profile>one(this.alice, "profile").create(new Profile("hi"));
		assertThat(created.id).isNotNull();
		assertThat(longs(db, "SELECT user_id FROM profiles WHERE bio = 'hi'")).containsExactly(this.alice.id);
	}

	@AllDatabasesAndGalera
	void belongsToSetWritesTheSourcesForeignKeyAndUpdatedAt(TestDatabase db) {
		seed(db);
		Post post = this.associations.<Post, Long>repository(Post.class).create(new Post("hello"));
		db.statements().reset();
		this.associations.<Post, Long>repository(Post.class).<User>one(post, "author").set(this.alice);
		assertThat(db.statements().count()).isEqualTo(1);
		assertThat(post.authorId).isEqualTo(this.alice.id);
		assertThat(longs(db, "SELECT author_id FROM posts WHERE id = ?", post.id)).containsExactly(this.alice.id);
		assertThat(instant(db, "SELECT updated_at FROM posts WHERE id = ?", post.id)).isEqualTo(post.updatedAt);
		this.associations.<Post, Long>repository(Post.class).<User>one(post, "author").set(null);
		assertThat(post.authorId).isNull();
		assertThat(count(db, "SELECT COUNT(*) FROM posts WHERE author_id IS NULL")).isEqualTo(1);
	}

	@AllDatabasesAndGalera
	void belongsToCreateInsertsTheTargetAndPointsTheSourceAtIt(TestDatabase db) {
		seed(db);
		Picture picture = users().<Picture>one(this.alice, "profilePicture").create(new Picture("me.png"));
		assertThat(picture.id).isNotNull();
		assertThat(this.alice.profilePictureId).isEqualTo(picture.id);
		assertThat(longs(db, "SELECT profile_picture_id FROM users WHERE id = ?", this.alice.id))
			.containsExactly(picture.id);
	}

	@AllDatabasesAndGalera
	void getGoesThroughTheQueryEngine(TestDatabase db) {
		seed(db);
		Profile profile = users().<Profile>one(this.alice, "profile").create(new Profile("bio"));
		assertThat(users().<Profile>one(this.alice, "profile").get()).map((p) -> p.id).contains(profile.id);
		assertThat(this.associations.<Profile, Long>repository(Profile.class).<User>one(profile, "user").get())
			.map((u) -> u.username)
			.contains("alice");
	}

	@AllDatabasesAndGalera
	void belongsToGetWithoutAForeignKeyIsEmptyWithoutAStatement(TestDatabase db) {
		seed(db);
		Post post = this.associations.<Post, Long>repository(Post.class).create(new Post("orphan"));
		db.statements().reset();
		assertThat(this.associations.<Post, Long>repository(Post.class).<User>one(post, "author").get()).isEmpty();
		assertThat(db.statements().count()).isZero();
	}

	@AllDatabasesAndGalera
	void manyOnAToOneAliasAndOneOnAToManyAliasNameTheKind(TestDatabase db) {
		seed(db);
		assertThatExceptionOfType(QueryException.class).isThrownBy(() -> users().many(this.alice, "profile"))
			.withMessage("User.profile (hasOne Profile) is a hasOne association, which holds one row: use "
					+ "one(user, \"profile\"), not many(...).");
		assertThatExceptionOfType(QueryException.class).isThrownBy(() -> users().one(this.alice, "roles"))
			.withMessage("User.roles (belongsToMany Role) is a belongsToMany association, which holds many rows: use "
					+ "many(user, \"roles\"), not one(...).");
		assertThatExceptionOfType(QueryException.class).isThrownBy(() -> users().one(this.alice, "profil"))
			.withMessageStartingWith("User has no association 'profil'. Associations of User: profile, posts, roles,");
	}

}
