package dev.association.benchmarks.hibernate;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/**
 * The Hibernate entity of a comment.
 */
@Entity
@Table(name = "comments")
public class CommentEntity {

	@Id
	Long id;

	@Column(name = "post_id", insertable = false, updatable = false)
	Long postId;

	@ManyToOne(fetch = FetchType.LAZY)
	@JoinColumn(name = "post_id")
	PostEntity post;

	@Column(name = "commenter_id", insertable = false, updatable = false)
	Long commenterId;

	@ManyToOne(fetch = FetchType.LAZY)
	@JoinColumn(name = "commenter_id")
	UserEntity commenter;

	String body;

	@Column(name = "created_at")
	Instant createdAt;

}
