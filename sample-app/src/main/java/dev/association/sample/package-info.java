/**
 * The sample application: a blog and teams domain served as eager-loaded JSON graphs.
 */
@NullMarked
package dev.association.sample;

import org.jspecify.annotations.NullMarked;
