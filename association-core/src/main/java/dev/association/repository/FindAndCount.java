package dev.association.repository;

import java.util.List;

/**
 * The rows of a find together with the number of rows it matches, Sequelize's {@code findAndCountAll}: the rows as
 * {@code findAll(find)} loads them (limit and offset applied), the count as {@code count(find)} (without them).
 * @param <T> the model type
 * @param rows the rows
 * @param count the number of matching top-level rows
 */
public record FindAndCount<T>(List<T> rows, long count) {

	public FindAndCount {
		rows = List.copyOf(rows);
	}

}
