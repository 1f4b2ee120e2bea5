package dev.association.write;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

/**
 * The rows of one model that the threads of {@link ConcurrentWritesIntegrationTests} share: which exist, which were
 * created and destroyed by a committed operation, and claims. An operation that writes a reference to a row (a join
 * row, a foreign key) claims it first, and a row is destroyed only when nobody holds a claim on it: a reference to
 * a row another thread is destroying would be refused by the foreign key, which is the caller's race, not the
 * engine's. Operations that only delete or null references take any row ever created, destroyed or not, and race
 * freely with destroys.
 */
final class RaceRows {

	private final String model;

	private final List<Long> live = new ArrayList<>();

	private final List<Long> ever = new ArrayList<>();

	private final Map<Long, Integer> claims = new HashMap<>();

	private final Set<Long> created = new LinkedHashSet<>();

	private final Set<Long> destroyed = new LinkedHashSet<>();

	RaceRows(String model) {
		this.model = model;
	}

	String model() {
		return this.model;
	}

	/** A create of this row committed. */
	synchronized void created(long id) {
		this.live.add(id);
		this.ever.add(id);
		this.created.add(id);
	}

	/**
	 * Claims up to {@code count} distinct live rows against destroys.
	 * @return the rows claimed, to {@link #release} afterwards
	 */
	synchronized List<Long> claim(Random random, int count) {
		List<Long> picked = pick(random, count, this.live);
		picked.forEach((id) -> this.claims.merge(id, 1, Integer::sum));
		return picked;
	}

	synchronized void release(Collection<Long> ids) {
		for (Long id : ids) {
			this.claims.computeIfPresent(id, (key, count) -> (count == 1) ? null : count - 1);
		}
	}

	/**
	 * Up to {@code count} distinct rows ever created, destroyed or not, without a claim.
	 */
	synchronized List<Long> any(Random random, int count) {
		return pick(random, count, this.ever);
	}

	/**
	 * Takes a live row that nobody has claimed out of the live rows, to destroy it.
	 * @return the row, or null when every live row is claimed
	 */
	synchronized Long claimForDestroy(Random random) {
		if (this.live.isEmpty()) {
			return null;
		}
		int start = random.nextInt(this.live.size());
		for (int i = 0; i < this.live.size(); i++) {
			int index = (start + i) % this.live.size();
			Long id = this.live.get(index);
			if (!this.claims.containsKey(id)) {
				this.live.remove(index);
				return id;
			}
		}
		return null;
	}

	/** A destroy of this row committed. */
	synchronized void destroyed(long id) {
		this.destroyed.add(id);
	}

	/** A destroy of this row failed: it is live again. */
	synchronized void notDestroyed(long id) {
		this.live.add(id);
	}

	/** The rows whose create committed and whose destroy did not: exactly the rows that must exist. */
	synchronized Set<Long> expected() {
		Set<Long> expected = new LinkedHashSet<>(this.created);
		expected.removeAll(this.destroyed);
		return expected;
	}

	synchronized Set<Long> destroyedRows() {
		return new LinkedHashSet<>(this.destroyed);
	}

	synchronized List<Long> everCreated() {
		return new ArrayList<>(this.ever);
	}

	private static List<Long> pick(Random random, int count, List<Long> from) {
		List<Long> picked = new ArrayList<>(count);
		for (int i = 0; i < count * 3 && picked.size() < count && !from.isEmpty(); i++) {
			Long id = from.get(random.nextInt(from.size()));
			if (!picked.contains(id)) {
				picked.add(id);
			}
		}
		return picked;
	}

}
