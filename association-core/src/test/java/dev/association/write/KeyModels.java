package dev.association.write;

import java.util.List;

import dev.association.AssociationRegistry;
import dev.association.annotation.Id;
import dev.association.annotation.Model;

/**
 * Models whose associations point at keys other than the primary key: a country is referenced by its
 * {@code code} (hasMany cities, hasOne flag with {@code sourceKey}; a city's belongsTo with {@code targetKey}), and
 * countries and languages are linked by code and ISO code through a join table.
 */
final class KeyModels {

	/** Every model here. */
	static final List<Class<?>> ALL = List.of(Country.class, City.class, Flag.class, Language.class);

	private KeyModels() {
	}

	@Model(table = "countries")
	static class Country {

		@Id Long id;

		String code;

		String name;

		List<City> cities;

		Flag flag;

		List<Language> languages;

		Country() {
		}

		Country(String code, String name) {
			this.code = code;
			this.name = name;
		}

		static void associate(AssociationRegistry registry) {
			registry.model(Country.class)
				.hasMany(City.class, (a) -> a.as("cities").sourceKey("code"))
				.hasOne(Flag.class, (a) -> a.as("flag").sourceKey("code"))
				.belongsToMany(Language.class,
						(a) -> a.as("languages").through("country_languages").sourceKey("code").targetKey("iso"));
		}

	}

	@Model(table = "cities")
	static class City {

		@Id Long id;

		String countryCode;

		String name;

		Country country;

		City() {
		}

		City(String name) {
			this.name = name;
		}

		static void associate(AssociationRegistry registry) {
			registry.model(City.class).belongsTo(Country.class, (a) -> a.as("country").targetKey("code"));
		}

	}

	@Model(table = "flags")
	static class Flag {

		@Id Long id;

		String countryCode;

		String colors;

		Flag() {
		}

		Flag(String colors) {
			this.colors = colors;
		}

	}

	@Model(table = "languages")
	static class Language {

		@Id Long id;

		String iso;

		String name;

		List<Country> countries;

		Language() {
		}

		Language(String iso, String name) {
			this.iso = iso;
			this.name = name;
		}

		static void associate(AssociationRegistry registry) {
			registry.model(Language.class)
				.belongsToMany(Country.class,
						(a) -> a.as("countries").through("country_languages").sourceKey("iso").targetKey("code"));
		}

	}

}
