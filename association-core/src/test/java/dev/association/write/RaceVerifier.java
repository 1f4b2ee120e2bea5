package dev.association.write;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import dev.association.Associations;
import dev.association.repository.AssociationRepository;
import dev.association.seed.Post;
import dev.association.seed.Role;
import dev.association.seed.User;
import dev.association.testing.TestDatabase;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Checks the rows left by {@link ConcurrentWritesIntegrationTests} against what its committed operations imply,
 * asserting only what holds whatever the interleaving:
 * <ul>
 * <li>the users, roles and posts are exactly those whose create committed and whose destroy did not;</li>
 * <li>no join row twice, no join row or post pointing at a missing row;</li>
 * <li>the engine's counts and reads agree with the rows, and a user's posts all point at it;</li>
 * <li>a pair (user, role) or a post's author whose last committed operation overlapped no other operation on it
 * holds what that operation wrote (an operation that did not commit changed nothing).</li>
 * </ul>
 */
final class RaceVerifier {

	private final TestDatabase db;

	private final Associations associations;

	private final RaceRows users;

	private final RaceRows roles;

	private final RaceRows posts;

	RaceVerifier(TestDatabase db, Associations associations, RaceRows users, RaceRows roles, RaceRows posts) {
		this.db = db;
		this.associations = associations;
		this.users = users;
		this.roles = roles;
		this.posts = posts;
	}

	void verify(List<RaceOperation> operations) {
		Set<Long> userRows = ids("SELECT id FROM users");
		Set<Long> roleRows = ids("SELECT id FROM roles");
		Map<Long, Long> authors = authors();
		assertThat(userRows).as("users whose create committed and whose destroy did not")
			.containsExactlyInAnyOrderElementsOf(this.users.expected());
		assertThat(roleRows).as("roles whose create committed and whose destroy did not")
			.containsExactlyInAnyOrderElementsOf(this.roles.expected());
		assertThat(authors.keySet()).as("posts whose create committed and whose destroy did not")
			.containsExactlyInAnyOrderElementsOf(this.posts.expected());
		assertThat(repository(User.class).count()).isEqualTo(userRows.size());
		assertThat(repository(Role.class).count()).isEqualTo(roleRows.size());
		assertThat(repository(Post.class).count()).isEqualTo(authors.size());
		Map<Long, Set<Long>> links = links(userRows, roleRows);
		authors.forEach((post, author) -> assertThat(author == null || userRows.contains(author))
			.as("post %d points at user %d, which exists", post, author)
			.isTrue());
		for (Long user : userRows) {
			verifyUser(user, links.getOrDefault(user, Set.of()), authors);
		}
		int pairs = verifyPairs(operations, links);
		int posts = verifyAuthors(operations, authors);
		System.out.println("association race on " + this.db.name() + ": " + pairs + " (user, role) pairs last written by add, "
				+ "remove or set and " + posts + " post authors checked against that operation");
	}

	/** The join rows by user: never a pair twice, and never a row pointing at a missing user or role. */
	private Map<Long, Set<Long>> links(Set<Long> userRows, Set<Long> roleRows) {
		List<long[]> rows = this.db.jdbc()
			.query("SELECT user_id, role_id FROM user_roles", (rs, i) -> new long[] { rs.getLong(1), rs.getLong(2) });
		Map<Long, Set<Long>> links = new HashMap<>();
		for (long[] row : rows) {
			assertThat(userRows).as("users referenced by the join row (%d, %d)", row[0], row[1]).contains(row[0]);
			assertThat(roleRows).as("roles referenced by the join row (%d, %d)", row[0], row[1]).contains(row[1]);
			assertThat(links.computeIfAbsent(row[0], (k) -> new HashSet<>()).add(row[1]))
				.as("the join row (%d, %d) is there once", row[0], row[1])
				.isTrue();
		}
		return links;
	}

	private void verifyUser(long user, Set<Long> roleIds, Map<Long, Long> authors) {
		AssociationRepository<User, Long> repository = repository(User.class);
		User source = ConcurrentWritesIntegrationTests.user(user);
		List<Role> linked = repository.<Role>many(source, "roles").get();
		assertThat(linked).as("roles of user %d", user).extracting((role) -> role.id)
			.containsExactlyInAnyOrderElementsOf(roleIds);
		assertThat(repository.many(source, "roles").count()).as("count of the roles of user %d", user)
			.isEqualTo(roleIds.size());
		List<Long> postIds = authors.entrySet()
			.stream()
			.filter((entry) -> Long.valueOf(user).equals(entry.getValue()))
			.map(Map.Entry::getKey)
			.toList();
		List<Post> written = repository.<Post>many(source, "posts").get();
		assertThat(written).as("posts of user %d all point at it", user)
			.allSatisfy((post) -> assertThat(post.authorId).isEqualTo(user))
			.extracting((post) -> post.id)
			.containsExactlyInAnyOrderElementsOf(postIds);
		assertThat(repository.many(source, "posts").count()).as("count of the posts of user %d", user)
			.isEqualTo(postIds.size());
	}

