/**
 * Services: what the endpoints do, on the injected repositories.
 */
@NullMarked
package dev.association.sample.service;

import org.jspecify.annotations.NullMarked;
