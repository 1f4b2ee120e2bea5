package dev.association.benchmarks.hibernate;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Transient;

/**
 * The Hibernate entity of a user. The profile is not mapped on this side: the inverse side of a one-to-one cannot
 * be lazy without bytecode enhancement, so mapping it would load every user's profile with one more select each.
 * The workloads that need it read it by an entity join and put it in {@link #profile}.
 */
@Entity
@Table(name = "users")
public class UserEntity {

	@Id
	Long id;

	String username;

	String email;

	@Column(name = "created_at")
	Instant createdAt;

	@OneToMany(mappedBy = "author")
	@OrderBy("id")
	List<PostEntity> posts = new ArrayList<>();

	@ManyToMany
	@JoinTable(name = "user_roles", joinColumns = @JoinColumn(name = "user_id"),
			inverseJoinColumns = @JoinColumn(name = "role_id"))
	@OrderBy("id")
	List<RoleEntity> roles = new ArrayList<>();

	@Transient
	ProfileEntity profile;

}
