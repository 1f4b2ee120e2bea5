package dev.association.dialect;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;

import dev.association.Associations;
import dev.association.annotation.Id;
import dev.association.annotation.Model;
import dev.association.dialect.SqlDialect;
import dev.association.engine.Engine;
import dev.association.metadata.Attribute;
import dev.association.metadata.ModelMetadata;
import dev.association.testing.AllDatabases;
import dev.association.testing.TestDatabase;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every attribute type of SPEC 2 is created, bound and read back unchanged by each dialect.
 */
class AttributeTypesIntegrationTests {

	@AllDatabases
	void everyAttributeTypeSurvivesARoundTrip(TestDatabase db) throws Exception {
		db.reset();
		Associations associations = Associations.builder().dataSource(db.dataSource()).models(Everything.class).build();
		associations.schema().create();
		SqlDialect dialect = Engine.of(associations).dialect();
		ModelMetadata model = Engine.of(associations).metamodel().model(Everything.class);
		Everything written = Everything.sample();
		List<Attribute> attributes = model.attributes();
		String columns = attributes.stream().map((a) -> dialect.quote(a.column())).collect(Collectors.joining(", "));
		String marks = attributes.stream().map((a) -> "?").collect(Collectors.joining(", "));
		Everything read;
		try (Connection connection = db.rawDataSource().getConnection()) {
			try (PreparedStatement insert = connection.prepareStatement(
					"INSERT INTO " + dialect.quote(model.table()) + " (" + columns + ") VALUES (" + marks + ")")) {
				for (int i = 0; i < attributes.size(); i++) {
					Attribute attribute = attributes.get(i);
					dialect.bind(insert, i + 1, attribute.valueType(), attribute.get(written));
				}
				insert.executeUpdate();
			}
			try (PreparedStatement select = connection
				.prepareStatement("SELECT " + columns + " FROM " + dialect.quote(model.table()));
					ResultSet rs = select.executeQuery()) {
				assertThat(rs.next()).isTrue();
				read = (Everything) model.newInstance();
				for (int i = 0; i < attributes.size(); i++) {
					Attribute attribute = attributes.get(i);
					attribute.set(read, dialect.reader(attribute).read(rs, i + 1));
				}
			}
		}
		assertThat(read).usingRecursiveComparison().withComparatorForType(BigDecimal::compareTo, BigDecimal.class)
			.isEqualTo(written);
		assertThat(read.offsetDateTime.toInstant()).isEqualTo(written.offsetDateTime.toInstant());
	}

	@AllDatabases
	void nullsOfEveryTypeAreBoundAndReadAsNull(TestDatabase db) throws Exception {
		db.reset();
		Associations associations = Associations.builder().dataSource(db.dataSource()).models(Everything.class).build();
		associations.schema().create();
		SqlDialect dialect = Engine.of(associations).dialect();
		ModelMetadata model = Engine.of(associations).metamodel().model(Everything.class);
		List<Attribute> attributes = model.attributes();
		List<Attribute> nullable = attributes.stream().filter(Attribute::isNullable).toList();
		Everything sample = Everything.sample();
		try (Connection connection = db.rawDataSource().getConnection()) {
			String columns = attributes.stream().map((a) -> dialect.quote(a.column())).collect(Collectors.joining(", "));
			try (PreparedStatement insert = connection.prepareStatement("INSERT INTO " + dialect.quote(model.table())
					+ " (" + columns + ") VALUES (" + attributes.stream().map((a) -> "?").collect(Collectors.joining(", "))
					+ ")")) {
				for (int i = 0; i < attributes.size(); i++) {
					Attribute attribute = attributes.get(i);
					dialect.bind(insert, i + 1, attribute.valueType(), attribute.isNullable() ? null : attribute.get(sample));
				}
				insert.executeUpdate();
			}
			try (PreparedStatement select = connection
				.prepareStatement("SELECT " + columns + " FROM " + dialect.quote(model.table()));
					ResultSet rs = select.executeQuery()) {
				assertThat(rs.next()).isTrue();
				for (int i = 0; i < attributes.size(); i++) {
					Object value = dialect.reader(attributes.get(i)).read(rs, i + 1);
					if (attributes.get(i).isNullable()) {
						assertThat(value).as(attributes.get(i).name()).isNull();
					}
				}
			}
		}
		assertThat(nullable).extracting(Attribute::name).contains("text", "boxedFlag", "boxedCount", "price", "token",
				"instant", "day", "localDateTime", "offsetDateTime", "data", "color");
	}

	enum Color {

		RED, GREEN

	}

	@Model(table = "everything")
	static class Everything {

		@Id
		Long id;

		String text;

		boolean flag;

		Boolean boxedFlag;

		int count;

		Integer boxedCount;

		long big;

		short small;

		double ratio;

		float weight;

		BigDecimal price;

		UUID token;

		Instant instant;

		LocalDate day;

		LocalDateTime localDateTime;

		OffsetDateTime offsetDateTime;

		byte[] data;

		Color color;

		static Everything sample() {
			Everything e = new Everything();
			e.id = 7L;
			e.text = "O'Brien \\ \"quoted\" ünïcødé";
			e.flag = true;
			e.boxedFlag = false;
			e.count = 42;
			e.boxedCount = -3;
			e.big = 9_000_000_000L;
			e.small = 12;
			e.ratio = 0.25;
			e.weight = 1.5f;
			e.price = new BigDecimal("1234.5600");
			e.token = UUID.fromString("123e4567-e89b-12d3-a456-426614174000");
			e.instant = Instant.parse("2026-11-23T10:15:30.123456Z");
			e.day = LocalDate.of(2026, 2, 28);
			e.localDateTime = LocalDateTime.of(2026, 11, 23, 10, 15, 30, 123_456_000);
			e.offsetDateTime = OffsetDateTime.of(2026, 11, 23, 10, 15, 30, 0, ZoneOffset.UTC)
				.truncatedTo(ChronoUnit.MICROS);
			e.data = new byte[] { 1, 2, 3, (byte) 0xFF };
			e.color = Color.GREEN;
			return e;
		}

	}

}
