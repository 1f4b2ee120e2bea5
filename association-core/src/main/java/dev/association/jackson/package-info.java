/**
 * Jackson 3 support: model instances serialise as Sequelize's {@code toJSON()} does.
 */
@NullMarked
package dev.association.jackson;

import org.jspecify.annotations.NullMarked;
