package dev.association.benchmarks.hibernate;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;

/**
 * The Hibernate entity of a post. Every association is lazy (the documented default to keep): each workload's query
 * says what to fetch.
 */
@Entity
@Table(name = "posts")
public class PostEntity {

	@Id
	Long id;

	@Column(name = "author_id", insertable = false, updatable = false)
	Long authorId;

	@ManyToOne(fetch = FetchType.LAZY)
	@JoinColumn(name = "author_id")
	UserEntity author;

	String title;

	String body;

	boolean published;

	@Column(name = "created_at")
	Instant createdAt;

	@OneToMany(mappedBy = "post")
	@OrderBy("id")
	List<CommentEntity> comments = new ArrayList<>();

	@ManyToMany
	@JoinTable(name = "post_tags", joinColumns = @JoinColumn(name = "post_id"),
			inverseJoinColumns = @JoinColumn(name = "tag_id"))
	@OrderBy("id")
	List<TagEntity> tags = new ArrayList<>();

}
