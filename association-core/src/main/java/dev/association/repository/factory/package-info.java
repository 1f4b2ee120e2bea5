/**
 * Spring Data repository support: the factory that implements repository interfaces on the engine, and the query
 * lookup that turns derived association methods ({@code getPosts}, {@code addRole}) into accessor calls.
 */
@NullMarked
package dev.association.repository.factory;

import org.jspecify.annotations.NullMarked;
