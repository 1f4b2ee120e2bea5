package dev.association.benchmarks.hibernate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToOne;
import jakarta.persistence.Table;

/**
 * The Hibernate entity of a profile: the owning side of the one-to-one with its user.
 */
@Entity
@Table(name = "profiles")
public class ProfileEntity {

	@Id
	Long id;

	@Column(name = "user_id", insertable = false, updatable = false)
	Long userId;

	@OneToOne(fetch = FetchType.LAZY)
	@JoinColumn(name = "user_id")
	UserEntity user;

	String bio;

}
