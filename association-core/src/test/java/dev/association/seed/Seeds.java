package dev.association.seed;

import java.util.List;

/**
 * The seed domain of the specification: every association type and option, in one model set.
 */
public final class Seeds {

	/** Every seed model. */
	public static final List<Class<?>> MODELS = List.of(User.class, Profile.class, Post.class, Comment.class,
			Article.class, Role.class, Project.class, UserProject.class, Team.class, TeamMember.class,
			Department.class, Employee.class, Product.class, Tag.class, Picture.class);

	private Seeds() {
	}

}
