package dev.association.metadata;

import java.util.List;

import dev.association.AssociationRegistry;
import dev.association.ReferentialAction;
import dev.association.annotation.Id;
import dev.association.annotation.Model;
import dev.association.seed.Post;
import dev.association.seed.Product;
import dev.association.seed.Project;
import dev.association.seed.Seeds;
import dev.association.seed.Tag;
import dev.association.seed.Team;
import dev.association.seed.User;
import dev.association.seed.UserProject;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class MetamodelTests {

	private final Metamodel seeds = Metamodel.of(Seeds.MODELS);

	private AssociationMetadata association(Class<?> source, String alias) {
		return this.seeds.model(source).association(alias);
	}

	@Nested
	class Models {

		@Test
		void readsAttributesColumnsKeyAndTimestamps() {
			ModelMetadata user = MetamodelTests.this.seeds.model(User.class);
			assertThat(user.table()).isEqualTo("users");
			assertThat(user.attributes()).extracting(Attribute::name)
				.containsExactly("id", "username", "email", "active", "profilePictureId", "createdAt", "updatedAt");
			assertThat(user.attribute("profilePictureId").column()).isEqualTo("profile_picture_id");
			assertThat(user.id().name()).isEqualTo("id");
			assertThat(user.id().isGenerated()).isTrue();
			assertThat(user.createdAt().name()).isEqualTo("createdAt");
			assertThat(user.updatedAt().name()).isEqualTo("updatedAt");
			assertThat(user.attribute("active").isNullable()).isFalse();
			assertThat(user.attribute("active").defaultValue()).isEqualTo(true);
		}

		@Test
		void fieldInitialisersOfLiteralTypesAreDefaults() {
			ModelMetadata membership = MetamodelTests.this.seeds.model(UserProject.class);
			assertThat(membership.attribute("role").defaultValue()).isEqualTo("member");
			assertThat(membership.attribute("joinedAt").defaultValue()).isNull();
			assertThat(membership.id()).isNull();
		}

		@Test
		void fieldAccessReadsAndWritesPrivateFieldsWithoutAccessors() {
			ModelMetadata model = Metamodel.of(List.of(Secretive.class)).model(Secretive.class);
			Object instance = model.newInstance();
			model.attribute("code").set(instance, "x-1");
			assertThat(model.attribute("code").get(instance)).isEqualTo("x-1");
			assertThat(((Secretive) instance).code()).isEqualTo("x-1");
			assertThat(model.table()).isEqualTo("secretives");
		}

	}

	@Nested
	class Defaults {

		@Test
		void aliasDefaultsToTheTargetNameSingularForToOneAndPluralForToMany() {
			assertThat(MetamodelTests.this.seeds.model(Project.class).associations()).containsKeys("members", "team");
			assertThat(association(Post.class, "author").singular()).isEqualTo("author");
			assertThat(association(User.class, "posts").singular()).isEqualTo("post");
			assertThat(association(User.class, "posts").plural()).isEqualTo("posts");
			assertThat(association(User.class, "profile").plural()).isEqualTo("profiles");
		}

		@Test
		void belongsToForeignKeyIsTheAliasPlusTheTargetKey() {
			AssociationMetadata author = association(Post.class, "author");
			assertThat(author.foreignKey().name()).isEqualTo("authorId");
			assertThat(author.foreignKey().column()).isEqualTo("author_id");
			assertThat(author.foreignKeyHolder().name()).isEqualTo("Post");
			assertThat(author.targetKey().name()).isEqualTo("id");
		}

		@Test
		void hasManyForeignKeyIsTheSourceNamePlusItsKeyWhateverTheAlias() {
			AssociationMetadata employees = MetamodelTests.this.seeds.model(dev.association.seed.Department.class)
				.association("employees");
			assertThat(employees.foreignKey().name()).isEqualTo("departmentId");
			assertThat(employees.foreignKeyHolder().name()).isEqualTo("Employee");
			assertThat(employees.sourceKey().name()).isEqualTo("id");
		}

		@Test
		void onDeleteIsSetNullForNullableForeignKeysAndCascadeOnJoinRows() {
			assertThat(association(User.class, "posts").onDelete()).isEqualTo(ReferentialAction.SET_NULL);
			assertThat(association(User.class, "posts").onUpdate()).isEqualTo(ReferentialAction.CASCADE);
			assertThat(association(User.class, "roles").onDelete()).isEqualTo(ReferentialAction.CASCADE);
			assertThat(association(User.class, "profile").onDelete()).isEqualTo(ReferentialAction.CASCADE);
		}

		@Test
		void onDeleteIsCascadeWhenTheForeignKeyIsNotNull() {
			Metamodel metamodel = Metamodel.of(List.of(Owner.class, Pet.class));
			AssociationMetadata pets = metamodel.model(Owner.class).association("pets");
			assertThat(pets.foreignKeyAllowNull()).isFalse();
			assertThat(pets.onDelete()).isEqualTo(ReferentialAction.CASCADE);
		}

		@Test
		void throughStringDefinesAJoinTableWithTheTwoKeys() {
			JoinTable join = association(User.class, "roles").joinTable();
			assertThat(join.isModel()).isFalse();
			assertThat(join.model().table()).isEqualTo("user_roles");
			assertThat(join.foreignKey().column()).isEqualTo("user_id");
			assertThat(join.otherKey().column()).isEqualTo("role_id");
			assertThat(join.model().attributes()).extracting(Attribute::name).containsExactly("userId", "roleId");
			assertThat(MetamodelTests.this.seeds.tables()).extracting(ModelMetadata::table)
				.contains("user_roles", "post_tags", "item_tags");
		}

		@Test
		void throughModelFillsTheTargetsFieldOfTheJoinModelsType() {
			AssociationMetadata projects = association(User.class, "projects");
			assertThat(projects.joinTable().isModel()).isTrue();
			assertThat(projects.joinTable().model().table()).isEqualTo("user_projects");
			assertThat(projects.throughField().name()).isEqualTo("userProject");
		}

		@Test
		void scopesAndThroughScopesAreKept() {
			assertThat(MetamodelTests.this.seeds.model(Team.class).association("activeProjects").scope())
				.containsEntry("status", "active");
			assertThat(MetamodelTests.this.seeds.model(Team.class).association("members").joinTable().scope())
				.containsEntry("deletedAt", null);
			assertThat(association(Post.class, "comments").scope()).containsEntry("commentableType", "post");
		}

	}

	@Nested
	class Pairs {

		@Test
		void hasManyAndBelongsToWithTheSameForeignKeyAreInverses() {
			assertThat(association(User.class, "posts").inverse()).isSameAs(association(Post.class, "author"));
			assertThat(association(Post.class, "author").inverse()).isSameAs(association(User.class, "posts"));
		}

		@Test
		void anExplicitForeignKeyBeatsTheDefaultOfTheOtherSide() {
			AssociationMetadata products = MetamodelTests.this.seeds.model(Tag.class).association("products");
			assertThat(products.joinTable().foreignKey().name()).isEqualTo("labelId");
			assertThat(products.joinTable().otherKey().name()).isEqualTo("itemId");
			assertThat(products.inverse()).isSameAs(MetamodelTests.this.seeds.model(Product.class).association("tags"));
		}

		@Test
		void anExplicitForeignKeyOnHasManyIsAdoptedByItsOnlyBelongsTo() {
			Metamodel metamodel = Metamodel.of(List.of(Writer.class, Book.class));
			assertThat(metamodel.model(Book.class).association("writer").foreignKey().name()).isEqualTo("penId");
			assertThat(metamodel.model(Book.class).association("writer").inverse())
				.isSameAs(metamodel.model(Writer.class).association("books"));
		}

		@Test
		void aOneSidedAssociationHasNoInverse() {
			assertThat(association(User.class, "profilePicture").inverse()).isNull();
		}

		@Test
		void selfAssociationsWorkLikeAnyOther() {
			Metamodel metamodel = Metamodel.of(List.of(Person.class));
			ModelMetadata person = metamodel.model(Person.class);
			assertThat(person.association("children").foreignKey().name()).isEqualTo("parentId");
			assertThat(person.association("children").inverse()).isSameAs(person.association("parent"));
			assertThat(person.association("followers").joinTable().foreignKey().name()).isEqualTo("followedId");
			assertThat(person.association("followers").joinTable().otherKey().name()).isEqualTo("followerId");
			assertThat(person.association("followers").inverse()).isSameAs(person.association("following"));
			assertThat(metamodel.tables()).extracting(ModelMetadata::table).containsExactly("people", "follows");
		}

	}

	@Model
	static class Secretive {

		@Id
		private Long id;

		private String code;

		private Secretive() {
		}

		String code() {
			return this.code;
		}

	}

	@Model
	static class Owner {

		@Id
		Long id;

		List<Pet> pets;

		static void associate(AssociationRegistry registry) {
			registry.model(Owner.class).hasMany(Pet.class, (a) -> a.foreignKey("ownerId", false));
		}

	}

	@Model
	static class Pet {

		@Id
		Long id;

		Long ownerId;

	}

	@Model
	static class Writer {

		@Id
		Long id;

		static void associate(AssociationRegistry registry) {
			registry.model(Writer.class).hasMany(Book.class, (a) -> a.as("books").foreignKey("penId"));
			registry.model(Book.class).belongsTo(Writer.class);
		}

	}

	@Model
	static class Book {

		@Id
		Long id;

		Long penId;

	}

	@Model(table = "people")
	static class Person {

		@Id
		Long id;

		Long parentId;

		static void associate(AssociationRegistry registry) {
			registry.model(Person.class)
				.hasMany(Person.class, (a) -> a.as("children").foreignKey("parentId"))
				.belongsTo(Person.class, (a) -> a.as("parent"))
				.belongsToMany(Person.class,
						(a) -> a.as("followers").through("follows").foreignKey("followedId").otherKey("followerId"))
				.belongsToMany(Person.class,
						(a) -> a.as("following").through("follows").foreignKey("followerId").otherKey("followedId"));
		}

	}

}
