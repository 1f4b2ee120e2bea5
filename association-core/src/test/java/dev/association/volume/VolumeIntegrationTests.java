package dev.association.volume;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.stream.LongStream;

import dev.association.Associations;
import dev.association.query.Find;
import dev.association.query.Include;
import dev.association.query.Where;
import dev.association.repository.AssociationRepository;
import dev.association.testing.AllDatabases;
import dev.association.testing.TestDatabase;
import dev.association.volume.VolumeModels.Entry;
import dev.association.volume.VolumeModels.Remark;
import dev.association.volume.VolumeModels.Writer;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A hundred thousand keys in one call: no statement binds more parameters than the database takes. Key lists are
 * one array on PostgreSQL, IN lists chunked under the dialect's parameter limit on H2 and MariaDB; a long
 * {@code Where.in} is one array on PostgreSQL.
 */
class VolumeIntegrationTests {

	private static final int N = 100_000;

	private static final List<Long> KEYS = LongStream.rangeClosed(1, N).boxed().toList();

	@AllDatabases
	void aFindOfAHundredThousandParentsLoadsTwoToManyLevelsInKeyedStatements(TestDatabase db) {
		Associations associations = engine(db);
		insert(db, "INSERT INTO writers (id, name) VALUES (?, ?)", (statement, i) -> statement.setString(2, "w" + i));
		insert(db, "INSERT INTO entries (id, writer_id) VALUES (?, ?)", (statement, i) -> statement.setLong(2, i));
		insert(db, "INSERT INTO remarks (id, entry_id) VALUES (?, ?)", (statement, i) -> statement.setLong(2, i));
		db.statements().reset();
		List<Writer> writers = associations.<Writer, Long>repository(Writer.class)
			.findAll(Find.all().include(Include.of("entries").include("remarks")));
		assertThat(writers).hasSize(N);
		for (Writer writer : List.of(writers.get(0), writers.get(N - 1))) {
			assertThat(writer.entries).singleElement().satisfies((entry) -> {
				assertThat(entry.writerId).isEqualTo(writer.id);
				assertThat(entry.remarks).singleElement().extracting((remark) -> remark.entryId).isEqualTo(entry.id);
			});
		}
		assertThat(db.statements().count()).isEqualTo(Map.of("h2", 21, "mariadb", 9, "postgresql", 3).get(db.name()));
	}

	@AllDatabases
	void aSetOfAHundredThousandTargetsLinksThemInOneArrayOrInChunksUnderTheLimit(TestDatabase db) {
		Associations associations = engine(db);
		db.jdbc().update("INSERT INTO writers (id, name) VALUES (1, 'one')");
		insert(db, "INSERT INTO entries (id, writer_id) VALUES (?, ?)", (statement, i) -> statement.setObject(2, null));
		AssociationRepository<Writer, Long> writers = associations.repository(Writer.class);
		Writer writer = writers.findByPk(1L).orElseThrow();
		db.statements().reset();
		writers.<Entry>many(writer, "entries").set(KEYS);
		assertThat(count(db, "SELECT COUNT(*) FROM entries WHERE writer_id = 1")).isEqualTo(N);
		assertThat(db.statements().count()).isEqualTo(Map.of("h2", 12, "mariadb", 5, "postgresql", 2).get(db.name()));
	}

	@AllDatabases
	void aWhereInOfAHundredThousandValuesRunsAsOneStatementInFindCountAndDestroy(TestDatabase db) {
		// H2 evaluates a long IN list (or array) once per row: its case stays at the dialect's 10,000 parameters
		int size = db.name().equals("h2") ? 10_000 : N;
		List<Long> keys = KEYS.subList(0, size);
		Associations associations = engine(db);
		insert(db, "INSERT INTO remarks (id, entry_id) VALUES (?, ?)", (statement, i) -> statement.setObject(2, null));
		AssociationRepository<Remark, Long> remarks = associations.repository(Remark.class);
		db.statements().reset();
		assertThat(remarks.findAll(Find.where(Where.in("id", keys)))).hasSize(size);
		assertThat(remarks.count(Find.where(Where.and(Where.in("id", keys), Where.notIn("id", keys.subList(0, 2_000))))))
			.isEqualTo(size - 2_000);
		assertThat(remarks.destroy(Where.in("id", keys.subList(0, size - 1)))).isEqualTo(size - 1);
		assertThat(count(db, "SELECT COUNT(*) FROM remarks")).isEqualTo(N - size + 1);
		assertThat(db.statements().count()).isEqualTo(3);
		if (db.name().equals("postgresql")) {
			assertThat(db.statements().statements()).allSatisfy((sql) -> assertThat(sql).contains("UNNEST(?)"));
		}
	}

	private static Associations engine(TestDatabase db) {
		db.reset();
		Associations associations = Associations.builder()
			.dataSource(db.dataSource())
			.models(VolumeModels.ALL.toArray(Class[]::new))
			.build();
		associations.schema().create();
		return associations;
	}

	/**
	 * Inserts rows 1 to N with plain JDBC batches in one transaction: the key is the first parameter.
	 */
	private static void insert(TestDatabase db, String sql, RowBinder binder) {
		db.jdbc().execute((Connection connection) -> {
			connection.setAutoCommit(false);
			try (PreparedStatement statement = connection.prepareStatement(sql)) {
				for (long i = 1; i <= N; i++) {
					statement.setLong(1, i);
					binder.bind(statement, i);
					statement.addBatch();
					if (i % 10_000 == 0) {
						statement.executeBatch();
					}
				}
				connection.commit();
			}
			finally {
				connection.setAutoCommit(true);
			}
			return null;
		});
	}

	private static long count(TestDatabase db, String sql) {
		Long count = db.jdbc().queryForObject(sql, Long.class);
		return (count != null) ? count : -1;
	}

	@FunctionalInterface
	private interface RowBinder {

		void bind(PreparedStatement statement, long i) throws SQLException;

	}

}
