package dev.association.paranoid;

import dev.association.dialect.Dialects;
import dev.association.dialect.SqlDialect;
import dev.association.metadata.Metamodel;
import dev.association.paranoid.ParanoidModels.Article;
import dev.association.paranoid.ParanoidModels.Author;
import dev.association.plan.FindPlan;
import dev.association.plan.QueryPlanner;
import dev.association.query.Find;
import dev.association.query.Include;
import dev.association.query.Order;
import dev.association.query.Where;
import dev.association.sql.SelectRenderer;
import dev.association.sql.TableNames;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The soft-delete filters are written into the statements when they are rendered from the plan, where each table is
 * joined: the root's WHERE, a to-one join's ON, a level's WHERE (inside its window), a joined level's ON, an EXISTS,
 * and every paranoid table along a path condition (a to-one step's ON, the tables inside its EXISTS).
 */
class ParanoidRenderingTests {

	private static final Metamodel MODELS = Metamodel.of(ParanoidModels.ALL);

	private static final SqlDialect POSTGRES = Dialects.named("postgresql");

	private static final SelectRenderer renderer = new SelectRenderer(POSTGRES, new TableNames(MODELS, POSTGRES));

	private static FindPlan plan(Find find) {
		return new QueryPlanner().plan(MODELS.model(Author.class), find);
	}

	@Test
	void theRootAndAToOneIncludeAreFilteredWhereTheyAreRead() {
		assertThat(renderer.find(plan(Find.all().include("bio"))).sql()).isEqualTo("SELECT t0.\"id\" AS c1, "
				+ "t0.\"name\" AS c2, t0.\"created_at\" AS c3, t0.\"updated_at\" AS c4, t0.\"deleted_at\" AS c5, "
				// the bio's foreign key is not read: it is the author's id whenever a bio is found
				+ "t1.\"id\" AS c6, t1.\"text\" AS c7, t1.\"deleted_at\" AS c8 "
				+ "FROM \"authors\" t0 LEFT JOIN \"bios\" t1 ON t1.\"author_id\" = t0.\"id\" AND t1.\"deleted_at\" IS NULL "
				+ "WHERE t0.\"deleted_at\" IS NULL ORDER BY t0.\"id\"");
		assertThat(renderer.find(plan(Find.all().paranoid(false).include(Include.of("bio").paranoid(false)))).sql())
			.doesNotContain("IS NULL");
	}

	@Test
	void aPerParentLimitFiltersInsideItsWindow() {
		String level = renderer.level(plan(Find.all().include(Include.of("articles").order("id", Order.DESC).limit(2)))
			.root()
			.levels()
			.get(0)).sql(POSTGRES, 2);
		assertThat(level).contains("WHERE t0.\"author_id\" = ANY(?) AND t0.\"deleted_at\" IS NULL) x WHERE x.rn <= ?");
	}

	@Test
	void aRequiredToManyIncludeFiltersItsExists() {
		assertThat(renderer.count(plan(Find.all().include(Include.of("articles").required(true)))).sql())
			.isEqualTo("SELECT COUNT(*) FROM \"authors\" t0 WHERE t0.\"deleted_at\" IS NULL AND EXISTS (SELECT 1 "
					+ "FROM \"articles\" e1_0 WHERE e1_0.\"author_id\" = t0.\"id\" AND e1_0.\"deleted_at\" IS NULL)");
	}

	@Test
	void aJoinedBelongsToManyFiltersTheTargetAndTheJoinRowsInItsOnClause() {
		String sql = renderer.find(plan(Find.all().include(Include.of("labels").separate(false).paranoid(false))))
			.sql();
		assertThat(sql).contains("LEFT JOIN (\"taggings\" tj1 INNER JOIN \"labels\" t1 ON t1.\"id\" = tj1.\"label_id\") "
				+ "ON tj1.\"author_id\" = t0.\"id\" AND tj1.\"deleted_at\" IS NULL WHERE t0.\"deleted_at\" IS NULL");
	}

	@Test
	void aPathConditionFiltersEveryParanoidTableAlongItsStepsWhateverTheFindsParanoid() {
		String sql = renderer.count(plan(Find.where(Where.eq("labels.name", "sql")).paranoid(false))).sql();
		assertThat(sql).isEqualTo("SELECT COUNT(*) FROM \"authors\" t0 WHERE EXISTS (SELECT 1 FROM \"taggings\" e1_j0 "
				+ "INNER JOIN \"labels\" e1_s0 ON e1_s0.\"id\" = e1_j0.\"label_id\" WHERE e1_j0.\"author_id\" = t0.\"id\" "
				+ "AND e1_j0.\"deleted_at\" IS NULL AND e1_s0.\"deleted_at\" IS NULL AND e1_s0.\"name\" = ?)");
	}

	@Test
	void aToOneStepOfAPathFiltersItsJoinsOnClause() {
		String sql = new SelectRenderer(POSTGRES, new TableNames(MODELS, POSTGRES))
			.count(new QueryPlanner().plan(MODELS.model(Article.class), Find.where(Where.eq("author.name", "cid"))))
			.sql();
		assertThat(sql).isEqualTo("SELECT COUNT(*) FROM \"articles\" t0 LEFT JOIN \"authors\" t0p0 "
				+ "ON t0p0.\"id\" = t0.\"author_id\" AND t0p0.\"deleted_at\" IS NULL "
				+ "WHERE t0.\"deleted_at\" IS NULL AND t0p0.\"name\" = ?");
	}

}
