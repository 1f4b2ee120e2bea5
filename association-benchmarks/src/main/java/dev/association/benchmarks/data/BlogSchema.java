package dev.association.benchmarks.data;

import java.util.List;
import java.util.stream.Stream;

/**
 * The DDL of the blog schema: tables first (bulk load goes faster without secondary structures), then foreign keys
 * and an index on every foreign-key column that no primary or unique key already leads with.
 */
final class BlogSchema {

	/** Bump when the schema or the generated values change: a stored data set of another version is rebuilt. */
	static final int VERSION = 1;

	static final String MARKER_TABLE = "bench_marker";

	/** The data set's tables. */
	static final String[] TABLES = { "users", "profiles", "posts", "comments", "roles", "user_roles", "tags",
			"post_tags" };

	/** The tables of the paranoid models, which have a {@code deleted_at} column. */
	static final String[] SOFT_DELETED = { "users", "profiles", "posts", "comments", "roles", "tags" };

	private BlogSchema() {
	}

	static List<String> drop() {
		return List.of("drop table if exists " + MARKER_TABLE, "drop table if exists post_tags",
				"drop table if exists user_roles", "drop table if exists comments", "drop table if exists tags",
				"drop table if exists roles", "drop table if exists posts", "drop table if exists profiles",
				"drop table if exists users");
	}

	static List<String> tables(DatabaseKind kind) {
		String text = kind.textType();
		String time = kind.timestampType();
		String key = kind.keyType() + " primary key";
		return List.of(
				"create table users (id " + key + ", username " + text + ", email " + text + ", created_at " + time
						+ ", deleted_at " + time + ")",
				"create table profiles (id " + key + ", user_id bigint not null, bio " + text + ", deleted_at " + time
						+ ")",
				"create table posts (id " + key + ", author_id bigint, title " + text + ", body " + text
						+ ", published boolean, created_at " + time + ", deleted_at " + time + ")",
				"create table comments (id " + key + ", post_id bigint, commenter_id bigint, body " + text
						+ ", created_at " + time + ", deleted_at " + time + ")",
				"create table roles (id " + key + ", name " + text + ", deleted_at " + time + ")",
				"create table user_roles (user_id bigint not null, role_id bigint not null, primary key (user_id, role_id))",
				"create table tags (id " + key + ", name " + text + ", deleted_at " + time + ")",
				"create table post_tags (post_id bigint not null, tag_id bigint not null, primary key (post_id, tag_id))");
	}

	/**
	 * Adds the {@code deleted_at} columns (null on every row, read by the paranoid models only) to a data set stored
	 * before they were part of the schema; its values are unchanged, so its version is too.
	 */
	static List<String> softDeleteColumns(DatabaseKind kind) {
		return Stream.of(SOFT_DELETED)
			.map((table) -> "alter table " + table + " add column if not exists deleted_at " + kind.timestampType())
			.toList();
	}

	/**
	 * Indexes first, so that MariaDB's foreign keys use them instead of adding their own.
	 */
	static List<String> constraints() {
		return List.of("create index posts_author_id_idx on posts (author_id)",
				"create index comments_post_id_idx on comments (post_id)",
				"create index comments_commenter_id_idx on comments (commenter_id)",
				"create index user_roles_role_id_idx on user_roles (role_id)",
				"create index post_tags_tag_id_idx on post_tags (tag_id)",
				"alter table profiles add constraint profiles_user_id_key unique (user_id)",
				"alter table profiles add constraint profiles_user_fk foreign key (user_id) references users (id) on delete cascade",
				"alter table posts add constraint posts_author_fk foreign key (author_id) references users (id)",
				"alter table comments add constraint comments_post_fk foreign key (post_id) references posts (id) on delete cascade",
				"alter table comments add constraint comments_commenter_fk foreign key (commenter_id) references users (id)",
				"alter table roles add constraint roles_name_key unique (name)",
				"alter table user_roles add constraint user_roles_user_fk foreign key (user_id) references users (id) on delete cascade",
				"alter table user_roles add constraint user_roles_role_fk foreign key (role_id) references roles (id) on delete cascade",
				"alter table tags add constraint tags_name_key unique (name)",
				"alter table post_tags add constraint post_tags_post_fk foreign key (post_id) references posts (id) on delete cascade",
				"alter table post_tags add constraint post_tags_tag_fk foreign key (tag_id) references tags (id) on delete cascade");
	}

	static String marker() {
		return "create table " + MARKER_TABLE + " (users integer not null, schema_version integer not null)";
	}

}
