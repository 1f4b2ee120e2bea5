package dev.association.repository.factory;

import java.lang.reflect.Method;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import dev.association.AssociationDefinitionException;
import dev.association.AssociationRegistry;
import dev.association.annotation.Id;
import dev.association.annotation.Model;
import dev.association.repository.domain.Author;
import dev.association.repository.domain.AuthorGenre;
import dev.association.repository.domain.AuthorRepository;
import dev.association.repository.domain.Biography;
import dev.association.repository.domain.Book;
import dev.association.repository.domain.Genre;
import dev.association.metadata.Metamodel;
import dev.association.metadata.ModelMetadata;
import dev.association.query.Find;
import dev.association.query.Where;
import dev.association.repository.AssociationRepository;
import dev.association.repository.ManyAccessor;
import dev.association.repository.OneAccessor;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.mockito.BDDMockito.given;
import static org.mockito.BDDMockito.then;
import static org.mockito.Mockito.mock;

class AccessorMethodTests {

	private final ModelMetadata author = Metamodel
		.of(List.of(Author.class, Book.class, Biography.class, Genre.class, AuthorGenre.class))
		.model(Author.class);

	@SuppressWarnings("unchecked")
	private final AssociationRepository<Object, ?> repository = mock(AssociationRepository.class);

	@SuppressWarnings("unchecked")
	private final ManyAccessor<Object> many = mock(ManyAccessor.class);

	@SuppressWarnings("unchecked")
	private final OneAccessor<Object> one = mock(OneAccessor.class);

	private final Author source = new Author();

	@Test
	void resolvesEverySequelizeMixinOfTheRepositoryInterface() {
		assertThat(Arrays.stream(AuthorRepository.class.getDeclaredMethods())
			.map((method) -> method.getName() + "/" + method.getParameterCount() + " -> "
					+ resolve(method).association().alias() + " " + resolve(method).operation())
			.sorted()).containsExactly("addBook/2 -> books MANY_ADD", "addBooks/2 -> books MANY_ADD_ALL",
					"addGenre/3 -> genres MANY_ADD_THROUGH", "countBooks/1 -> books MANY_COUNT",
					"countBooks/2 -> books MANY_COUNT_WHERE", "createBiography/2 -> biography ONE_CREATE",
					"createBook/2 -> books MANY_CREATE", "createGenre/3 -> genres MANY_CREATE_THROUGH",
					"getBiography/1 -> biography ONE_GET", "getBooks/1 -> books MANY_GET",
					"getBooks/2 -> books MANY_GET_FIND", "hasBook/2 -> books MANY_HAS",
					"hasBooks/2 -> books MANY_HAS_ALL", "removeBook/2 -> books MANY_REMOVE",
					"removeBooks/2 -> books MANY_REMOVE_ALL", "setBiography/2 -> biography ONE_SET",
					"setBooks/2 -> books MANY_SET");
	}

	@Test
	void getWithAFindCallsTheToManyAccessorWithTheFind() throws Exception {
		Find find = Find.where(Where.eq("title", "Earthsea"));
		given(this.repository.many(this.source, "books")).willReturn(this.many);
		given(this.many.get(find)).willReturn(List.of(new Book()));
		Object result = query("getBooks", Author.class, Find.class).execute(new Object[] { this.source, find });
		assertThat(result).asInstanceOf(org.assertj.core.api.InstanceOfAssertFactories.LIST).hasSize(1);
	}

	@Test
	void countReturnedAsIntIsNarrowed() throws Exception {
		Where where = Where.eq("title", "Earthsea");
		given(this.repository.many(this.source, "books")).willReturn(this.many);
		given(this.many.count(where)).willReturn(3L);
		assertThat(query("countBooks", Author.class, Where.class).execute(new Object[] { this.source, where }))
			.isEqualTo(3);
	}

	@Test
	void addWithThroughAttributesPassesTheJoinAttributes() throws Exception {
		Genre genre = new Genre();
		given(this.repository.many(this.source, "genres")).willReturn(this.many);
		query("addGenre", Author.class, Genre.class, Map.class)
			.execute(new Object[] { this.source, genre, Map.of("role", "secondary") });
		then(this.many).should().add(genre, Map.of("role", "secondary"));
	}

	@Test
	void pluralAddAndHasSpreadTheCollection() throws Exception {
		given(this.repository.many(this.source, "books")).willReturn(this.many);
		given(this.many.has(1L, 2L)).willReturn(true);
		query("addBooks", Author.class, java.util.Collection.class).execute(new Object[] { this.source, List.of(1L, 2L) });
		then(this.many).should().add(1L, 2L);
		assertThat(query("hasBooks", Author.class, java.util.Collection.class)
			.execute(new Object[] { this.source, List.of(1L, 2L) })).isEqualTo(true);
	}

