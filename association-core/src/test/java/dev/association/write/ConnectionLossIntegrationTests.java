package dev.association.write;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;

import dev.association.Associations;
import dev.association.repository.AssociationRepository;
import dev.association.testing.AllDatabases;
import dev.association.testing.ConnectionKiller;
import dev.association.testing.TestDatabase;
import dev.association.write.FaultModels.Box;
import dev.association.write.FaultModels.Item;
import dev.association.write.FaultModels.Library;
import dev.association.write.FaultModels.Rack;
import dev.association.write.FaultModels.Reader;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.support.JdbcTransactionManager;

import static dev.association.write.WriteTesting.count;
import static dev.association.write.WriteTesting.longs;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/**
 * A connection killed in the middle of a multi-statement write, after some of its statements ran: nothing partial
 * remains, the exception names the operation and the model, and the next call succeeds on a fresh connection of
 * the HikariCP pool, which evicted the dead one.
 */
class ConnectionLossIntegrationTests {

	@AllDatabases
	void aBelongsToManySetOfAThousandTargetsKilledAfterItsDeleteLeavesTheOldLinks(TestDatabase db) {
		try (ConnectionKiller killer = new ConnectionKiller(db)) {
			Associations associations = engine(db, killer);
			Library library = associations.<Library, Long>repository(Library.class).create(new Library("central"));
			List<Reader> readers = associations.<Reader, Long>repository(Reader.class)
				.bulkCreate(IntStream.range(0, 1500).mapToObj((i) -> new Reader("r" + i)).toList());
			AssociationRepository<Library, Long> libraries = associations.repository(Library.class);
			libraries.<Reader>many(library, "readers").set(readers.subList(0, 500));
			List<Long> before = links(db, library);
			// SELECT the links, DELETE the 500 obsolete ones, then the join rows' insert (MERGE on H2) is killed
			killer.killAt(1, db.name().equals("h2") ? "MERGE" : "INSERT");
			DataAccessException failure = catchThrowableOfType(DataAccessException.class,
					() -> libraries.<Reader>many(library, "readers").set(readers.subList(500, 1500)));
			assertThat(killer.killedConnection()).isPositive();
			assertThat(failure).isNotNull();
			assertThat(failure.getMessage()).startsWith("set Library.readers (belongsToMany Reader); ")
				.contains(" INTO ");
			assertThat(links(db, library)).hasSize(500).isEqualTo(before);
			libraries.<Reader>many(library, "readers").set(readers.subList(500, 1500));
			assertThat(killer.lastConnection()).isNotEqualTo(killer.killedConnection());
			assertThat(links(db, library)).hasSize(1000).doesNotContainAnyElementsOf(before);
		}
	}

	@AllDatabases
	void aBulkCreateOfTenThousandRowsKilledAtItsFifthBatchLeavesNoRow(TestDatabase db) {
		try (ConnectionKiller killer = new ConnectionKiller(db)) {
			AssociationRepository<Item, Long> items = engine(db, killer).repository(Item.class);
			killer.killAt(5, "INSERT");
			DataAccessException failure = catchThrowableOfType(DataAccessException.class, () -> items
				.bulkCreate(IntStream.range(0, 10_000).mapToObj((i) -> new Item("i" + i, null)).toList()));
			assertThat(killer.killedConnection()).isPositive();
			assertThat(failure).isNotNull();
			assertThat(failure.getMessage()).startsWith("bulkCreate Item; ").contains("INSERT INTO");
			assertThat(count(db, "SELECT COUNT(*) FROM items")).isZero();
			items.bulkCreate(List.of(new Item("a", null), new Item("b", null)));
			assertThat(killer.lastConnection()).isNotEqualTo(killer.killedConnection());
			assertThat(count(db, "SELECT COUNT(*) FROM items")).isEqualTo(2);
		}
	}

	@AllDatabases
	void aHooksCascadeThreeLevelsDeepKilledAfterItsFirstDeletesLeavesEveryRow(TestDatabase db) {
		try (ConnectionKiller killer = new ConnectionKiller(db)) {
			Associations associations = engine(db, killer);
			Library library = associations.<Library, Long>repository(Library.class).create(new Library("central"));
			List<Rack> racks = associations.<Rack, Long>repository(Rack.class)
				.bulkCreate(List.of(new Rack(library.id), new Rack(library.id)));
			List<Box> boxes = new ArrayList<>();
			racks.forEach((rack) -> boxes.addAll(List.of(new Box(rack.id), new Box(rack.id))));
			associations.<Box, Long>repository(Box.class).bulkCreate(boxes);
			List<Item> items = new ArrayList<>();
			boxes.forEach((box) -> items.addAll(List.of(new Item("a", box.id), new Item("b", box.id))));
			associations.<Item, Long>repository(Item.class).bulkCreate(items);
			AssociationRepository<Library, Long> libraries = associations.repository(Library.class);
			killer.killAt(3, "DELETE");
			DataAccessException failure = catchThrowableOfType(DataAccessException.class,
					() -> libraries.destroy(library));
			assertThat(killer.killedConnection()).isPositive();
			assertThat(failure).isNotNull();
			assertThat(failure.getMessage()).startsWith("destroy Library; ").contains("DELETE FROM");
			assertThat(rows(db)).containsExactly(1L, 2L, 4L, 8L);
			libraries.destroy(library);
			assertThat(killer.lastConnection()).isNotEqualTo(killer.killedConnection());
			assertThat(rows(db)).containsExactly(0L, 0L, 0L, 0L);
		}
	}

	private static Associations engine(TestDatabase db, ConnectionKiller killer) {
		db.reset();
		Associations associations = Associations.builder()
			.dataSource(killer.dataSource())
			.transactionManager(new JdbcTransactionManager(killer.dataSource()))
			.models(FaultModels.ALL.toArray(Class[]::new))
			.build();
		associations.schema().create();
		return associations;
	}

	private static List<Long> links(TestDatabase db, Library library) {
		return longs(db, "SELECT reader_id FROM library_readers WHERE library_id = ? ORDER BY reader_id", library.id);
	}

	private static List<Long> rows(TestDatabase db) {
		return List.of(count(db, "SELECT COUNT(*) FROM libraries"), count(db, "SELECT COUNT(*) FROM racks"),
				count(db, "SELECT COUNT(*) FROM boxes"), count(db, "SELECT COUNT(*) FROM items"));
	}

}