	/**
	 * Each pair (user, role) is a register: add writes "linked", remove "not linked", set "linked when in the set",
	 * a destroy of either side "not linked". When the last committed operation on a pair overlapped no other
	 * committed operation on it, every other one committed before it began, so the pair holds what it wrote.
	 */
	private int verifyPairs(List<RaceOperation> operations, Map<Long, Set<Long>> links) {
		int checked = 0;
		Map<Long, List<RaceOperation>> byUser = new HashMap<>();
		Map<Long, List<RaceOperation>> roleDestroys = new HashMap<>();
		for (RaceOperation operation : operations) {
			if (!operation.committed()) {
				continue;
			}
			switch (operation.kind()) {
				case ADD_ROLES, REMOVE_ROLES, SET_ROLES -> byUser.computeIfAbsent(operation.user(), (k) -> new ArrayList<>())
					.add(operation);
				case DESTROY_USER -> byUser.computeIfAbsent(operation.targets().get(0), (k) -> new ArrayList<>())
					.add(operation);
				case DESTROY_ROLE -> roleDestroys.computeIfAbsent(operation.targets().get(0), (k) -> new ArrayList<>())
					.add(operation);
				default -> {
				}
			}
		}
		for (Long user : this.users.everCreated()) {
			for (Long role : this.roles.everCreated()) {
				List<RaceOperation> touching = new ArrayList<>(roleDestroys.getOrDefault(role, List.of()));
				for (RaceOperation operation : byUser.getOrDefault(user, List.of())) {
					boolean named = operation.kind() == RaceOperation.Kind.ADD_ROLES
							|| operation.kind() == RaceOperation.Kind.REMOVE_ROLES;
					if (!named || operation.targets().contains(role)) {
						touching.add(operation);
					}
				}
				RaceOperation last = lastAlone(touching);
				if (touching.isEmpty() || last != null) {
					boolean expected = last != null && switch (last.kind()) {
						case ADD_ROLES -> true;
						case SET_ROLES -> last.targets().contains(role);
						default -> false;
					};
					assertThat(links.getOrDefault(user, Set.of()).contains(role))
						.as("user %d linked to role %d after %s, which overlapped no other operation on the pair", user,
								role, (last != null) ? last : "no operation")
						.isEqualTo(expected);
					boolean written = last != null && last.kind() != RaceOperation.Kind.DESTROY_USER
							&& last.kind() != RaceOperation.Kind.DESTROY_ROLE;
					checked += written ? 1 : 0;
				}
			}
		}
		return checked;
	}

	/**
	 * A post's author is a register too: add and create write the user, remove writes "not this user", a destroy
	 * of the author (after the last write) writes null.
	 */
	private int verifyAuthors(List<RaceOperation> operations, Map<Long, Long> authors) {
		int[] checked = { 0 };
		Map<Long, List<RaceOperation>> byPost = new HashMap<>();
		Map<Long, RaceOperation> userDestroys = new HashMap<>();
		for (RaceOperation operation : operations) {
			if (!operation.committed()) {
				continue;
			}
			switch (operation.kind()) {
				case ADD_POSTS, REMOVE_POSTS, CREATE_POST_OF_USER -> operation.targets()
					.forEach((post) -> byPost.computeIfAbsent(post, (k) -> new ArrayList<>()).add(operation));
				case DESTROY_USER -> userDestroys.put(operation.targets().get(0), operation);
				default -> {
				}
			}
		}
		authors.forEach((post, author) -> {
			List<RaceOperation> touching = byPost.getOrDefault(post, List.of());
			RaceOperation last = lastAlone(touching);
			if (!touching.isEmpty() && last == null) {
				return;
			}
			if (last == null) {
				assertThat(author).as("author of post %d, never linked", post).isNull();
				return;
			}
			checked[0]++;
			RaceOperation destroyed = userDestroys.get(last.user());
			boolean authorGone = destroyed != null && destroyed.end() > last.start();
			if (last.kind() == RaceOperation.Kind.REMOVE_POSTS) {
				assertThat(author).as("author of post %d after %s", post, last).isNotEqualTo(last.user());
			}
			else if (authorGone) {
				assertThat(author).as("author of post %d after %s and the author's destroy", post, last).isNull();
			}
			else {
				assertThat(author).as("author of post %d after %s", post, last).isEqualTo(last.user());
			}
		});
		return checked[0];
	}

	/** The operation that ended last, when it overlapped none of the others; else null. */
	private static RaceOperation lastAlone(List<RaceOperation> operations) {
		RaceOperation last = operations.stream().max(Comparator.comparingLong(RaceOperation::end)).orElse(null);
		if (last == null) {
			return null;
		}
		for (RaceOperation other : operations) {
			if (other != last && other.overlaps(last)) {
				return null;
			}
		}
		return last;
	}

	private Set<Long> ids(String sql) {
		return new HashSet<>(this.db.jdbc().queryForList(sql, Long.class));
	}

	private Map<Long, Long> authors() {
		Map<Long, Long> authors = new HashMap<>();
		this.db.jdbc().query("SELECT id, author_id FROM posts", (rs) -> {
			long post = rs.getLong(1);
			long author = rs.getLong(2);
			authors.put(post, rs.wasNull() ? null : author);
		});
		return authors;
	}

	private <T> AssociationRepository<T, Long> repository(Class<T> type) {
		return this.associations.repository(type);
	}

}
