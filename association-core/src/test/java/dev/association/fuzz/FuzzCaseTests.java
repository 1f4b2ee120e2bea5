package dev.association.fuzz;

import java.util.List;

import dev.association.fuzz.FuzzCase.IncludeSpec;
import dev.association.query.Order;
import dev.association.query.Sort;
import dev.association.query.Where;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class FuzzCaseTests {

	@Test
	void theSameSeedGeneratesTheSameCase() {
		for (long seed = 0; seed < 50; seed++) {
			assertThat(FuzzGenerator.generate(seed).toJava()).isEqualTo(FuzzGenerator.generate(seed).toJava());
		}
		assertThat(FuzzGenerator.generate(1).toJava()).isNotEqualTo(FuzzGenerator.generate(2).toJava());
	}

	@Test
	void aCasePrintsAsTheJavaThatBuildsIt() {
		IncludeSpec posts = new IncludeSpec("posts", Where.like("title", "a\\%"), false, null,
				List.of(new Sort("likes", Order.DESC)), 2, null, null, List.of());
		FuzzCase find = new FuzzCase(FuzzUser.class, Where.and(Where.gt("score", 1L), Where.notIn("name", "a")),
				List.of(posts), null, List.of(), 3, null, false);
		assertThat(find.toJava()).isEqualTo("""
				findAll on FuzzUser: Find.where(Where.and(Where.gt("score", 1L), Where.notIn("name", List.of("a"))))
					.include(Include.of("posts").where(Where.like("title", "a\\\\%")).required(false).order("likes", Order.DESC).limit(2))
					.limit(3)""");
	}

	@Test
	void smallerCasesDropOneWhereAtomIncludeOrOptionAtATime() {
		IncludeSpec profile = new IncludeSpec("profile", null, true, null, List.of(), null, null, null, List.of());
		FuzzCase find = new FuzzCase(FuzzUser.class, Where.or(Where.eq("score", 1), Where.isNull("name")),
				List.of(profile), null, List.of(new Sort("profile.level", Order.ASC)), null, 2, false);
		List<String> smaller = find.smaller().stream().filter(FuzzCase::valid).map(FuzzCase::toJava).toList();
		assertThat(smaller).contains(
				"findAll on FuzzUser: Find.all()\n\t.include(Include.of(\"profile\").required(true))"
						+ "\n\t.order(\"profile.level\", Order.ASC)\n\t.offset(2)",
				"findAll on FuzzUser: Find.where(Where.isNull(\"name\"))\n\t.include(Include.of(\"profile\").required(true))"
						+ "\n\t.order(\"profile.level\", Order.ASC)\n\t.offset(2)",
				"findAll on FuzzUser: Find.where(Where.or(Where.eq(\"score\", 1), Where.isNull(\"name\")))"
						+ "\n\t.include(Include.of(\"profile\"))\n\t.order(\"profile.level\", Order.ASC)\n\t.offset(2)");
		assertThat(smaller).noneMatch((java) -> java.contains("profile.level") && !java.contains("Include.of"));
		assertThat(find.smaller()).hasSize(smaller.size() + 1);
	}

}
