package dev.association.execution;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

import dev.association.AssociationException;
import dev.association.annotation.Id;
import dev.association.annotation.Model;
import dev.association.dialect.ColumnReader;
import dev.association.dialect.Dialects;
import dev.association.dialect.SqlDialect;
import dev.association.metadata.Attribute;
import dev.association.metadata.Metamodel;
import dev.association.metadata.ModelMetadata;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * The row factory reads a row into a new instance, on its plain path (its first rows: a reader and a setter per
 * column) and through its one method handle (the rows after): on both, the same values as reading each column and
 * setting each attribute, zero for a NULL in a primitive field, and the attribute's own error for a value that does
 * not fit its field.
 */
class RowFactoryTests {

	private final ModelMetadata gauge = Metamodel.of(List.of(Gauge.class)).model(Gauge.class);

	private final SqlDialect dialect = Dialects.H2;

	@ParameterizedTest(name = "{0} rows on the plain path first")
	@ValueSource(ints = { 0, RowFactory.PLAIN_ROWS })
	void readsEveryAssignedColumnIntoANewInstance(int plainRows) throws SQLException {
		Gauge gauge = (Gauge) read("SELECT 7, 'boiler', 42, TRUE, 2.5", readers(), plainRows);
		assertThat(gauge.id).isEqualTo(7L);
		assertThat(gauge.label).isEqualTo("boiler");
		assertThat(gauge.reading).isEqualTo(42);
		assertThat(gauge.active).isTrue();
		assertThat(gauge.limit).isEqualTo(2.5);
	}

	@ParameterizedTest(name = "{0} rows on the plain path first")
	@ValueSource(ints = { 0, RowFactory.PLAIN_ROWS })
	void aNullInAPrimitiveFieldLeavesItsZeroValue(int plainRows) throws SQLException {
		Gauge gauge = (Gauge) read("SELECT 8, NULL, CAST(NULL AS INT), CAST(NULL AS BOOLEAN), NULL", readers(),
				plainRows);
		assertThat(gauge.id).isEqualTo(8L);
		assertThat(gauge.label).isNull();
		assertThat(gauge.reading).isZero();
		assertThat(gauge.active).isFalse();
		assertThat(gauge.limit).isNull();
	}

	@ParameterizedTest(name = "{0} rows on the plain path first")
	@ValueSource(ints = { 0, RowFactory.PLAIN_ROWS })
	void aValueThatDoesNotFitItsFieldIsReportedWithTheField(int plainRows) {
		ColumnReader[] readers = readers();
		readers[2] = (resultSet, index) -> "forty-two";
		assertThatExceptionOfType(AssociationException.class)
			.isThrownBy(() -> read("SELECT 9, 'boiler', 42, TRUE, 2.5", readers, plainRows))
			.withMessageContaining("Cannot write field 'reading' (int) with a java.lang.String");
	}

	private ColumnReader[] readers() {
		List<Attribute> attributes = this.gauge.attributes();
		ColumnReader[] readers = new ColumnReader[attributes.size()];
		for (int i = 0; i < readers.length; i++) {
			readers[i] = this.dialect.reader(attributes.get(i));
		}
		return readers;
	}

	/**
	 * The row, read by a factory that makes its first {@code plainRows} rows on the plain path.
	 */
	private Object read(String select, ColumnReader[] readers, int plainRows) throws SQLException {
		Attribute[] columns = this.gauge.attributes().toArray(Attribute[]::new);
		RowFactory factory = new RowFactory(this.gauge, columns, readers, 1, columns.length, plainRows);
		try (Connection connection = DriverManager.getConnection("jdbc:h2:mem:row-factory", "sa", "");
				Statement statement = connection.createStatement();
				ResultSet resultSet = statement.executeQuery(select)) {
			resultSet.next();
			return factory.create(resultSet);
		}
	}

	/** A model with primitive and boxed attributes. */
	@Model
	static class Gauge {

		@Id Long id;

		String label;

		int reading;

		boolean active;

		Double limit;

	}

}
