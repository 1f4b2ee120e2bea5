package dev.association.benchmarks.multilevel.hibernate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/**
 * The Hibernate entity of a W8 vote.
 */
@Entity(name = "MultilevelUserVote")
@Table(name = "ml_user_votes")
public class UserVoteEntity {

	@Id
	Long id;

	@Column(name = "comment_id", insertable = false, updatable = false)
	Long commentId;

	@ManyToOne(fetch = FetchType.LAZY)
	@JoinColumn(name = "comment_id")
	PostCommentEntity comment;

	@Column(name = "user_id", insertable = false, updatable = false)
	Long userId;

	@ManyToOne(fetch = FetchType.LAZY)
	@JoinColumn(name = "user_id")
	UserEntity user;

	int score;

}
