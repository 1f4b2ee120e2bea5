package dev.association.sample.model;

import java.time.Instant;

import dev.association.annotation.Model;

/** The join model of User.likedPosts / Post.likers: who liked which post, and when. */
@Model(table = "likes")
public class Like {

	public Long userId;
	public Long postId;
	public Instant createdAt;

}
