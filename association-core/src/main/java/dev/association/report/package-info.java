/**
 * Views of the resolved metadata for people: the Mermaid diagram of the models and the startup report.
 */
@NullMarked
package dev.association.report;

import org.jspecify.annotations.NullMarked;
