package dev.association.plan;

import java.util.List;

import dev.association.metadata.Metamodel;
import dev.association.metadata.ModelMetadata;
import dev.association.query.Find;
import dev.association.query.Include;
import dev.association.query.Order;
import dev.association.query.Where;
import dev.association.seed.Seeds;
import dev.association.seed.User;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/**
 * Shapes and values taken with the shapes of include lists remembered by instance.
 */
class FindShapesTests {

	private static final ModelMetadata USER = Metamodel.of(Seeds.MODELS).model(User.class);

	private static Find withIncludes() {
		return Find.all()
			.include(Include.of("posts").order("title", Order.DESC).include("comments"), Include.of("profile"));
	}

	@Test
	void theShapeOfAnIncludeListIsWalkedOnceAndRememberedForThatInstance() {
		FindShapes shapes = new FindShapes(16);
		List<Include> includes = withIncludes().getIncludes();
		FindShapes.Known first = shapes.includes(includes);
		assertThat(shapes.includes(includes)).isSameAs(first);
		assertThat(shapes.includes(withIncludes().getIncludes()).shape).isNotSameAs(first.shape)
			.isEqualTo(first.shape);
	}

	@Test
	void findsDerivedFromOneFindShareTheirShapeAndKeepTheirOwnValues() {
		FindShapes shapes = new FindShapes(16);
		Find base = withIncludes();
		Find first = base.and(Where.eq("id", 1L));
		Find second = base.and(Where.eq("id", 2L));
		Find rebuilt = withIncludes().and(Where.eq("id", 3L));
		assertThat(shapes.of(USER, first)).isEqualTo(shapes.of(USER, second))
			.isEqualTo(shapes.of(USER, rebuilt))
			.hasSameHashCodeAs(shapes.of(USER, rebuilt))
			.isNotEqualTo(shapes.of(USER, base.and(Where.ne("id", 1L))))
			.isNotEqualTo(shapes.of(USER, Find.where(Where.eq("id", 1L)).include("posts")));
		FindPlan plan = new QueryPlanner().plan(USER, first);
		assertThat(shapes.values(plan.parameters(), second)).containsExactly(2L);
		assertThat(shapes.values(plan.parameters(), rebuilt)).containsExactly(3L);
	}

	@Test
	void theValuesOfRememberedIncludesAreTakenInSlotOrder() {
		FindShapes shapes = new FindShapes(16);
		Find base = Find.all()
			.include(Include.of("posts").where(Where.eq("published", true)).limit(3), Include.of("profile"));
		Find find = base.and(Where.like("username", "a%")).limit(5);
		FindPlan plan = new QueryPlanner().plan(USER, find);
		shapes.of(USER, find);
		Find other = base.and(Where.like("username", "b%")).limit(7);
		assertThat(shapes.of(USER, other)).isEqualTo(shapes.of(USER, find));
		assertThat(shapes.values(plan.parameters(), other)).containsExactly("b%", true, 3, 7)
			.containsExactly(Parameters.of(other));
		assertThatIllegalArgumentException().isThrownBy(() -> shapes.values(plan.parameters(), base.limit(7)))
			.withMessageStartingWith("The find has another shape than the planned one");
	}

	@Test
	void aConditionOfTheFindReusedInItsIncludesIsAnotherShapeThanTwoConditions() {
		FindShapes shapes = new FindShapes(16);
		Where shared = Where.eq("id", 1L);
		Find base = Find.all().include(Include.of("posts").where(shared));
		Find reused = base.and(shared);
		shapes.of(USER, base);
		assertThat(shapes.of(USER, reused)).isNotEqualTo(shapes.of(USER, base.and(Where.eq("id", 1L))))
			.isEqualTo(shapes.of(USER, base.and(shared)))
			.isEqualTo(new FindShapes(0).of(USER, reused));
	}

	@Test
	void listsMetInOneSlotReplaceEachOtherAndKeepTheirOwnShapes() {
		FindShapes shapes = new FindShapes(1);
		Find posts = Find.all().include("posts");
		Find profile = Find.all().include("profile");
		for (int i = 0; i < 3; i++) {
			assertThat(shapes.of(USER, posts)).isEqualTo(new FindShapes(16).of(USER, Find.all().include("posts")))
				.isNotEqualTo(shapes.of(USER, profile));
		}
	}

	@Test
	void aShapeTakenWithoutMemoryEqualsTheStaticShape() {
		assertThat(new FindShapes(0).of(USER, withIncludes())).isEqualTo(FindShape.of(USER, withIncludes()));
	}

}
