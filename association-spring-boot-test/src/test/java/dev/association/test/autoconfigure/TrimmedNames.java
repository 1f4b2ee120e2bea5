package dev.association.test.autoconfigure;

import dev.association.Associations;
import dev.association.HookType;
import dev.association.autoconfigure.AssociationsBuilderCustomizer;
import dev.association.repository.domain.Author;

import org.springframework.stereotype.Component;

/**
 * A component the slice keeps: it trims authors' names before they are created.
 */
@Component
class TrimmedNames implements AssociationsBuilderCustomizer {

	@Override
	public void customize(Associations.Builder builder) {
		builder.hook(Author.class, HookType.BEFORE_CREATE, (author) -> author.name = author.name.trim());
	}

}
