package dev.association.fuzz;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

import dev.association.Associations;
import dev.association.fuzz.FuzzSchema.AttributeDef;
import dev.association.fuzz.FuzzSchema.ModelDef;
import dev.association.testing.TestDatabase;

import static dev.association.fuzz.FuzzValues.INSTANTS;
import static dev.association.fuzz.FuzzValues.INTS;
import static dev.association.fuzz.FuzzValues.DOUBLES;
import static dev.association.fuzz.FuzzValues.STRINGS;
import static dev.association.fuzz.FuzzValues.maybe;
import static dev.association.fuzz.FuzzValues.maybeBoolean;

/**
 * The fuzz data set: generated once from a fixed seed, inserted through the engine's {@code bulkCreate}, and read
 * back with plain {@code SELECT *} into rows of attribute values for the oracle.
 */
final class FuzzData {

	private static final long SEED = 20261204L;

	private FuzzData() {
	}

	/**
	 * Creates the fuzz tables in an emptied database and inserts the data set.
	 */
	static void insert(TestDatabase db, Associations associations) {
		Random random = new Random(SEED);
		int userCount = 14;
		List<FuzzUser> users = new ArrayList<>();
		for (long i = 1; i <= userCount; i++) {
			FuzzUser user = new FuzzUser();
			user.id = i;
			user.name = maybe(random, STRINGS, 6);
			user.score = maybe(random, INTS, 5);
			user.active = maybeBoolean(random, 5);
			user.joinedAt = maybe(random, INSTANTS, 5);
			user.managerId = (random.nextInt(3) == 0) ? null : 1L + random.nextInt(userCount);
			users.add(user);
		}
		List<FuzzProfile> profiles = new ArrayList<>();
		long profileId = 0;
		for (long u = userCount; u >= 1; u--) {
			if (random.nextInt(4) != 0) {
				profiles.add(profile(random, ++profileId, u));
			}
		}
		profiles.add(profile(random, ++profileId, null));
		List<FuzzPost> posts = new ArrayList<>();
		for (long i = 1; i <= 30; i++) {
			FuzzPost post = new FuzzPost();
			post.id = i;
			post.authorId = (random.nextInt(8) == 0) ? null : 1L + random.nextInt(userCount - 2);
			post.title = maybe(random, STRINGS, 8);
			post.published = maybeBoolean(random, 6);
			post.likes = maybe(random, INTS, 4);
			post.rating = maybe(random, DOUBLES, 4);
			post.postedAt = maybe(random, INSTANTS, 4);
			posts.add(post);
		}
		List<FuzzComment> comments = new ArrayList<>();
		for (long i = 1; i <= 60; i++) {
			FuzzComment comment = new FuzzComment();
			comment.id = i;
			comment.postId = (random.nextInt(10) == 0) ? null : 1L + random.nextInt(posts.size() - 3);
			comment.commenterId = (random.nextInt(6) == 0) ? null : 1L + random.nextInt(userCount);
			comment.body = maybe(random, STRINGS, 6);
			comment.stars = maybe(random, INTS, 4);
			comment.flagged = maybeBoolean(random, 4);
			comments.add(comment);
		}
		List<FuzzTag> tags = new ArrayList<>();
		for (long i = 1; i <= 7; i++) {
			FuzzTag tag = new FuzzTag();
			tag.id = i;
			tag.label = maybe(random, STRINGS, 7);
			tag.weight = maybe(random, DOUBLES, 4);
			tags.add(tag);
		}
		List<FuzzPostTag> postTags = new ArrayList<>();
		Set<String> pairs = new HashSet<>();
		while (postTags.size() < 45) {
			long postId = 1L + random.nextInt(posts.size() - 4);
			long tagId = 1L + random.nextInt(tags.size() - 1);
			if (pairs.add(postId + "/" + tagId)) {
				FuzzPostTag postTag = new FuzzPostTag();
				postTag.id = postTags.size() + 1L;
				postTag.postId = postId;
				postTag.tagId = tagId;
				postTag.note = maybe(random, STRINGS, 4);
				postTag.position = maybe(random, INTS, 4);
				postTag.hidden = random.nextInt(4) == 0;
				postTags.add(postTag);
			}
		}
		associations.repository(FuzzUser.class).bulkCreate(users);
		associations.repository(FuzzProfile.class).bulkCreate(profiles);
		associations.repository(FuzzPost.class).bulkCreate(posts);
		associations.repository(FuzzComment.class).bulkCreate(comments);
		associations.repository(FuzzTag.class).bulkCreate(tags);
		associations.repository(FuzzPostTag.class).bulkCreate(postTags);
	}

	private static FuzzProfile profile(Random random, long id, Long userId) {
		FuzzProfile profile = new FuzzProfile();
		profile.id = id;
		profile.userId = userId;
		profile.bio = maybe(random, STRINGS, 5);
		profile.level = maybe(random, INTS, 4);
		return profile;
	}

	/**
	 * Reads every fuzz table with plain JDBC, rows by primary key.
	 * @return the rows of each model, each row its attribute values by name
	 */
	static Map<Class<?>, List<Map<String, Object>>> read(TestDatabase db) {
		Map<Class<?>, List<Map<String, Object>>> tables = new LinkedHashMap<>();
		for (ModelDef model : FuzzSchema.DEFS.values()) {
			List<Map<String, Object>> rows = db.jdbc()
				.query("SELECT * FROM " + model.table(), (rs, n) -> row(db.name(), model, rs));
			rows.sort(Comparator.comparing((row) -> (Long) row.get("id")));
			tables.put(model.type(), List.copyOf(rows));
		}
		return tables;
	}

	private static Map<String, Object> row(String database, ModelDef model, ResultSet rs) throws SQLException {
		Map<String, Object> row = new LinkedHashMap<>();
		for (AttributeDef attribute : model.attributes()) {
			String column = attribute.column();
			Object value = switch (attribute.kind()) {
				case LONG -> rs.getLong(column);
				case INT -> rs.getInt(column);
				case DOUBLE -> rs.getDouble(column);
				case BOOL -> rs.getBoolean(column);
				case STRING -> rs.getString(column);
				case INSTANT -> instant(database, rs, column);
			};
			row.put(attribute.name(), rs.wasNull() ? null : value);
		}
		return row;
	}

	private static Instant instant(String database, ResultSet rs, String column) throws SQLException {
		if (database.equals("mariadb")) {
			LocalDateTime local = rs.getObject(column, LocalDateTime.class);
			return (local != null) ? local.toInstant(ZoneOffset.UTC) : null;
		}
		OffsetDateTime time = rs.getObject(column, OffsetDateTime.class);
		return (time != null) ? time.toInstant() : null;
	}

}
