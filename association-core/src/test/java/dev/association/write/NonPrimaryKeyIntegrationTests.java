package dev.association.write;

import java.util.List;

import dev.association.Associations;
import dev.association.SchemaValidationException;
import dev.association.query.Find;
import dev.association.query.Include;
import dev.association.query.Where;
import dev.association.repository.AssociationRepository;
import dev.association.repository.ManyAccessor;
import dev.association.repository.OneAccessor;
import dev.association.testing.AllDatabasesAndGalera;
import dev.association.testing.SchemaInspector;
import dev.association.testing.TestDatabase;
import dev.association.write.KeyModels.City;
import dev.association.write.KeyModels.Country;
import dev.association.write.KeyModels.Flag;
import dev.association.write.KeyModels.Language;

import static dev.association.write.WriteTesting.count;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Associations that point at a key other than the primary key ({@code sourceKey}, {@code targetKey}): the schema
 * gets a unique key on the referenced column, and every accessor and include works through it.
 */
class NonPrimaryKeyIntegrationTests {

	private Associations associations;

	private Country france;

	private Country spain;

	private Associations engine(TestDatabase db) {
		db.reset();
		return Associations.builder().dataSource(db.dataSource()).models(KeyModels.ALL.toArray(Class[]::new)).build();
	}

	private void seed(TestDatabase db) {
		this.associations = engine(db);
		this.associations.schema().create();
		this.france = countries().create(new Country("FR", "France"));
		this.spain = countries().create(new Country("ES", "Spain"));
		db.statements().reset();
	}

	private AssociationRepository<Country, Long> countries() {
		return this.associations.repository(Country.class);
	}

	private AssociationRepository<City, Long> cities() {
		return this.associations.repository(City.class);
	}

	private <T> T create(Class<T> type, T instance) {
		return this.associations.<T, Long>repository(type).create(instance);
	}

	private static List<String> strings(TestDatabase db, String sql, Object... args) {
		return db.jdbc().queryForList(sql, String.class, args);
	}

	@AllDatabasesAndGalera
	void createAddsAUniqueKeyOnEveryReferencedColumnThatIsNotThePrimaryKey(TestDatabase db) {
		Associations associations = engine(db);
		associations.schema().create();
		associations.schema().validate();
		SchemaInspector schema = new SchemaInspector(db.rawDataSource());
		assertThat(schema.indexes("countries", true)).containsValue(List.of("code"));
		assertThat(schema.indexes("languages", true)).containsValue(List.of("iso"));
		assertThat(schema.foreignKeys("cities")).extracting(SchemaInspector.ForeignKey::referencedColumn)
			.containsExactly("code");
		assertThat(schema.foreignKeys("country_languages")).extracting(SchemaInspector.ForeignKey::referencedColumn)
			.containsExactlyInAnyOrder("code", "iso");
		assertThat(associations.schema().ddl()).contains("CONSTRAINT " + associations.dialect().quote("countries_code_key")
				+ " UNIQUE (" + associations.dialect().quote("code") + ")");
	}

	@AllDatabasesAndGalera
	void validateReportsAReferencedColumnWithoutAUniqueKeyAmongTheOtherMismatches(TestDatabase db) {
		Associations associations = engine(db);
		db.jdbc().execute("CREATE TABLE countries (id BIGINT PRIMARY KEY, code VARCHAR(255), name VARCHAR(255))");
		db.jdbc().execute("CREATE TABLE languages (id BIGINT PRIMARY KEY, iso VARCHAR(255), name VARCHAR(255))");
		db.jdbc().execute("CREATE UNIQUE INDEX languages_name ON languages (name)");
		assertThatExceptionOfType(SchemaValidationException.class).isThrownBy(() -> associations.schema().validate())
			.satisfies((ex) -> assertThat(ex.getMismatches()).containsExactlyInAnyOrder(
					"table 'cities' (City) is missing", "table 'flags' (Flag) is missing",
					"join table 'country_languages' (country_languages) is missing",
					"unique key on 'countries.code' (Country.code, referenced by Country.cities (hasMany City)) is missing",
					"unique key on 'languages.iso' (Language.iso, referenced by Language.countries (belongsToMany Country)) is missing"));
	}

	@AllDatabasesAndGalera
	void hasManyAccessorsWriteTheSourceKeyValueIntoTheForeignKey(TestDatabase db) {
		seed(db);
		City paris = create(City.class, new City("Paris"));
		City lyon = create(City.class, new City("Lyon"));
		City nice = create(City.class, new City("Nice"));
		ManyAccessor<City> citiesOfFrance = countries().many(this.france, "cities");
		citiesOfFrance.add(paris, lyon.id);
		assertThat(paris.countryCode).isEqualTo("FR");
		assertThat(strings(db, "SELECT name FROM cities WHERE country_code = ? ORDER BY name", "FR"))
			.containsExactly("Lyon", "Paris");
		assertThat(citiesOfFrance.has(paris, lyon.id)).isTrue();
		assertThat(citiesOfFrance.has(nice)).isFalse();
		assertThat(citiesOfFrance.count()).isEqualTo(2);
		assertThat(citiesOfFrance.count(Where.eq("name", "Lyon"))).isEqualTo(1);
		citiesOfFrance.set(List.of(lyon, nice.id));
		assertThat(strings(db, "SELECT name FROM cities WHERE country_code = ? ORDER BY name", "FR"))
			.containsExactly("Lyon", "Nice");
		citiesOfFrance.remove(lyon);
		City marseille = citiesOfFrance.create(new City("Marseille"));
		assertThat(marseille.countryCode).isEqualTo("FR");
		assertThat(citiesOfFrance.get(Find.all().order("name"))).extracting((c) -> c.name)
			.containsExactly("Marseille", "Nice");
		assertThat(count(db, "SELECT COUNT(*) FROM cities WHERE country_code IS NULL")).isEqualTo(2);
	}

