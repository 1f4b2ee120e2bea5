package dev.association;

/**
 * The lifecycle hooks of a model, run with the instance inside the write's transaction: a hook that throws rolls
 * the whole write back.
 * <pre>{@code
 * registry.model(User.class).hook(HookType.BEFORE_CREATE, (user) -> user.username = user.username.trim());
 * }</pre>
 */
public enum HookType {

	/** Before the row is inserted (the instance may still be changed). */
	BEFORE_CREATE,

	/** After the row is inserted, with its generated key set. */
	AFTER_CREATE,

	/** Before the row is updated (the instance may still be changed). */
	BEFORE_UPDATE,

	/** After the row is updated. */
	AFTER_UPDATE,

	/** Before the row (and, with {@code hooks(true)}, its children) is deleted or soft-deleted. */
	BEFORE_DESTROY,

	/** After the row is deleted or soft-deleted. */
	AFTER_DESTROY,

	/** Before a soft-deleted row of a paranoid model is restored. */
	BEFORE_RESTORE,

	/** After a soft-deleted row of a paranoid model is restored ({@code deletedAt} back to null). */
	AFTER_RESTORE

}
