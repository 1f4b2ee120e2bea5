package dev.association.benchmarks.data;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

/**
 * Creates the blog schema and loads the data set in bulk through a {@link TableLoader}. A marker table records N
 * and the schema version, so that a PostgreSQL or MariaDB data set is generated once and reused by later runs.
 */
public final class BlogDataLoader {

	private final DatabaseKind kind;

	private final BlogDataSet dataSet;

	/**
	 * A loader of one data set into one kind of database.
	 * @param kind the database kind
	 * @param dataSet the data set
	 */
	public BlogDataLoader(DatabaseKind kind, BlogDataSet dataSet) {
		this.kind = kind;
		this.dataSet = dataSet;
	}

	/**
	 * Loads the data set unless the database holds it already (same N, same schema version).
	 * @param connection a connection to the database
	 * @return true when the data was generated now, false when the stored data set was reused
	 * @throws SQLException on a database error
	 */
	public boolean ensureLoaded(Connection connection) throws SQLException {
		TableLoader loader = new TableLoader(this.kind, connection);
		if (isLoaded(loader, connection)) {
			loader.execute(BlogSchema.softDeleteColumns(this.kind));
			return false;
		}
		loader.inTransaction(() -> {
			loader.execute(BlogSchema.drop());
			loader.execute(BlogSchema.tables(this.kind));
			load(loader);
			loader.execute(BlogSchema.constraints());
			loader.resetSequences(List.of("users", "profiles", "posts", "comments", "roles", "tags"));
			loader.execute(List.of(BlogSchema.marker(), "insert into " + BlogSchema.MARKER_TABLE
					+ " (users, schema_version) values (" + this.dataSet.users() + ", " + BlogSchema.VERSION + ")"));
		});
		loader.analyze(BlogSchema.TABLES);
		return true;
	}

	private boolean isLoaded(TableLoader loader, Connection connection) throws SQLException {
		if (!loader.hasTable(BlogSchema.MARKER_TABLE)) {
			return false;
		}
		try (Statement statement = connection.createStatement();
				ResultSet marker = statement.executeQuery("select users, schema_version from " + BlogSchema.MARKER_TABLE)) {
			return marker.next() && marker.getInt(1) == this.dataSet.users()
					&& marker.getInt(2) == BlogSchema.VERSION;
		}
	}

	private void load(TableLoader loader) throws SQLException {
		loader.table("users", "id, username, email, created_at", this.dataSet::users);
		loader.table("profiles", "id, user_id, bio", this.dataSet::profiles);
		loader.table("posts", "id, author_id, title, body, published, created_at", this.dataSet::posts);
		loader.table("comments", "id, post_id, commenter_id, body, created_at", this.dataSet::comments);
		loader.table("roles", "id, name", this.dataSet::roles);
		loader.table("user_roles", "user_id, role_id", this.dataSet::userRoles);
		loader.table("tags", "id, name", this.dataSet::tags);
		loader.table("post_tags", "post_id, tag_id", this.dataSet::postTags);
	}

}
