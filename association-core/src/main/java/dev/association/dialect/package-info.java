/**
 * One class per database: quoting, types, binding and capabilities.
 */
@NullMarked
package dev.association.dialect;

import org.jspecify.annotations.NullMarked;
