package dev.association.benchmarks.multilevel.hibernate;

import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.Table;

/**
 * The Hibernate entity of a W8 comment.
 */
@Entity(name = "MultilevelPostComment")
@Table(name = "ml_post_comments")
public class PostCommentEntity {

	@Id
	Long id;

	@Column(name = "post_id", insertable = false, updatable = false)
	Long postId;

	@ManyToOne(fetch = FetchType.LAZY)
	@JoinColumn(name = "post_id")
	PostEntity post;

	String review;

	@OneToMany(mappedBy = "comment")
	List<UserVoteEntity> votes = new ArrayList<>();

}
