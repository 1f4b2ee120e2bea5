package dev.association.plan;

import java.util.List;

import dev.association.QueryException;
import dev.association.metadata.Metamodel;
import dev.association.metadata.ModelMetadata;
import dev.association.query.Find;
import dev.association.query.Include;
import dev.association.query.Order;
import dev.association.query.Where;
import dev.association.seed.Post;
import dev.association.seed.Seeds;
import dev.association.seed.User;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * The shape of a find, which a compiled find is shared by, and its values, which each execution binds.
 */
class FindShapeTests {

	private static final Metamodel SEEDS = Metamodel.of(Seeds.MODELS);

	private static final ModelMetadata USER = SEEDS.model(User.class);

	private static Find find(String name, long low, long high, int postLimit, boolean published, int limit,
			int offset) {
		return Find.where(Where.and(Where.like("username", name), Where.between("id", low, high),
				Where.in("id", low, high)))
			.include(Include.of("posts").where(Where.eq("published", published)).order("title", Order.DESC)
				.limit(postLimit).include("comments"))
			.include("profile")
			.order("username")
			.limit(limit)
			.offset(offset);
	}

	@Test
	void findsThatDifferOnlyInTheirValuesHaveEqualShapes() {
		Find first = find("a%", 1L, 9L, 3, true, 20, 0);
		Find second = find("b%", 4L, 7L, 1, false, 5, 10);
		assertThat(FindShape.of(USER, first)).isEqualTo(FindShape.of(USER, second));
		assertThat(FindShape.of(USER, first)).hasSameHashCodeAs(FindShape.of(USER, second));
	}

	@Test
	void theValuesOfAFindComeInSlotOrderConditionsFirstThenIncludesThenLimitAndOffset() {
		assertThat(Parameters.of(find("b%", 4L, 7L, 1, false, 5, 10)))
			.containsExactly("b%", 4L, 7L, 4L, 7L, false, 1, 5, 10);
	}

	@Test
	void thePlanOfOneFindTakesTheCheckedValuesOfAnotherOfItsShape() {
		FindPlan plan = new QueryPlanner().plan(USER, find("a%", 1L, 9L, 3, true, 20, 0));
		assertThat(plan.parameters().count()).isEqualTo(9);
		assertThat(plan.parameters().values(find("b%", 4L, 7L, 1, false, 5, 10)))
			.containsExactly("b%", 4L, 7L, 4L, 7L, false, 1, 5, 10);
	}

	@Test
	void theValuesOfAnotherFindAreCheckedAgainstTheirAttributesAsThePlannerChecksThem() {
		FindPlan plan = new QueryPlanner().plan(USER, Find.where(Where.eq("active", true)));
		assertThatExceptionOfType(QueryException.class)
			.isThrownBy(() -> plan.parameters().values(Find.where(Where.eq("active", "yes"))))
			.withMessage("User.active is boolean (BOOLEAN); the value 'yes' (String) does not fit it.");
	}

	@Test
	void findsThatDifferInTheirShapeHaveDifferentShapes() {
		Find base = Find.where(Where.eq("username", "a")).include(Include.of("posts").limit(2)).order("id").limit(3);
		List<Find> others = List.of(Find.where(Where.ne("username", "a")).include(Include.of("posts").limit(2))
			.order("id").limit(3), Find.where(Where.eq("email", "a")).include(Include.of("posts").limit(2))
			.order("id").limit(3), Find.where(Where.in("username", "a", "b")).include(Include.of("posts").limit(2))
			.order("id").limit(3), Find.where(Where.eq("username", "a")).include(Include.of("posts"))
			.order("id").limit(3), Find.where(Where.eq("username", "a")).include(Include.of("posts").limit(2)
			.separate(true)).order("id").limit(3), Find.where(Where.eq("username", "a"))
			.include(Include.of("posts").limit(2).required(true)).order("id").limit(3),
				Find.where(Where.eq("username", "a")).include(Include.of("posts").limit(2).attributes("title"))
					.order("id").limit(3),
				Find.where(Where.eq("username", "a")).include(Include.of("posts").limit(2), Include.of("profile"))
					.order("id").limit(3),
				Find.where(Where.eq("username", "a")).include(Include.of("posts").limit(2)).order("id", Order.DESC)
					.limit(3),
				Find.where(Where.eq("username", "a")).include(Include.of("posts").limit(2)).order("id"),
				Find.where(Where.eq("username", "a")).include(Include.of("posts").limit(2)).order("id").limit(3)
					.offset(0),
				Find.where(Where.eq("username", "a")).include(Include.of("posts").limit(2)).order("id").limit(3)
					.attributes("username"),
				Find.where(Where.isNull("username")).include(Include.of("posts").limit(2)).order("id").limit(3));
		FindShape shape = FindShape.of(USER, base);
		for (Find other : others) {
			assertThat(FindShape.of(USER, other)).as(other.toString()).isNotEqualTo(shape);
		}
		assertThat(FindShape.of(SEEDS.model(Post.class), Find.all())).isNotEqualTo(FindShape.of(USER, Find.all()));
		assertThat(FindShape.of(USER, Find.where(Where.in("id", 1L, 2L))))
			.isNotEqualTo(FindShape.of(USER, Find.where(Where.in("id", 1L, 2L, 3L))));
		assertThat(FindShape.of(USER, Find.where(Where.like("username", "a"))))
			.isNotEqualTo(FindShape.of(USER, Find.where(Where.iLike("username", "a"))));
	}

	@Test
	void aConditionReusedAtTwoPlacesIsAnotherShapeThanTwoConditions() {
		Where shared = Where.eq("published", true);
		Find reused = Find.all().include(Include.of("posts").where(shared), Include.of("pictures").where(shared));
		Find distinct = Find.all().include(Include.of("posts").where(Where.eq("published", true)),
				Include.of("pictures").where(Where.eq("published", true)));
		assertThat(FindShape.of(USER, reused)).isNotEqualTo(FindShape.of(USER, distinct));
	}

}
