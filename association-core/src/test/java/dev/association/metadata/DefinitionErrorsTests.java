package dev.association.metadata;

import java.util.List;
import java.util.Map;

import dev.association.AssociationDefinitionException;
import dev.association.AssociationRegistry;
import dev.association.ReferentialAction;
import dev.association.annotation.Id;
import dev.association.annotation.Model;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class DefinitionErrorsTests {

	private static void assertFails(String expected, Class<?>... models) {
		assertThatExceptionOfType(AssociationDefinitionException.class).isThrownBy(() -> Metamodel.of(List.of(models)))
			.withMessageContaining(expected);
	}

	@Test
	void theSameAliasTwiceOnOneModelIsAnError() {
		assertFails("Author has two associations named 'works': hasMany(Work) and hasMany(Work). "
				+ "Give one of them another alias with as(\"...\").", Author.class, Work.class);
	}

	@Test
	void aTargetThatIsNotAModelIsAnErrorListingTheModels() {
		assertFails("Lonely.strings (hasMany String): the target String is not a model (annotate it with @Model and register it). "
				+ "Models: Lonely.", Lonely.class);
	}

	@Test
	void aSourceThatIsNotAModelIsAnError() {
		assertFails("registry.model(String.class) in String.stranger (hasOne Stranger): String is not a model. Models: Stranger.",
				Stranger.class);
	}

	@Test
	void belongsToManyWithoutThroughIsAnErrorSuggestingTheFix() {
		assertFails("Student.courses (belongsToMany Course) needs through(...): name a join table, "
				+ "through(\"student_courses\"), or a join model class, through(StudentCourse.class).", Student.class,
				Course.class);
	}

	@Test
	void aMissingForeignKeyAttributeNamesTheModelTheAssociationAndTheColumn() {
		assertFails("Chapter has no attribute 'novelId' for the foreign key of Novel.chapters (hasMany Chapter) "
				+ "(column 'novel_id'). Add a field 'novelId' to Chapter, or name an existing attribute with foreignKey(...). "
				+ "Attributes of Chapter: id, title.", Novel.class, Chapter.class);
	}

	@Test
	void aForeignKeyWhoseTypeDoesNotMatchTheKeyIsAnError() {
		assertFails("Invoice.customerId is String but the foreign key of Invoice.customer (belongsTo Customer) "
				+ "refers to id (Long): the types must match.", Customer.class, Invoice.class);
	}

	@Test
	void collidingAccessorNamesAreAnError() {
		assertFails("Shelf.item (hasOne Item) and Shelf.items (hasMany Item) both generate the accessor 'createItem'. "
				+ "Give one of them another alias with as(\"...\").", Shelf.class, Item.class);
	}

	@Test
	void anAssociateMethodWithTheWrongSignatureIsAnError() {
		assertFails("Misdeclared.associate must be declared as 'static void associate(AssociationRegistry registry)'; "
				+ "found 'void associate(AssociationRegistry)'.", Misdeclared.class);
		assertFails("WrongParameter.associate must be declared as 'static void associate(AssociationRegistry registry)'; "
				+ "found 'static void associate(Map)'.", WrongParameter.class);
	}

	@Test
	void aSelfBelongsToManyWithoutAnAliasIsAnError() {
		assertFails("Member.members (belongsToMany Member) is a self-association: it needs an alias", Member.class);
	}

	@Test
	void twoDifferentExplicitForeignKeysOnAPairAreAnError() {
		assertFails("Team.players (hasMany Player) and Player.team (belongsTo Team) are a pair but set different keys "
				+ "(foreignKey): 'squadId' and 'teamId'.", Team.class, Player.class);
	}

	@Test
	void anAliasThatShadowsAnAttributeIsAnError() {
		assertFails("Naming collision between attribute 'owner' and association Pen.owner (belongsTo Author2)",
				Author2.class, Pen.class);
	}

	@Test
	void anAssociationFieldOfTheWrongTypeIsAnError() {
		assertFails("Drawer.socks is Sock but it holds Drawer.socks (hasMany Sock): declare it as List<Sock> (or Set)",
				Drawer.class, Sock.class);
	}

	@Test
	void aFieldThatIsNeitherAnAttributeNorAnAssociationIsAnError() {
		assertFails("Settings.values has type Map, which is neither an attribute type nor an association of Settings. "
				+ "Associations of Settings: (none).", Settings.class);
	}

	@Test
	void setNullOnANotNullForeignKeyIsAnError() {
		assertFails("Garage.cars (hasMany Car): onDelete(SET_NULL) needs a nullable foreign key, but garageId "
				+ "(garage_id) is NOT NULL.", Garage.class, Car.class);
	}

	@Test
	void aModelWithoutANoArgConstructorIsAnError() {
		assertFails("Immutable needs a no-arg constructor (any visibility) to be a model", Immutable.class);
	}

	@Test
	void aClassWithoutModelIsNotAModel() {
		assertFails("java.lang.String is not a model: annotate it with @Model", String.class);
	}

	@Model
	static class Author {

		@Id
		Long id;

		static void associate(AssociationRegistry registry) {
			registry.model(Author.class)
				.hasMany(Work.class, (a) -> a.as("works"))
				.hasMany(Work.class, (a) -> a.as("works"));
		}

	}

	@Model
	static class Work {

		@Id
		Long id;

		Long authorId;

	}

	@Model
	static class Lonely {

		@Id
		Long id;

		static void associate(AssociationRegistry registry) {
			registry.model(Lonely.class).hasMany(String.class);
		}

	}

	@Model
	static class Stranger {

		@Id
		Long id;

		static void associate(AssociationRegistry registry) {
			registry.model(String.class).hasOne(Stranger.class);
		}

	}

	@Model
	static class Student {

		@Id
		Long id;

		static void associate(AssociationRegistry registry) {
			registry.model(Student.class).belongsToMany(Course.class);
		}

	}

	@Model
	static class Course {

		@Id
		Long id;

	}

	@Model
	static class Novel {

		@Id
		Long id;

		static void associate(AssociationRegistry registry) {
			registry.model(Novel.class).hasMany(Chapter.class);
		}

	}

	@Model
	static class Chapter {

		@Id
		Long id;

		String title;

	}

	@Model
	static class Customer {

		@Id
		Long id;

	}

	@Model
	static class Invoice {

		@Id
		Long id;

		String customerId;

		static void associate(AssociationRegistry registry) {
			registry.model(Invoice.class).belongsTo(Customer.class);
		}

	}

	@Model
	static class Shelf {

		@Id
		Long id;

		static void associate(AssociationRegistry registry) {
			registry.model(Shelf.class).hasOne(Item.class, (a) -> a.as("item")).hasMany(Item.class, (a) -> a.as("items"));
		}

	}

	@Model
	static class Item {

		@Id
		Long id;

		Long shelfId;

	}

	@Model
	static class Misdeclared {

		@Id
		Long id;

		void associate(AssociationRegistry registry) {
		}

	}

	@Model
	static class WrongParameter {

		@Id
		Long id;

		static void associate(Map<String, Object> registry) {
		}

	}

	@Model
	static class Member {

		@Id
		Long id;

		static void associate(AssociationRegistry registry) {
			registry.model(Member.class).belongsToMany(Member.class, (a) -> a.through("friendships"));
		}

	}

	@Model
	static class Team {

		@Id
		Long id;

		static void associate(AssociationRegistry registry) {
			registry.model(Team.class).hasMany(Player.class, (a) -> a.as("players").foreignKey("squadId"));
			registry.model(Player.class).belongsTo(Team.class, (a) -> a.foreignKey("teamId"));
		}

	}

	@Model
	static class Player {

		@Id
		Long id;

		Long squadId;

		Long teamId;

	}

	@Model
	static class Author2 {

		@Id
		Long id;

	}

	@Model
	static class Pen {

		@Id
		Long id;

		Long owner;

		static void associate(AssociationRegistry registry) {
			registry.model(Pen.class).belongsTo(Author2.class, (a) -> a.as("owner").foreignKey("owner"));
		}

	}

	@Model
	static class Drawer {

		@Id
		Long id;

		Sock socks;

		static void associate(AssociationRegistry registry) {
			registry.model(Drawer.class).hasMany(Sock.class);
		}

	}

	@Model
	static class Sock {

		@Id
		Long id;

		Long drawerId;

	}

	@Model
	static class Settings {

		@Id
		Long id;

		Map<String, String> values;

	}

	@Model
	static class Garage {

		@Id
		Long id;

		static void associate(AssociationRegistry registry) {
			registry.model(Garage.class).hasMany(Car.class, (a) -> a.foreignKey("garageId", false)
				.onDelete(ReferentialAction.SET_NULL));
		}

	}

	@Model
	static class Car {

		@Id
		Long id;

		Long garageId;

	}

	@Model
	static class Immutable {

		@Id
		Long id;

		Immutable(Long id) {
			this.id = id;
		}

	}

}
