/**
 * REST controllers and the problem-detail error answers.
 */
@NullMarked
package dev.association.sample.web;

import org.jspecify.annotations.NullMarked;