	@Test
	void toOneGetReturnsTheOptional() throws Exception {
		Biography biography = new Biography();
		given(this.repository.<Object>one(this.source, "biography")).willReturn(this.one);
		given(this.one.get()).willReturn(Optional.of(biography));
		assertThat(query("getBiography", Author.class).execute(new Object[] { this.source }))
			.isEqualTo(Optional.of(biography));
	}

	@Test
	void toOneGetDeclaredWithTheTargetTypeReturnsTheTargetOrNull() throws Exception {
		given(this.repository.<Object>one(this.source, "biography")).willReturn(this.one);
		given(this.one.get()).willReturn(Optional.empty());
		Method method = NullableGetter.class.getMethod("getBiography", Author.class);
		AccessorQuery query = new AccessorQuery(null, method.getReturnType(), resolve(method), this.repository);
		assertThat(query.execute(new Object[] { this.source })).isNull();
	}

	@Test
	void aNameWithoutAVerbIsNotADerivedAssociationMethod() throws Exception {
		Method method = Unsupported.class.getMethod("findByName", String.class);
		assertThatExceptionOfType(AssociationDefinitionException.class).isThrownBy(() -> resolve(method))
			.withMessageStartingWith(Unsupported.class.getName() + ".findByName(String) is not a derived association "
					+ "method. Derived association methods are get, set, add, create, remove, has or count")
			.withMessageEndingWith("Aliases of Author: biography, books, genres.");
	}

	@Test
	void aToOneAliasHasNoCount() throws Exception {
		Method method = Unsupported.class.getMethod("countBiography", Author.class);
		assertThatExceptionOfType(AssociationDefinitionException.class).isThrownBy(() -> resolve(method))
			.withMessage(Unsupported.class.getName() + ".countBiography(Author) has the wrong parameter or return "
					+ "types for Author.biography (hasOne Biography). Methods for it: none with 'count'.");
	}

	@Test
	void aWrongReturnTypeIsAStartupError() throws Exception {
		Method method = Unsupported.class.getMethod("hasBook", Author.class, Book.class);
		assertThatExceptionOfType(AssociationDefinitionException.class).isThrownBy(() -> resolve(method))
			.withMessageContaining("hasBook(Author, Book) has the wrong parameter or return types for Author.books "
					+ "(hasMany Book). Methods for it: boolean hasBook(Author, Book|Long), "
					+ "boolean hasBooks(Author, Collection<?>).");
	}

	@Test
	void anAliasGivenAsTwoWordsNamesTheDerivedMethods() throws NoSuchMethodException {
		ModelMetadata node = Metamodel.of(List.of(Node.class)).model(Node.class);
		assertThat(Arrays.stream(NodeRepository.class.getDeclaredMethods())
			.map((method) -> method.getName() + " -> "
					+ AccessorMethod.resolve(NodeRepository.class, method, node).association().alias() + " "
					+ AccessorMethod.resolve(NodeRepository.class, method, node).operation())
			.sorted()).containsExactly("addChild -> children MANY_ADD", "countChildren -> children MANY_COUNT",
					"getChildren -> children MANY_GET");
		assertThat(node.association("children").singular()).isEqualTo("child");
	}

	private AccessorMethod resolve(Method method) {
		return AccessorMethod.resolve(method.getDeclaringClass(), method, this.author);
	}

	private AccessorQuery query(String name, Class<?>... parameterTypes) throws NoSuchMethodException {
		Method method = AuthorRepository.class.getMethod(name, parameterTypes);
		return new AccessorQuery(null, method.getReturnType(), resolve(method), this.repository);
	}

	interface NullableGetter {

		Biography getBiography(Author author);

	}

	interface Unsupported {

		Author findByName(String name);

		long countBiography(Author author);

		String hasBook(Author author, Book book);

	}

	@Model(table = "nodes")
	static class Node {

		@Id Long id;

		Long parentId;

		List<Node> children;

		static void associate(AssociationRegistry registry) {
			registry.model(Node.class).hasMany(Node.class, (a) -> a.as("child", "children").foreignKey("parentId"));
		}

	}

	interface NodeRepository extends AssociationRepository<Node, Long> {

		List<Node> getChildren(Node node);

		void addChild(Node node, Node child);

		long countChildren(Node node);

	}

}
