package dev.association.web;

import java.lang.reflect.Method;
import java.util.List;

import dev.association.query.Find;
import dev.association.query.Include;
import dev.association.query.Order;
import dev.association.query.Sort;
import dev.association.repository.domain.Author;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import org.springframework.core.MethodParameter;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.request.ServletWebRequest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * {@link FindQuery} through Spring MVC ({@code MockMvc}): the {@link Find}s it builds and every refusal.
 */
class FindQueryArgumentResolverTests {

	private static final AuthorsController controller = AuthorsController.onH2("findquery");

	private MockMvc mvc;

	@BeforeEach
	void setUp() {
		controller.finds.clear();
		controller.statements.reset();
		this.mvc = MockMvcBuilders.standaloneSetup(controller)
			.setCustomArgumentResolvers(new FindQueryArgumentResolver(controller.associations))
			.setControllerAdvice(new FindQueryExceptionHandler())
			.build();
	}

	@Test
	void everyParameterGoesIntoTheFind() throws Exception {
		this.mvc.perform(get("/authors?include=books,genres&order=-name,id&limit=10&offset=5&fields=id,name"))
			.andExpect(status().isOk());
		Find find = onlyFind();
		assertThat(find.getIncludes()).extracting(Include::getAlias).containsExactly("books", "genres");
		assertThat(find.getOrders()).containsExactly(new Sort("name", Order.DESC), new Sort("id", Order.ASC));
		assertThat(find.getLimit()).isEqualTo(10);
		assertThat(find.getOffset()).isEqualTo(5);
		assertThat(find.getAttributes()).containsExactly("id", "name");
	}

	@Test
	void pathsThatShareAPrefixAreIncludedOnceWithTheirNestedIncludes() throws Exception {
		this.mvc.perform(get("/authors?include=books&include=books.author,biography")).andExpect(status().isOk());
		List<Include> includes = onlyFind().getIncludes();
		assertThat(includes).extracting(Include::getAlias).containsExactly("books", "biography");
		assertThat(includes.get(0).getIncludes()).extracting(Include::getAlias).containsExactly("author");
	}

	@Test
	void withoutLimitTheFindIsLimitedToMaxLimitAndHasNoOffset() throws Exception {
		this.mvc.perform(get("/authors")).andExpect(status().isOk()).andExpect(jsonPath("$[0].name").value("ann"));
		Find find = onlyFind();
		assertThat(find.getLimit()).isEqualTo(50);
		assertThat(find.getOffset()).isNull();
		assertThat(find.getIncludes()).isEmpty();
		assertThat(find.getOrders()).isEmpty();
		assertThat(find.getAttributes()).isNull();
		this.mvc.perform(get("/authors/defaults")).andExpect(status().isOk());
		assertThat(controller.finds.get(1).getLimit()).isEqualTo(100);
	}

