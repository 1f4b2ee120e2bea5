package dev.association.write;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * One operation of {@link ConcurrentWritesIntegrationTests}: what it did to which rows, when it ran (by
 * {@link System#nanoTime()}, so that two operations that did not overlap are ordered), and how it ended.
 * @param kind what it did
 * @param user the source user of an accessor call
 * @param targets the targets of an accessor call, the row created, or the row destroyed
 * @param start when the call began
 * @param end when the call returned, after its commit
 * @param failure what it threw, or null when it committed
 */
record RaceOperation(Kind kind, @Nullable Long user, List<Long> targets, long start, long end,
		@Nullable Throwable failure) {

	boolean committed() {
		return this.failure == null;
	}

	/** Whether the two calls ran at the same time, so that either may have committed first. */
	boolean overlaps(RaceOperation other) {
		return this.start < other.end && other.start < this.end;
	}

	@Override
	public String toString() {
		return this.kind + ((this.user != null) ? " of user " + this.user : "") + " " + this.targets;
	}

	enum Kind {

		ADD_ROLES, REMOVE_ROLES, SET_ROLES, ADD_POSTS, REMOVE_POSTS, CREATE_POST_OF_USER, CREATE_USER, CREATE_ROLE,
		CREATE_POST, DESTROY_USER, DESTROY_ROLE, DESTROY_POST

	}

}
