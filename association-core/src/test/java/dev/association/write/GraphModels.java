package dev.association.write;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

import dev.association.Associations;
import dev.association.annotation.Column;
import dev.association.annotation.Id;
import dev.association.annotation.Model;
import dev.association.seed.Seeds;
import dev.association.testing.TestDatabase;

/**
 * A model for upserts, increments and findOrCreate: a unique e-mail, counters and both timestamps; and the engine
 * of the graph-write tests (the seed models, the write models and this one).
 */
final class GraphModels {

	private GraphModels() {
	}

	static Associations engine(TestDatabase db) {
		return engine(db, (builder) -> {
		});
	}

	static Associations engine(TestDatabase db, Consumer<Associations.Builder> customizer) {
		db.reset();
		List<Class<?>> models = new ArrayList<>(Seeds.MODELS);
		models.addAll(WriteModels.ALL);
		models.add(Account.class);
		Associations.Builder builder = Associations.builder()
			.dataSource(db.dataSource())
			.models(models.toArray(Class[]::new));
		customizer.accept(builder);
		Associations associations = builder.build();
		associations.schema().create();
		db.statements().reset();
		return associations;
	}

	@Model(table = "accounts")
	static class Account {

		@Id Long id;

		@Column(unique = true, nullable = false) String email;

		String name;

		int visits;

		BigDecimal balance;

		Instant createdAt;

		Instant updatedAt;

		Account() {
		}

		Account(String email, String name) {
			this.email = email;
			this.name = name;
		}

	}

}
