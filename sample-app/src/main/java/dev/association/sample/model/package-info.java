/**
 * The sample's models: users with profiles, posts, comments, categories, likes, roles, pictures; projects with
 * memberships; teams with active projects and members; departments and employees; products and tags; articles.
 */
@NullMarked
package dev.association.sample.model;

import org.jspecify.annotations.NullMarked;
