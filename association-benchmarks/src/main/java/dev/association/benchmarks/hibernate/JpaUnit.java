package dev.association.benchmarks.hibernate;

import java.util.Arrays;
import java.util.Map;
import java.util.function.Supplier;

import javax.sql.DataSource;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;

import org.springframework.data.jpa.repository.support.JpaRepositoryFactory;
import org.springframework.orm.jpa.JpaTransactionManager;
import org.springframework.orm.jpa.LocalContainerEntityManagerFactoryBean;
import org.springframework.orm.jpa.SharedEntityManagerCreator;
import org.springframework.orm.jpa.persistenceunit.PersistenceManagedTypes;
import org.springframework.orm.jpa.vendor.HibernateJpaVendorAdapter;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A Hibernate persistence unit set up as a Spring application has it: an entity manager factory on the data source
 * (no schema generation; pagination over a collection fetch fails instead of paging in memory), Spring Data JPA
 * repositories on a shared entity manager, and read-only transactions for each operation.
 */
public final class JpaUnit implements AutoCloseable {

	private final EntityManagerFactory entityManagerFactory;

	private final TransactionTemplate readOnly;

	private final JpaRepositoryFactory repositories;

	/**
	 * Builds the unit.
	 * @param name the persistence unit name
	 * @param dataSource the data source
	 * @param entities the entity classes
	 */
	public JpaUnit(String name, DataSource dataSource, Class<?>... entities) {
		LocalContainerEntityManagerFactoryBean factoryBean = new LocalContainerEntityManagerFactoryBean();
		factoryBean.setPersistenceUnitName(name);
		factoryBean.setDataSource(dataSource);
		factoryBean.setManagedTypes(
				PersistenceManagedTypes.of(Arrays.stream(entities).map(Class::getName).toArray(String[]::new)));
		factoryBean.setJpaVendorAdapter(new HibernateJpaVendorAdapter());
		factoryBean.setJpaPropertyMap(Map.of("hibernate.hbm2ddl.auto", "none",
				"hibernate.query.fail_on_pagination_over_collection_fetch", "true"));
		factoryBean.afterPropertiesSet();
		this.entityManagerFactory = factoryBean.getObject();
		this.readOnly = new TransactionTemplate(new JpaTransactionManager(this.entityManagerFactory));
		this.readOnly.setReadOnly(true);
		EntityManager entityManager = SharedEntityManagerCreator.createSharedEntityManager(this.entityManagerFactory);
		this.repositories = new JpaRepositoryFactory(entityManager);
	}

	/**
	 * A Spring Data JPA repository of this unit.
	 * @param <R> the repository type
	 * @param type the repository interface
	 * @return the repository
	 */
	public <R> R repository(Class<R> type) {
		return this.repositories.getRepository(type);
	}

	/**
	 * Runs an operation in a read-only transaction, as a {@code @Transactional(readOnly = true)} service does.
	 * @param <T> the result type
	 * @param operation the operation
	 * @return its result
	 */
	public <T> T readOnly(Supplier<T> operation) {
		return this.readOnly.execute((status) -> operation.get());
	}

	@Override
	public void close() {
		this.entityManagerFactory.close();
	}

}
