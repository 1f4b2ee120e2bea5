package dev.association.repository;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import dev.association.AssociationRegistry;
import dev.association.Associations;
import dev.association.annotation.Id;
import dev.association.annotation.Model;
import dev.association.query.Find;
import dev.association.query.Include;
import dev.association.query.Where;
import dev.association.testing.AllDatabases;
import dev.association.testing.TestDatabase;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * SPEC 3: a join model is a model like any other: its repository finds, counts and updates memberships, and it can
 * be included from either side.
 */
class JoinModelRepositoryIntegrationTests {

	private Associations setUp(TestDatabase db) {
		db.reset();
		Associations associations = Associations.builder()
			.dataSource(db.dataSource())
			.models(Member.class, Venture.class, Membership.class)
			.build();
		associations.schema().create();
		AssociationRepository<Member, Long> members = associations.repository(Member.class);
		AssociationRepository<Venture, Long> ventures = associations.repository(Venture.class);
		Member ann = members.create(new Member("ann"));
		Member bob = members.create(new Member("bob"));
		Venture apollo = ventures.create(new Venture("apollo"));
		Venture gemini = ventures.create(new Venture("gemini"));
		members.many(ann, "ventures").add(apollo, Map.of("role", "owner"));
		members.many(ann, "ventures").add(gemini);
		members.many(bob, "ventures").add(apollo);
		return associations;
	}

	@AllDatabases
	void theJoinModelsRepositoryFindsCountsAndUpdatesMemberships(TestDatabase db) {
		Associations associations = setUp(db);
		AssociationRepository<Membership, Object> memberships = associations.repository(Membership.class);
		Long ann = db.jdbc().queryForObject("SELECT id FROM members WHERE name = 'ann'", Long.class);
		Long apollo = db.jdbc().queryForObject("SELECT id FROM ventures WHERE name = 'apollo'", Long.class);
		Membership membership = memberships
			.findOne(Find.where(Where.and(Where.eq("memberId", ann), Where.eq("ventureId", apollo))))
			.orElseThrow();
		assertThat(membership.role).isEqualTo("owner");
		assertThat(memberships.count()).isEqualTo(3);
		assertThat(memberships.count(Find.where(Where.eq("role", "member")))).isEqualTo(2);
		membership.role = "admin";
		memberships.update(membership);
		assertThat(db.jdbc().queryForObject("SELECT role FROM memberships WHERE member_id = ? AND venture_id = ?",
				String.class, ann, apollo))
			.isEqualTo("admin");
		assertThat(db.jdbc().queryForObject("SELECT COUNT(*) FROM memberships", Integer.class)).isEqualTo(3);
	}

	@AllDatabases
	void theJoinModelCanBeIncludedFromEitherSide(TestDatabase db) {
		Associations associations = setUp(db);
		db.statements().reset();
		List<Member> members = associations.repository(Member.class)
			.findAll(Find.all().include(Include.of("memberships").include("venture")).order("name"));
		assertThat(db.statements().count()).isEqualTo(2);
		assertThat(members).extracting((m) -> m.name).containsExactly("ann", "bob");
		assertThat(members.get(0).memberships).extracting((m) -> m.venture.name + ":" + m.role)
			.containsExactly("apollo:owner", "gemini:member");
		List<Venture> ventures = associations.repository(Venture.class)
			.findAll(Find.all().include(Include.of("memberships").include("member")).order("name"));
		assertThat(ventures.get(0).memberships).extracting((m) -> m.member.name).containsExactly("ann", "bob");
		assertThat(ventures.get(1).memberships).extracting((m) -> m.member.name).containsExactly("ann");
	}

	@Model
	public static class Member {

		@Id
		public Long id;

		public String name;

		public List<Venture> ventures;

		public List<Membership> memberships;

		public Member() {
		}

		Member(String name) {
			this.name = name;
		}

		static void associate(AssociationRegistry registry) {
			registry.model(Member.class)
				.belongsToMany(Venture.class, (a) -> a.as("ventures").through(Membership.class))
				.hasMany(Membership.class, (a) -> a.as("memberships"));
		}

	}

	@Model
	public static class Venture {

		@Id
		public Long id;

		public String name;

		public List<Member> members;

		public List<Membership> memberships;

		public Venture() {
		}

		Venture(String name) {
			this.name = name;
		}

		static void associate(AssociationRegistry registry) {
			registry.model(Venture.class)
				.belongsToMany(Member.class, (a) -> a.as("members").through(Membership.class))
				.hasMany(Membership.class, (a) -> a.as("memberships"));
		}

	}

	@Model
	public static class Membership {

		public Long memberId;

		public Long ventureId;

		public String role = "member";

		public Instant joinedAt = Instant.now();

		public Member member;

		public Venture venture;

		static void associate(AssociationRegistry registry) {
			registry.model(Membership.class).belongsTo(Member.class).belongsTo(Venture.class);
		}

	}

}
