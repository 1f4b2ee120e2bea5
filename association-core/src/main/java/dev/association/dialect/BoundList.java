package dev.association.dialect;

import java.util.List;

/**
 * A list of values bound as one parameter (an array on PostgreSQL), where
 * {@link SqlDialect#boundListRows} stands for its rows: {@code id IN (SELECT UNNEST(?))}.
 * @param values the values, none null
 */
public record BoundList(List<?> values) {

}
