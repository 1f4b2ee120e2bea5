package dev.association.web;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Random;

import dev.association.query.Find;
import org.junit.jupiter.api.Test;

import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * 1,000 seeded random query strings (known and random parameters, junk, unicode, huge and negative numbers, empty
 * and repeated values) against {@code @FindQuery} handlers: only 200 or 400, never a 500; a 400 runs no statement,
 * and no find reaches the engine with a limit above the handler's {@code maxLimit}.
 */
class FindQueryFuzzTests {

	private static final List<String> NAMES = List.of("include", "order", "limit", "offset", "fields", "include[0]",
			"limit[1]", "order.x", "q", "", "ĩnclude", "LIMIT");

	private static final List<String> VALUES = List.of("books", "books.author", "genres", "biography", "name", "-name",
			"id", "-id", "0", "1", "50", "51", "-1", "2147483647", "2147483648", "99999999999999999999999", "0x10",
			"010", "١٢", "１２", "", ",", ".", "..", "books..author", "-", "--id", "✓", "名前", "\u0000", "a\tb",
			" name ", "%", "%25", "null", "NaN", "1e3", "books.author.books");

	private static final AuthorsController controller = AuthorsController.onH2("findqueryfuzz");

	private final MockMvc mvc = MockMvcBuilders.standaloneSetup(controller)
		.setCustomArgumentResolvers(new FindQueryArgumentResolver(controller.associations))
		.setControllerAdvice(new FindQueryExceptionHandler())
		.build();

	@Test
	void randomQueryStringsGetOnly200Or400AndNeverALimitAboveMaxLimit() throws Exception {
		Random random = new Random(20261204L);
		int ok = 0;
		int refused = 0;
		for (int i = 0; i < 1000; i++) {
			String path = random.nextBoolean() ? "/authors" : "/authors/first";
			String query = query(random);
			int finds = controller.finds.size();
			controller.statements.reset();
			MockHttpServletResponse response = this.mvc.perform(get(URI.create(path + "?" + query)))
				.andReturn()
				.getResponse();
			assertThat(response.getStatus()).as(query).isIn(200, 400);
			if (response.getStatus() == 400) {
				refused++;
				assertThat(response.getContentType()).as(query).isEqualTo("application/problem+json");
				assertThat(controller.finds).as(query).hasSize(finds);
				assertThat(controller.statements.count()).as(query).isZero();
			}
			else {
				ok++;
				assertThat(controller.finds).as(query).hasSize(finds + 1);
				Find find = controller.finds.get(finds);
				assertThat(find.getLimit()).as(query).isNotNull().isBetween(1, path.equals("/authors") ? 50 : 1);
			}
		}
		assertThat(ok).isGreaterThan(50);
		assertThat(refused).isGreaterThan(50);
	}

	private static String query(Random random) {
		StringBuilder query = new StringBuilder();
		int parameters = random.nextInt(5);
		for (int p = 0; p < parameters; p++) {
			if (p > 0) {
				query.append('&');
			}
			String name = (random.nextInt(4) == 0) ? NAMES.get(random.nextInt(NAMES.size()))
					: NAMES.get(random.nextInt(5));
			query.append(encode(name)).append('=').append(encode(value(random)));
		}
		return query.toString();
	}

	private static String value(Random random) {
		int entries = 1 + random.nextInt(3);
		StringBuilder value = new StringBuilder();
		for (int e = 0; e < entries; e++) {
			if (e > 0) {
				value.append(',');
			}
			value.append(switch (random.nextInt(6)) {
				case 0 -> Long.toString(random.nextLong());
				case 1 -> Integer.toString(random.nextInt(120) - 10);
				case 2 -> junk(random);
				default -> VALUES.get(random.nextInt(VALUES.size()));
			});
		}
		return value.toString();
	}

	private static String junk(Random random) {
		StringBuilder junk = new StringBuilder();
		int length = random.nextInt(12);
		for (int c = 0; c < length; c++) {
			junk.appendCodePoint(random.nextBoolean() ? 32 + random.nextInt(95) : random.nextInt(0x2FFFF));
		}
		return junk.toString();
	}

	private static String encode(String text) {
		return URLEncoder.encode(text, StandardCharsets.UTF_8);
	}

}
