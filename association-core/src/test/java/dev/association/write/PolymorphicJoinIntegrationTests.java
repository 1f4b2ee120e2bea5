package dev.association.write;

import java.util.List;
import java.util.Map;

import dev.association.Associations;
import dev.association.query.Find;
import dev.association.repository.AssociationRepository;
import dev.association.repository.ManyAccessor;
import dev.association.testing.AllDatabasesAndGalera;
import dev.association.testing.SchemaInspector;
import dev.association.testing.TestDatabase;
import dev.association.write.PolymorphicJoinModels.Comment;
import dev.association.write.PolymorphicJoinModels.Post;
import dev.association.write.PolymorphicJoinModels.Tag;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two belongsToMany sharing one join table with a through scope each ({@code taggableType} 'post' or 'comment'):
 * post 1 and comment 1 have the same {@code taggableId}, and no accessor of one may read, update or delete a join row
 * of the other; a soft-deleted row ({@code deletedAt}) is brought back only by its own association.
 */
class PolymorphicJoinIntegrationTests {

	private Associations associations;

	private Post post;

	private Comment comment;

	private List<Tag> tags;

	private void seed(TestDatabase db) {
		db.reset();
		this.associations = Associations.builder()
			.dataSource(db.dataSource())
			.models(PolymorphicJoinModels.ALL.toArray(Class[]::new))
			.build();
		this.associations.schema().create();
		this.post = this.associations.<Post, Long>repository(Post.class).create(new Post("hello"));
		this.comment = this.associations.<Comment, Long>repository(Comment.class).create(new Comment("hi"));
		assertThat(this.comment.id).isEqualTo(this.post.id);
		this.tags = List.of(new Tag("t0"), new Tag("t1"), new Tag("t2"), new Tag("t3"));
		this.associations.<Tag, Long>repository(Tag.class).bulkCreate(this.tags);
	}

	private ManyAccessor<Tag> postTags() {
		return this.associations.<Post, Long>repository(Post.class).many(this.post, "tags");
	}

	private ManyAccessor<Tag> commentTags() {
		return this.associations.<Comment, Long>repository(Comment.class).many(this.comment, "tags");
	}

	private long tag(int index) {
		return this.tags.get(index).id;
	}

	/** The position of a tag in the seeded list (keys are not consecutive on a Galera cluster). */
	private int tagIndex(long id) {
		for (int i = 0; i < this.tags.size(); i++) {
			if (this.tags.get(i).id == id) {
				return i;
			}
		}
		throw new IllegalStateException("No seeded tag " + id);
	}

	/** Every tagging row as "type tag note deleted|live", sorted. */
	private List<String> taggings(TestDatabase db) {
		return db.jdbc()
			.query("SELECT taggable_type, tag_id, note, deleted_at FROM taggings ORDER BY taggable_type, tag_id, id",
					(rs, row) -> rs.getString(1) + " t" + tagIndex(rs.getLong(2)) + " " + rs.getString(3) + " "
							+ ((rs.getObject(4) != null) ? "deleted" : "live"));
	}

	@AllDatabasesAndGalera
	void addAndSetOnTheCommentNeverRewriteThePostsJoinRows(TestDatabase db) {
		seed(db);
		postTags().add(tag(0), tag(1));
		commentTags().add(tag(0));
		assertThat(taggings(db)).containsExactly("comment t0 none live", "post t0 none live", "post t1 none live");
		commentTags().set(List.of(tag(1), tag(2)));
		assertThat(taggings(db)).containsExactly("comment t1 none live", "comment t2 none live", "post t0 none live",
				"post t1 none live");
		commentTags().add(tag(0), Map.of("note", "pinned"));
		postTags().add(tag(1), Map.of("note", "seen"));
		assertThat(taggings(db)).containsExactly("comment t0 pinned live", "comment t1 none live",
				"comment t2 none live", "post t0 none live", "post t1 seen live");
		commentTags().create(new Tag("fresh"));
		assertThat(db.jdbc().queryForList("SELECT taggable_type FROM taggings t JOIN tags g ON g.id = t.tag_id "
				+ "WHERE g.name = 'fresh'", String.class)).containsExactly("comment");
	}

	@AllDatabasesAndGalera
	void readsAndRemovesSeeOnlyTheirOwnJoinRows(TestDatabase db) {
		seed(db);
		postTags().add(tag(0), tag(1));
		commentTags().add(tag(1), tag(2));
		assertThat(postTags().has(tag(2))).isFalse();
		assertThat(commentTags().has(tag(0))).isFalse();
		assertThat(commentTags().has(tag(1), tag(2))).isTrue();
		assertThat(postTags().count()).isEqualTo(2);
		assertThat(commentTags().get(Find.all()).stream().map((tag) -> tag.name)).containsExactly("t1", "t2");
		assertThat(this.associations.<Tag, Long>repository(Tag.class).<Post>many(this.tags.get(2), "posts").count())
			.isZero();
		commentTags().remove(tag(0), tag(1));
		postTags().set(List.of());
		assertThat(taggings(db)).containsExactly("comment t2 none live");
	}

	@AllDatabasesAndGalera
	void addBringsBackOnlyItsOwnSoftDeletedJoinRow(TestDatabase db) {
		seed(db);
		postTags().add(tag(3));
		db.jdbc().update("UPDATE taggings SET deleted_at = CURRENT_TIMESTAMP");
		assertThat(postTags().has(tag(3))).isFalse();
		commentTags().add(tag(3));
		assertThat(taggings(db)).containsExactly("comment t3 none live", "post t3 none deleted");
		commentTags().set(List.of());
		postTags().set(List.of(tag(3)));
		assertThat(taggings(db)).containsExactly("post t3 none live");
		db.jdbc().update("UPDATE taggings SET deleted_at = CURRENT_TIMESTAMP");
		postTags().add(tag(3), Map.of("note", "back"));
		assertThat(taggings(db)).containsExactly("post t3 back live");
	}

	@AllDatabasesAndGalera
	void aHooksTrueDestroyRemovesOnlyTheSourcesOwnJoinRows(TestDatabase db) {
		seed(db);
		postTags().add(tag(0));
		commentTags().add(tag(0), tag(1));
		db.jdbc().update("UPDATE taggings SET deleted_at = CURRENT_TIMESTAMP WHERE tag_id = ?", tag(1));
		this.associations.<Comment, Long>repository(Comment.class).destroy(this.comment);
		assertThat(taggings(db)).containsExactly("post t0 none live");
	}

	@AllDatabasesAndGalera
	void theKeyOfASharedJoinTableIncludesTheDiscriminatorSoBothSidesCanLinkTheSamePair(TestDatabase db) {
		seed(db);
		SchemaInspector schema = new SchemaInspector(db.rawDataSource());
		assertThat(schema.indexes("taggings", true).values()).contains(List.of("taggable_id", "tag_id", "taggable_type"));
		assertThat(schema.primaryKey("marks")).containsExactly("markable_id", "tag_id", "markable_type");
		AssociationRepository<Post, Long> posts = this.associations.repository(Post.class);
		AssociationRepository<Comment, Long> comments = this.associations.repository(Comment.class);
		posts.<Tag>many(this.post, "marks").add(tag(0));
		comments.<Tag>many(this.comment, "marks").add(tag(0), tag(1));
		comments.<Tag>many(this.comment, "marks").remove(tag(0));
		assertThat(db.jdbc().queryForList("SELECT markable_type FROM marks ORDER BY markable_type, tag_id", String.class))
			.containsExactly("comment", "post");
		assertThat(posts.<Tag>many(this.post, "marks").has(tag(0))).isTrue();
	}

}
