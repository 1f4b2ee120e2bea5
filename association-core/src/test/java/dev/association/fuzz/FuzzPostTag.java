package dev.association.fuzz;

import dev.association.annotation.Column;
import dev.association.annotation.Id;
import dev.association.annotation.Model;

/** The join model of {@link FuzzPost#tags}: a note, a position, and a hidden flag that the through scope filters. */
@Model(table = "fz_post_tags")
public class FuzzPostTag {

	@Id public Long id;
	public Long postId;
	public Long tagId;
	public String note;
	public Integer position;
	@Column(nullable = false) public Boolean hidden;

}
