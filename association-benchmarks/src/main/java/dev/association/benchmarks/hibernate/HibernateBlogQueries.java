package dev.association.benchmarks.hibernate;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import javax.sql.DataSource;

import dev.association.benchmarks.BlogQueries;
import dev.association.benchmarks.Workload;
import org.springframework.data.domain.Limit;

/**
 * The workloads with Hibernate (the version the Spring Boot BOM manages) through Spring Data JPA repositories, as a
 * Spring application runs them: a shared entity manager, each operation in a read-only transaction. The fetch plan
 * is the one Hibernate's documentation recommends: every association lazy, JOIN FETCH for to-one associations in the
 * root query (pagination stays in SQL), and one more JOIN FETCH query per collection level over the loaded parents
 * (no cartesian product of two collections, no in-memory pagination). Per-parent limits use a window function in
 * HQL.
 */
public final class HibernateBlogQueries implements BlogQueries {

	private final JpaUnit unit;

	private final UserJpaRepository users;

	private final PostJpaRepository posts;

	private final long pointLookupUserId;

	/**
	 * Builds the entity manager factory and the repositories on a data source.
	 * @param dataSource the data source
	 * @param pointLookupUserId the user W7 looks up
	 */
	public HibernateBlogQueries(DataSource dataSource, long pointLookupUserId) {
		this.unit = new JpaUnit("benchmarks", dataSource, UserEntity.class, ProfileEntity.class, PostEntity.class,
				CommentEntity.class, RoleEntity.class, TagEntity.class);
		this.users = this.unit.repository(UserJpaRepository.class);
		this.posts = this.unit.repository(PostJpaRepository.class);
		this.pointLookupUserId = pointLookupUserId;
	}

	@Override
	public List<UserEntity> usersWithProfile() {
		return this.unit.readOnly(() -> {
			List<Object[]> rows = this.users.findWithProfileOrderedById(Limit.of(Workload.USERS));
			List<UserEntity> result = new ArrayList<>(rows.size());
			for (Object[] row : rows) {
				UserEntity user = (UserEntity) row[0];
				user.profile = (ProfileEntity) row[1];
				result.add(user);
			}
			return result;
		});
	}

	@Override
	public List<UserEntity> usersWithPosts() {
		return this.unit.readOnly(() -> {
			List<UserEntity> result = this.users.findOrderedById(Limit.of(Workload.USERS));
			this.users.fetchPosts(ids(result));
			return result;
		});
	}

	@Override
	public List<UserEntity> usersWithPostsCommentsCommenters(int count) {
		return this.unit.readOnly(() -> {
			List<UserEntity> result = this.users.findOrderedById(Limit.of(count));
			List<Long> ids = ids(result);
			this.users.fetchPosts(ids);
			this.posts.fetchCommentsWithCommenters(ids);
			return result;
		});
	}

	@Override
	public List<UserEntity> usersWithRoles() {
		return this.unit.readOnly(() -> {
			List<UserEntity> result = this.users.findOrderedById(Limit.of(Workload.USERS));
			this.users.fetchRoles(ids(result));
			return result;
		});
	}

	@Override
	public List<PostEntity> postsWithAuthorTagsComments() {
		return this.unit.readOnly(() -> {
			List<PostEntity> result = this.posts.findWithAuthorOrderedById(Limit.of(Workload.POSTS));
			List<Long> ids = new ArrayList<>(result.size());
			for (PostEntity post : result) {
				ids.add(post.id);
			}
			this.posts.fetchTags(ids);
			this.posts.fetchComments(ids);
			return result;
		});
	}

	@Override
	public List<UserWithLatestPosts> usersWithLatestPosts() {
		return this.unit.readOnly(() -> {
			List<UserEntity> found = this.users.findOrderedById(Limit.of(Workload.USERS));
			List<UserWithLatestPosts> result = new ArrayList<>(found.size());
			Map<Long, UserWithLatestPosts> byId = new HashMap<>(found.size() * 2);
			for (UserEntity user : found) {
				UserWithLatestPosts row = new UserWithLatestPosts(user);
				result.add(row);
				byId.put(user.id, row);
			}
			for (PostEntity post : this.posts.findLatestOfAuthors(ids(found), Workload.LATEST_POSTS)) {
				byId.get(post.authorId).posts.add(post);
			}
			return result;
		});
	}

	@Override
	public UserEntity userByPrimaryKey() {
		return this.unit.readOnly(() -> {
			List<Object[]> rows = this.users.findWithProfileById(this.pointLookupUserId);
			if (rows.isEmpty()) {
				return null;
			}
			UserEntity user = (UserEntity) rows.get(0)[0];
			user.profile = (ProfileEntity) rows.get(0)[1];
			List<Long> id = List.of(user.id);
			this.users.fetchPosts(id);
			this.users.fetchRoles(id);
			return user;
		});
	}

	private static List<Long> ids(List<UserEntity> users) {
		List<Long> ids = new ArrayList<>(users.size());
		for (UserEntity user : users) {
			ids.add(user.id);
		}
		return ids;
	}

	@Override
	public void close() {
		this.unit.close();
	}

}
