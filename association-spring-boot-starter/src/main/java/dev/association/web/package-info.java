/**
 * Spring MVC support: {@link dev.association.web.FindQuery} builds a {@code Find} from the request's query
 * parameters, refusing what is not allowed with a 400 problem detail.
 */
@NullMarked
package dev.association.web;

import org.jspecify.annotations.NullMarked;