	@Test
	void theModelComesFromTheAnnotationWhenTheReturnTypeIsNotAModel() throws Exception {
		this.mvc.perform(get("/authors/names?fields=name&order=name")).andExpect(status().isOk())
			.andExpect(jsonPath("$[0]").value("ann"));
		this.mvc.perform(get("/authors/first?fields=nope")).andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.allowed[1]").value("name"));
	}

	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
			/authors?include=posts | include | Parameter 'include': 'posts' is not allowed. Allowed include paths (and their prefixes): books.author, genres, biography.
			/authors?include=books.author.books | include | 'books.author.books' is not allowed
			/authors?include=books,,genres | include | Parameter 'include': an empty value is not allowed
			/authors?include=books. | include | 'books.' is not allowed
			/authors/defaults?include=books | include | Parameter 'include': 'books' is not allowed. This endpoint allows no includes.
			/authors?order=title | order | Parameter 'order': 'title' is not allowed. Allowed order attributes: name, id (prefix '-' for descending).
			/authors?order=--name | order | '--name' is not allowed
			/authors?order=name,-name | order | Parameter 'order' names 'name' more than once
			/authors/defaults?order=id | order | This endpoint allows no ordering.
			/authors?limit=51 | limit | Parameter 'limit' must be a whole number from 1 to 50, not '51'.
			/authors?limit=0 | limit | must be a whole number from 1 to 50, not '0'
			/authors?limit=-1 | limit | not '-1'
			/authors?limit=abc | limit | not 'abc'
			/authors?limit=0x10 | limit | not '0x10'
			/authors?limit=99999999999999999999 | limit | not '99999999999999999999'
			/authors?limit= | limit | not an empty value
			/authors?limit=1&limit=2 | limit | Parameter 'limit' must be given once, as a whole number from 1 to 50, not 2 values.
			/authors/defaults?limit=101 | limit | from 1 to 100
			/authors?offset=-1 | offset | Parameter 'offset' must be a whole number from 0 to 2147483647, not '-1'.
			/authors?offset=2147483648 | offset | not '2147483648'
			/authors?fields=nope | fields | Parameter 'fields': 'nope' is not an attribute. Attributes: id, name.
			/authors?fields= | fields | Parameter 'fields' is empty. Attributes: id, name.
			/authors?fields=id,,name | fields | an empty value is not an attribute
			""")
	void aRefusedParameterIsAProblemDetailNamingItAndWhatIsAllowedAndNothingIsQueried(String uri, String parameter,
			String detail) throws Exception {
		this.mvc.perform(get(uri).accept(MediaType.APPLICATION_JSON))
			.andExpect(status().isBadRequest())
			.andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.status").value(400))
			.andExpect(jsonPath("$.title").value("Invalid query parameter"))
			.andExpect(jsonPath("$.parameter").value(parameter))
			.andExpect(jsonPath("$.detail").value(containsString(detail)));
		assertThat(controller.finds).isEmpty();
		assertThat(controller.statements.count()).isZero();
	}

	@Test
	void theProblemDetailListsWhatIsAllowed() throws Exception {
		this.mvc.perform(get("/authors?include=nope"))
			.andExpect(jsonPath("$.allowed").value(contains("books.author", "genres",
					"biography")));
		this.mvc.perform(get("/authors?order=nope"))
			.andExpect(jsonPath("$.allowed").value(contains("name", "id")));
	}

	@Test
	void aHandlerWhoseModelCannotBeToldIsAnError() throws Exception {
		assertThatIllegalStateException().isThrownBy(() -> resolve("unknownModel"))
			.withMessageContaining("cannot tell which model it reads")
			.withMessageContaining("declare it with @FindQuery(model = ...)");
	}

	@Test
	void anAllowedIncludePathThatIsNoAssociationIsAnError() throws Exception {
		assertThatIllegalStateException().isThrownBy(() -> resolve("badInclude"))
			.withMessageContaining("allows the include path 'books.nope', but Book has no association 'nope'");
	}

	@Test
	void anAllowedOrderThatIsNoAttributeIsAnError() throws Exception {
		assertThatIllegalStateException().isThrownBy(() -> resolve("badOrder"))
			.withMessageContaining("allows ordering by 'title', which is not an attribute of Author");
	}

	private Object resolve(String handler) throws Exception {
		Method method = Handlers.class.getDeclaredMethod(handler, Find.class);
		return new FindQueryArgumentResolver(controller.associations).resolveArgument(
				new MethodParameter(method, 0), null, new ServletWebRequest(new MockHttpServletRequest()), null);
	}

	private static Find onlyFind() {
		assertThat(controller.finds).hasSize(1);
		return controller.finds.get(0);
	}

	static class Handlers {

		List<String> unknownModel(@FindQuery Find find) {
			return List.of();
		}

		List<Author> badInclude(@FindQuery(includes = "books.nope") Find find) {
			return List.of();
		}

		List<Author> badOrder(@FindQuery(orders = "title") Find find) {
			return List.of();
		}

	}

}
