/**
 * Turns JMH results into the markdown table.
 */
@NullMarked
package dev.association.benchmarks.report;

import org.jspecify.annotations.NullMarked;
