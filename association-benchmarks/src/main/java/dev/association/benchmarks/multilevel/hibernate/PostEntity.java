package dev.association.benchmarks.multilevel.hibernate;

import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.OneToMany;
import jakarta.persistence.Table;

/**
 * The Hibernate entity of a W8 post. Every association is lazy; the fetch plan says what to load.
 */
@Entity(name = "MultilevelPost")
@Table(name = "ml_posts")
public class PostEntity {

	@Id
	Long id;

	String title;

	@OneToMany(mappedBy = "post")
	List<PostCommentEntity> comments = new ArrayList<>();

	@ManyToMany
	@JoinTable(name = "ml_post_tags", joinColumns = @JoinColumn(name = "post_id"),
			inverseJoinColumns = @JoinColumn(name = "tag_id"))
	List<TagEntity> tags = new ArrayList<>();

}
