package dev.association.paranoid;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

import dev.association.Associations;
import dev.association.dialect.SqlDialect;
import dev.association.engine.Engine;
import dev.association.metadata.ValueType;
import dev.association.testing.TestDatabase;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The data of the soft-delete tests, written with plain SQL:
 * <ul>
 * <li>authors 1 ann, 2 bob, 3 cid (soft-deleted); bios of ann (1), bob (2, soft-deleted), cid (3);</li>
 * <li>articles of ann: 1 one, 2 two (soft-deleted), 3 three; of bob: 4 four (soft-deleted); of cid: 5 five;</li>
 * <li>remarks 1 on article one, 2 on article two;</li>
 * <li>labels 1 java, 2 sql, 3 old (soft-deleted); taggings 1 (ann, java), 2 (ann, sql, soft-deleted),
 * 3 (ann, old), 4 (bob, sql).</li>
 * </ul>
 */
final class ParanoidFixture {

	static final Instant DELETED = Instant.parse("2024-03-04T05:06:07Z");

	private ParanoidFixture() {
	}

	static Associations engine(TestDatabase db) {
		return engine(db, (builder) -> {
		});
	}

	static Associations engine(TestDatabase db, Consumer<Associations.Builder> customizer) {
		db.reset();
		Associations.Builder builder = Associations.builder()
			.dataSource(db.dataSource())
			.models(ParanoidModels.ALL.toArray(Class[]::new));
		customizer.accept(builder);
		Associations associations = builder.build();
		associations.schema().create();
		insert(db, Engine.of(associations).context().dialect());
		db.statements().reset();
		return associations;
	}

	private static void insert(TestDatabase db, SqlDialect dialect) {
		JdbcTemplate jdbc = db.jdbc();
		Object[][] authors = { { 1, "ann", null }, { 2, "bob", null }, { 3, "cid", DELETED } };
		for (Object[] row : authors) {
			jdbc.update("INSERT INTO authors (id, name, deleted_at) VALUES (?, ?, ?)", (ps) -> {
				ps.setLong(1, ((Integer) row[0]).longValue());
				ps.setString(2, (String) row[1]);
				dialect.bind(ps, 3, ValueType.INSTANT, row[2]);
			});
		}
		Object[][] bios = { { 1, "ann writes", 1, null }, { 2, "bob wrote", 2, DELETED }, { 3, "cid", 3, null } };
		for (Object[] row : bios) {
			jdbc.update("INSERT INTO bios (id, text, author_id, deleted_at) VALUES (?, ?, ?, ?)", (ps) -> {
				ps.setLong(1, ((Integer) row[0]).longValue());
				ps.setString(2, (String) row[1]);
				ps.setLong(3, ((Integer) row[2]).longValue());
				dialect.bind(ps, 4, ValueType.OFFSET_DATE_TIME,
						(row[3] != null) ? OffsetDateTime.ofInstant((Instant) row[3], ZoneOffset.UTC) : null);
			});
		}
		Object[][] articles = { { 1, "one", 1, null }, { 2, "two", 1, DELETED }, { 3, "three", 1, null },
				{ 4, "four", 2, DELETED }, { 5, "five", 3, null } };
		for (Object[] row : articles) {
			jdbc.update("INSERT INTO articles (id, title, author_id, deleted_at) VALUES (?, ?, ?, ?)", (ps) -> {
				ps.setLong(1, ((Integer) row[0]).longValue());
				ps.setString(2, (String) row[1]);
				ps.setLong(3, ((Integer) row[2]).longValue());
				dialect.bind(ps, 4, ValueType.INSTANT, row[3]);
			});
		}
		jdbc.update("INSERT INTO remarks (id, body, article_id) VALUES (1, 'nice', 1), (2, 'gone', 2)");
		Object[][] labels = { { 1, "java", null }, { 2, "sql", null }, { 3, "old", DELETED } };
		for (Object[] row : labels) {
			jdbc.update("INSERT INTO labels (id, name, deleted_at) VALUES (?, ?, ?)", (ps) -> {
				ps.setLong(1, ((Integer) row[0]).longValue());
				ps.setString(2, (String) row[1]);
				dialect.bind(ps, 3, ValueType.INSTANT, row[2]);
			});
		}
		LocalDateTime deleted = LocalDateTime.ofInstant(DELETED, ZoneOffset.UTC);
		Object[][] taggings = { { 1, 1, 1, null }, { 2, 1, 2, deleted }, { 3, 1, 3, null }, { 4, 2, 2, null } };
		for (Object[] row : taggings) {
			jdbc.update("INSERT INTO taggings (id, author_id, label_id, note, deleted_at) VALUES (?, ?, ?, 'seed', ?)",
					(ps) -> {
						ps.setLong(1, ((Integer) row[0]).longValue());
						ps.setLong(2, ((Integer) row[1]).longValue());
						ps.setLong(3, ((Integer) row[2]).longValue());
						dialect.bind(ps, 4, ValueType.LOCAL_DATE_TIME, row[3]);
					});
		}
		if (!db.name().equals("h2")) {
			// the rows above have explicit keys: move the sequences past them
			List<String> tables = new ArrayList<>(List.of("authors", "bios", "articles", "remarks", "labels",
					"taggings"));
			for (String table : tables) {
				if (db.name().equals("postgresql")) {
					jdbc.execute("SELECT setval(pg_get_serial_sequence('" + table + "', 'id'), 100)");
				}
				else {
					jdbc.execute("ALTER TABLE " + table + " AUTO_INCREMENT = 100");
				}
			}
		}
		else {
			for (String table : List.of("authors", "bios", "articles", "remarks", "labels", "taggings")) {
				jdbc.execute("ALTER TABLE " + table + " ALTER COLUMN id RESTART WITH 100");
			}
		}
	}

	static List<Long> longs(TestDatabase db, String sql, Object... args) {
		return db.jdbc().queryForList(sql, Long.class, args);
	}

	static long count(TestDatabase db, String sql, Object... args) {
		return db.jdbc().queryForObject(sql, Long.class, args);
	}

}
