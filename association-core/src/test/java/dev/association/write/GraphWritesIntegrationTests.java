package dev.association.write;

import java.util.ArrayList;
import java.util.List;

import dev.association.Associations;
import dev.association.QueryException;
import dev.association.WriteException;
import dev.association.query.Include;
import dev.association.repository.AssociationRepository;
import dev.association.seed.Comment;
import dev.association.seed.Picture;
import dev.association.seed.Post;
import dev.association.seed.Profile;
import dev.association.seed.Project;
import dev.association.seed.Role;
import dev.association.seed.Tag;
import dev.association.seed.User;
import dev.association.seed.UserProject;
import dev.association.testing.AllDatabasesAndGalera;
import dev.association.testing.TestDatabase;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import static dev.association.write.WriteTesting.count;
import static dev.association.write.WriteTesting.longs;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Nested create and bulkCreate with includes (SPEC 10.2): the whole graph in one transaction, one level at a time,
 * linked targets, the statement count independent of the number of rows, and nothing left when any row is refused.
 */
class GraphWritesIntegrationTests {

	private Associations associations;

	private <T> AssociationRepository<T, Long> repository(Class<T> model) {
		return this.associations.repository(model);
	}

	private static User userWithGraph(String name, Role existingRole) {
		User user = new User(name);
		user.profilePicture = new Picture(name + ".png");
		user.profile = new Profile("bio of " + name);
		Tag shared = new Tag(name + "-shared");
		Post first = new Post(name + " first");
		first.tags = List.of(new Tag(name + "-java"), shared);
		Comment comment = new Comment("nice");
		first.comments = List.of(comment);
		Post second = new Post(name + " second");
		second.tags = List.of(shared);
		second.comments = List.of();
		user.posts = List.of(first, second);
		user.roles = List.of(new Role(name + "-editor"), existingRole);
		Project apollo = new Project(name + " apollo");
		UserProject owner = new UserProject();
		owner.role = "owner";
		apollo.userProject = owner;
		user.projects = List.of(apollo, new Project(name + " gemini"));
		return user;
	}

	@AllDatabasesAndGalera
	void createSavesEveryIncludedLevelInOrderAndReadsEveryKeyBack(TestDatabase db) {
		this.associations = GraphModels.engine(db);
		Role admin = repository(Role.class).create(new Role("admin"));
		db.statements().reset();
		User ann = userWithGraph("ann", admin);
		repository(User.class).create(ann, Include.of("profilePicture"), Include.of("profile"),
				Include.of("posts").include("tags", "comments"), Include.of("roles"), Include.of("projects"));
		// picture, user, profile, posts, tags, post_tags, comments, roles, user_roles, projects, user_projects
		assertThat(db.statements().count()).isEqualTo(11);
		assertThat(ann.id).isNotNull();
		assertThat(ann.profilePictureId).isEqualTo(ann.profilePicture.id).isNotNull();
		assertThat(db.jdbc().queryForObject("SELECT user_id FROM profiles WHERE id = ?", Long.class, ann.profile.id))
			.isEqualTo(ann.id);
		assertThat(longs(db, "SELECT author_id FROM posts ORDER BY id")).containsExactly(ann.id, ann.id);
		Post first = ann.posts.get(0);
		assertThat(db.jdbc().queryForMap("SELECT commentable_id, commentable_type FROM comments WHERE id = ?",
				first.comments.get(0).id).values()).containsExactly(first.id, "post");
		assertThat(count(db, "SELECT COUNT(*) FROM tags")).isEqualTo(2);
		assertThat(count(db, "SELECT COUNT(*) FROM post_tags")).isEqualTo(3);
		assertThat(longs(db, "SELECT role_id FROM user_roles WHERE user_id = ? ORDER BY role_id", ann.id))
			.containsExactly(admin.id, ann.roles.get(0).id);
		assertThat(count(db, "SELECT COUNT(*) FROM roles")).isEqualTo(2);
		assertThat(db.jdbc().queryForList("SELECT role FROM user_projects WHERE user_id = ? ORDER BY project_id",
				String.class, ann.id)).containsExactly("owner", "member");
		User loaded = repository(User.class)
			.findByPk(ann.id, dev.association.query.Find.all().include("posts.tags", "roles", "profile"))
			.orElseThrow();
		assertThat(loaded.posts).extracting((post) -> post.tags.size()).containsExactly(2, 1);
		assertThat(loaded.roles).extracting((role) -> role.name).containsExactly("admin", "ann-editor");
		assertThat(loaded.profile.bio).isEqualTo("bio of ann");
	}

	@AllDatabasesAndGalera
	void createTakesAliasesAndDottedPathsAsStrings(TestDatabase db) {
		this.associations = GraphModels.engine(db);
		User bob = new User("bob");
		Post post = new Post("hello");
		post.tags = List.of(new Tag("greeting"));
		bob.posts = List.of(post);
		bob.profile = new Profile("bob's bio");
		repository(User.class).create(bob, "profile", "posts.tags");
		assertThat(db.statements().count()).isEqualTo(5);
		assertThat(db.jdbc().queryForObject("SELECT t.name FROM post_tags pt JOIN tags t ON t.id = pt.tag_id "
				+ "JOIN posts p ON p.id = pt.post_id WHERE p.author_id = ?", String.class, bob.id)).isEqualTo("greeting");
	}

