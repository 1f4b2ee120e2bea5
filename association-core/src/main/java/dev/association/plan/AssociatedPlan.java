package dev.association.plan;

/**
 * The plan of an accessor's {@code get}: the targets of one association for one source key, with a plain limit
 * and offset.
 * @param level the statement, keyed by the one source key
 * @param limitSlot the value slot of the number of targets, or -1 for no limit
 * @param offsetSlot the value slot of the targets skipped, or -1 for no offset
 * @param parameters the value slots of the find
 */
public record AssociatedPlan(LevelPlan level, int limitSlot, int offsetSlot, Parameters parameters) {

	/**
	 * Whether the find has a limit or an offset.
	 * @return true when either is given
	 */
	public boolean limited() {
		return this.limitSlot >= 0 || this.offsetSlot >= 0;
	}

}