	@AllDatabasesAndGalera
	void hasOneAccessorsWriteTheSourceKeyValueIntoTheForeignKey(TestDatabase db) {
		seed(db);
		Flag tricolour = create(Flag.class, new Flag("blue white red"));
		Flag other = create(Flag.class, new Flag("other"));
		OneAccessor<Flag> flagOfFrance = countries().one(this.france, "flag");
		flagOfFrance.set(tricolour);
		assertThat(tricolour.countryCode).isEqualTo("FR");
		assertThat(flagOfFrance.get()).map((f) -> f.colors).contains("blue white red");
		flagOfFrance.set(other.id);
		assertThat(strings(db, "SELECT colors FROM flags WHERE country_code = ?", "FR")).containsExactly("other");
		Flag rojigualda = countries().<Flag>one(this.spain, "flag").create(new Flag("red yellow red"));
		assertThat(rojigualda.countryCode).isEqualTo("ES");
		assertThat(countries().<Flag>one(this.spain, "flag").get()).map((f) -> f.id).contains(rojigualda.id);
	}

	@AllDatabasesAndGalera
	void belongsToSetTakesATargetKeyValueOrAnInstance(TestDatabase db) {
		seed(db);
		City madrid = create(City.class, new City("Madrid"));
		OneAccessor<Country> countryOfMadrid = cities().one(madrid, "country");
		countryOfMadrid.set("ES");
		assertThat(madrid.countryCode).isEqualTo("ES");
		assertThat(countryOfMadrid.get()).map((c) -> c.name).contains("Spain");
		countryOfMadrid.set(this.france);
		assertThat(strings(db, "SELECT country_code FROM cities WHERE id = ?", madrid.id)).containsExactly("FR");
		Country portugal = countryOfMadrid.create(new Country("PT", "Portugal"));
		assertThat(madrid.countryCode).isEqualTo("PT");
		assertThat(strings(db, "SELECT country_code FROM cities WHERE id = ?", madrid.id)).containsExactly("PT");
		assertThat(cities().<Country>one(madrid, "country").get()).map((c) -> c.id).contains(portugal.id);
	}

	@AllDatabasesAndGalera
	void belongsToManyAccessorsLinkByTheKeysAndTakeInstancesOrPrimaryKeys(TestDatabase db) {
		seed(db);
		AssociationRepository<Language, Long> languages = this.associations.repository(Language.class);
		Language french = languages.create(new Language("fr", "French"));
		Language basque = languages.create(new Language("eu", "Basque"));
		Language catalan = languages.create(new Language("ca", "Catalan"));
		ManyAccessor<Language> languagesOfSpain = countries().many(this.spain, "languages");
		languagesOfSpain.add(basque, catalan.id);
		assertThat(strings(db, "SELECT language_iso FROM country_languages WHERE country_code = ? ORDER BY language_iso",
				"ES")).containsExactly("ca", "eu");
		assertThat(languagesOfSpain.has(basque.id, catalan)).isTrue();
		assertThat(languagesOfSpain.has(french.id)).isFalse();
		assertThat(languagesOfSpain.has(basque, 999_999L)).isFalse();
		assertThat(languagesOfSpain.count()).isEqualTo(2);
		languagesOfSpain.set(List.of(catalan.id, french));
		languagesOfSpain.remove(catalan.id);
		Language spanish = languagesOfSpain.create(new Language("es", "Spanish"));
		assertThat(languagesOfSpain.get(Find.all().order("iso"))).extracting((l) -> l.iso).containsExactly("es", "fr");
		assertThat(languages.<Country>many(french, "countries").get()).extracting((c) -> c.code).containsExactly("ES");
		assertThat(strings(db, "SELECT country_code FROM country_languages WHERE language_iso = ?", spanish.iso))
			.containsExactly("ES");
	}

	@AllDatabasesAndGalera
	void includesJoinOnTheKeysInBothDirections(TestDatabase db) {
		seed(db);
		countries().many(this.france, "cities").create(new City("Paris"));
		countries().many(this.spain, "cities").create(new City("Madrid"));
		countries().one(this.france, "flag").create(new Flag("blue white red"));
		AssociationRepository<Language, Long> languages = this.associations.repository(Language.class);
		Language french = languages.create(new Language("fr", "French"));
		countries().many(this.france, "languages").add(french);
		List<Country> found = countries().findAll(Find.all()
			.include(Include.of("cities"), Include.of("flag"), Include.of("languages").separate(false))
			.order("code"));
		assertThat(found).extracting((c) -> c.code).containsExactly("ES", "FR");
		assertThat(found.get(1).cities).extracting((c) -> c.name).containsExactly("Paris");
		assertThat(found.get(1).flag.colors).isEqualTo("blue white red");
		assertThat(found.get(1).languages).extracting((l) -> l.iso).containsExactly("fr");
		assertThat(found.get(0).flag).isNull();
		assertThat(countries().findAll(Find.all().include(Include.of("languages").required(true))))
			.extracting((c) -> c.code).containsExactly("FR");
		assertThat(cities().findAll(Find.all().include("country").order("name")))
			.extracting((c) -> c.country.name).containsExactly("Spain", "France");
		assertThat(languages.findAll(Find.all().include("countries"))).singleElement()
			.satisfies((l) -> assertThat(l.countries).extracting((c) -> c.code).containsExactly("FR"));
	}

}
