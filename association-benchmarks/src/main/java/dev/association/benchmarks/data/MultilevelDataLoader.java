package dev.association.benchmarks.data;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

/**
 * Creates the tables of the multilevel workload ({@code ml_users}, {@code ml_posts}, {@code ml_post_comments},
 * {@code ml_user_votes}, {@code ml_tags}, {@code ml_post_tags}) and loads {@link MultilevelDataSet} into them, unless
 * the marker table {@code ml_marker} says the database holds this version already. Foreign keys and an index on
 * every foreign-key column that no primary key leads with are added after the load, as for the blog data set.
 */
public final class MultilevelDataLoader {

	/** Bump when the schema or the generated values change: a stored data set of another version is rebuilt. */
	static final int VERSION = 1;

	static final String MARKER_TABLE = "ml_marker";

	private static final List<String> KEYED_TABLES = List.of("ml_users", "ml_posts", "ml_post_comments",
			"ml_user_votes", "ml_tags");

	private final DatabaseKind kind;

	/**
	 * A loader into one kind of database.
	 * @param kind the database kind
	 */
	public MultilevelDataLoader(DatabaseKind kind) {
		this.kind = kind;
	}

	/**
	 * Loads the data set unless the database holds it already (same schema version).
	 * @param connection a connection to the database
	 * @return true when the data was generated now, false when the stored data set was reused
	 * @throws SQLException on a database error
	 */
	public boolean ensureLoaded(Connection connection) throws SQLException {
		TableLoader loader = new TableLoader(this.kind, connection);
		if (isLoaded(loader, connection)) {
			return false;
		}
		loader.inTransaction(() -> {
			loader.execute(List.of("drop table if exists " + MARKER_TABLE, "drop table if exists ml_post_tags",
					"drop table if exists ml_user_votes", "drop table if exists ml_post_comments",
					"drop table if exists ml_tags", "drop table if exists ml_posts", "drop table if exists ml_users"));
			loader.execute(tables());
			loader.table("ml_users", "id, first_name, last_name", MultilevelDataSet::users);
			loader.table("ml_posts", "id, title", MultilevelDataSet::posts);
			loader.table("ml_post_comments", "id, post_id, review", MultilevelDataSet::comments);
			loader.table("ml_user_votes", "id, comment_id, user_id, score", MultilevelDataSet::votes);
			loader.table("ml_tags", "id, name", MultilevelDataSet::tags);
			loader.table("ml_post_tags", "post_id, tag_id", MultilevelDataSet::postTags);
			loader.execute(constraints());
			loader.resetSequences(KEYED_TABLES);
			loader.execute(List.of("create table " + MARKER_TABLE + " (schema_version integer not null)",
					"insert into " + MARKER_TABLE + " (schema_version) values (" + VERSION + ")"));
		});
		loader.analyze(String.join(", ", KEYED_TABLES), "ml_post_tags");
		return true;
	}

	private static boolean isLoaded(TableLoader loader, Connection connection) throws SQLException {
		if (!loader.hasTable(MARKER_TABLE)) {
			return false;
		}
		try (Statement statement = connection.createStatement();
				ResultSet marker = statement.executeQuery("select schema_version from " + MARKER_TABLE)) {
			return marker.next() && marker.getInt(1) == VERSION;
		}
	}

	private List<String> tables() {
		String text = this.kind.textType();
		String key = this.kind.keyType() + " primary key";
		return List.of("create table ml_users (id " + key + ", first_name " + text + ", last_name " + text + ")",
				"create table ml_posts (id " + key + ", title " + text + ")",
				"create table ml_post_comments (id " + key + ", post_id bigint not null, review " + text + ")",
				"create table ml_user_votes (id " + key
						+ ", comment_id bigint not null, user_id bigint not null, score integer not null)",
				"create table ml_tags (id " + key + ", name " + text + ")",
				"create table ml_post_tags (post_id bigint not null, tag_id bigint not null,"
						+ " primary key (post_id, tag_id))");
	}

	private static List<String> constraints() {
		return List.of(
				"alter table ml_post_comments add constraint ml_post_comments_post_fk foreign key (post_id)"
						+ " references ml_posts (id) on delete cascade",
				"alter table ml_user_votes add constraint ml_user_votes_comment_fk foreign key (comment_id)"
						+ " references ml_post_comments (id) on delete cascade",
				"alter table ml_user_votes add constraint ml_user_votes_user_fk foreign key (user_id)"
						+ " references ml_users (id) on delete cascade",
				"alter table ml_tags add constraint ml_tags_name_key unique (name)",
				"alter table ml_post_tags add constraint ml_post_tags_post_fk foreign key (post_id)"
						+ " references ml_posts (id) on delete cascade",
				"alter table ml_post_tags add constraint ml_post_tags_tag_fk foreign key (tag_id)"
						+ " references ml_tags (id) on delete cascade",
				"create index ml_post_comments_post_id_idx on ml_post_comments (post_id)",
				"create index ml_user_votes_comment_id_idx on ml_user_votes (comment_id)",
				"create index ml_user_votes_user_id_idx on ml_user_votes (user_id)",
				"create index ml_post_tags_tag_id_idx on ml_post_tags (tag_id)");
	}

}
