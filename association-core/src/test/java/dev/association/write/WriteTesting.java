package dev.association.write;

import java.sql.ResultSet;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

import dev.association.Associations;
import dev.association.seed.Seeds;
import dev.association.testing.TestDatabase;

/**
 * Set-up shared by the write integration tests: an empty database with the seed schema (and the write models),
 * and plain-SQL readers for asserting rows without the engine.
 */
final class WriteTesting {

	private WriteTesting() {
	}

	static Associations engine(TestDatabase db) {
		return engine(db, (builder) -> {
		});
	}

	static Associations engine(TestDatabase db, Consumer<Associations.Builder> customizer) {
		db.reset();
		List<Class<?>> models = new ArrayList<>(Seeds.MODELS);
		models.addAll(WriteModels.ALL);
		Associations.Builder builder = Associations.builder()
			.dataSource(db.dataSource())
			.models(models.toArray(Class[]::new));
		customizer.accept(builder);
		Associations associations = builder.build();
		associations.schema().create();
		db.statements().reset();
		return associations;
	}

	/**
	 * A timestamp column read by plain JDBC: a TIMESTAMP WITH TIME ZONE on H2 and PostgreSQL, a DATETIME(6) in
	 * UTC on MariaDB.
	 */
	static Instant instant(TestDatabase db, String sql, Object... args) {
		return db.jdbc().queryForObject(sql, (ResultSet rs, int row) -> {
			if (db.kind().equals("mariadb")) {
				return rs.getObject(1, LocalDateTime.class).toInstant(ZoneOffset.UTC);
			}
			return rs.getObject(1, OffsetDateTime.class).toInstant();
		}, args);
	}

	static List<Long> longs(TestDatabase db, String sql, Object... args) {
		return db.jdbc().queryForList(sql, Long.class, args);
	}

	static long count(TestDatabase db, String sql, Object... args) {
		return db.jdbc().queryForObject(sql, Long.class, args);
	}

}