	@AllDatabasesAndGalera
	void targetsWithAPrimaryKeyAreLinkedNotInserted(TestDatabase db) {
		this.associations = GraphModels.engine(db);
		Post old = repository(Post.class).create(new Post("old post"));
		Picture picture = repository(Picture.class).create(new Picture("old.png"));
		db.statements().reset();
		User cid = new User("cid");
		cid.profilePicture = picture;
		cid.posts = List.of(old, new Post("new post"));
		repository(User.class).create(cid, "profilePicture", "posts");
		// user, new post, one batched UPDATE linking the old post
		assertThat(db.statements().count()).isEqualTo(3);
		assertThat(count(db, "SELECT COUNT(*) FROM pictures")).isEqualTo(1);
		assertThat(cid.profilePictureId).isEqualTo(picture.id);
		assertThat(count(db, "SELECT COUNT(*) FROM posts")).isEqualTo(2);
		assertThat(longs(db, "SELECT author_id FROM posts ORDER BY id")).containsExactly(cid.id, cid.id);
		assertThat(old.authorId).isEqualTo(cid.id);
		assertThat(old.updatedAt).isEqualTo(cid.updatedAt);
	}

	@AllDatabasesAndGalera
	void bulkCreateRunsTheSameStatementsForTenAndAThousandUsers(TestDatabase db) {
		this.associations = GraphModels.engine(db);
		int ten = bulkCreateGraphs(db, "small", 10);
		int thousand = bulkCreateGraphs(db, "large", 1000);
		// users, profiles, posts, roles, user_roles
		assertThat(ten).isEqualTo(thousand).isEqualTo(5);
		assertThat(count(db, "SELECT COUNT(*) FROM users")).isEqualTo(1010);
		assertThat(count(db, "SELECT COUNT(*) FROM profiles")).isEqualTo(1010);
		assertThat(count(db, "SELECT COUNT(*) FROM posts")).isEqualTo(5050);
		assertThat(count(db, "SELECT COUNT(*) FROM user_roles")).isEqualTo(2020);
		assertThat(count(db, "SELECT COUNT(*) FROM posts p JOIN users u ON u.id = p.author_id "
				+ "WHERE p.title LIKE CONCAT(u.username, '%')")).isEqualTo(5050);
	}

	private int bulkCreateGraphs(TestDatabase db, String prefix, int size) {
		List<User> users = new ArrayList<>();
		for (int i = 0; i < size; i++) {
			String name = prefix + i;
			User user = new User(name);
			user.profile = new Profile("bio " + name);
			user.posts = new ArrayList<>();
			for (int p = 0; p < 5; p++) {
				user.posts.add(new Post(name + " post " + p));
			}
			user.roles = List.of(new Role(name + " reader"), new Role(name + " writer"));
			users.add(user);
		}
		db.statements().reset();
		repository(User.class).bulkCreate(users, Include.of("profile"), Include.of("posts"), Include.of("roles"));
		int statements = db.statements().count();
		assertThat(users).allSatisfy((user) -> {
			assertThat(user.id).isNotNull();
			assertThat(user.profile.userId).isEqualTo(user.id);
			assertThat(user.posts).allSatisfy((post) -> assertThat(post.authorId).isEqualTo(user.id));
			assertThat(user.roles).allSatisfy((role) -> assertThat(role.id).isNotNull());
		});
		return statements;
	}

	@AllDatabasesAndGalera
	void aRefusedRowDeepInTheGraphLeavesNoRowAndNamesTheAssociation(TestDatabase db) {
		this.associations = GraphModels.engine(db);
		User dan = duplicateTagGraph("dan");
		assertThatExceptionOfType(WriteException.class)
			.isThrownBy(() -> repository(User.class).create(dan, "profile", "posts.tags"))
			.withMessageStartingWith("Cannot create the rows of Post.tags (belongsToMany Tag): the database refused (")
			.withMessageEndingWith("No row of the graph was created.");
		assertNoGraphRows(db);
		assertThat(dan.id).isNull();
		assertThat(dan.profile.id).isNull();
		assertThat(dan.posts.get(0).id).isNull();
		TransactionTemplate transaction = new TransactionTemplate(new DataSourceTransactionManager(db.dataSource()));
		transaction.executeWithoutResult((status) -> {
			repository(Role.class).create(new Role("before"));
			assertThatExceptionOfType(WriteException.class)
				.isThrownBy(() -> repository(User.class).create(duplicateTagGraph("eve"), "profile", "posts.tags"));
			repository(Role.class).create(new Role("after"));
		});
		assertNoGraphRows(db);
		assertThat(db.jdbc().queryForList("SELECT name FROM roles ORDER BY name", String.class))
			.containsExactly("after", "before");
	}

	private static User duplicateTagGraph(String name) {
		User user = new User(name);
		user.profile = new Profile("bio");
		Post post = new Post("tagged twice");
		post.tags = List.of(new Tag("same"), new Tag("same"));
		user.posts = List.of(post);
		return user;
	}

	private static void assertNoGraphRows(TestDatabase db) {
		for (String table : List.of("users", "profiles", "posts", "tags", "post_tags")) {
			assertThat(count(db, "SELECT COUNT(*) FROM " + table)).as(table).isZero();
		}
	}

	@AllDatabasesAndGalera
	void anUnknownNestedAliasIsRefusedBeforeAnyStatement(TestDatabase db) {
		this.associations = GraphModels.engine(db);
		User fay = new User("fay");
		fay.posts = List.of(new Post("p"));
		assertThatExceptionOfType(QueryException.class)
			.isThrownBy(() -> repository(User.class).create(fay, "posts.tagz"))
			.withMessage("Post has no association 'tagz'. Associations of Post: author, comments, tags.");
		assertThatExceptionOfType(QueryException.class)
			.isThrownBy(() -> repository(User.class).bulkCreate(List.of(fay), Include.of("profil")))
			.withMessageStartingWith("User has no association 'profil'. Associations of User: profile, posts, roles,");
		assertThat(db.statements().count()).isZero();
		assertThat(fay.id).isNull();
	}

}
