package dev.association.autoconfigure;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariDataSource;
import dev.association.replica.ReplicaDataSource;
import org.jspecify.annotations.Nullable;

import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.context.EnvironmentAware;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.datasource.LazyConnectionDataSourceProxy;

/**
 * Wraps the application's {@code DataSource} in a {@link LazyConnectionDataSourceProxy} whose read-only
 * {@code DataSource} is the replica of {@code association.replica.*} ({@link ReplicaDataSource}); closes the
 * replica's pool with the context. A {@code DataSource} that already routes is left alone.
 */
final class ReplicaRoutingPostProcessor implements BeanPostProcessor, EnvironmentAware, DisposableBean {

	private @Nullable Environment environment;

	private @Nullable HikariDataSource replicaPool;

	@Override
	public void setEnvironment(Environment environment) {
		this.environment = environment;
	}

	@Override
	public Object postProcessAfterInitialization(Object bean, String beanName) {
		if (!(bean instanceof DataSource primary) || AssociationAutoConfiguration.routes(primary)
				|| this.environment == null) {
			return bean;
		}
		Binder binder = Binder.get(this.environment);
		AssociationProperties.Replica replica = binder.bind("association.replica", AssociationProperties.Replica.class)
			.orElseGet(AssociationProperties.Replica::new);
		String url = replica.getUrl();
		if (url == null || url.isBlank()) {
			return bean;
		}
		HikariDataSource pool = replicaPool(binder, replica, url);
		LazyConnectionDataSourceProxy routing = new LazyConnectionDataSourceProxy(primary);
		routing.setReadOnlyDataSource(new ReplicaDataSource(pool, primary, url, replica.isFallback(),
				ReplicaDataSource.DEFAULT_RETRY_AFTER));
		return routing;
	}

	private HikariDataSource replicaPool(Binder binder, AssociationProperties.Replica replica, String url) {
		HikariDataSource pool = new HikariDataSource();
		pool.setPoolName("association-replica");
		// the application starts while the replica is down: the first read finds out (and may fall back)
		pool.setInitializationFailTimeout(-1);
		pool.setConnectionTimeout(5_000);
		pool.setReadOnly(true);
		binder.bind("association.replica.hikari", Bindable.ofInstance(pool));
		pool.setJdbcUrl(url);
		String username = (replica.getUsername() != null) ? replica.getUsername()
				: binder.bind("spring.datasource.username", String.class).orElse(null);
		String password = (replica.getPassword() != null) ? replica.getPassword()
				: binder.bind("spring.datasource.password", String.class).orElse(null);
		pool.setUsername(username);
		pool.setPassword(password);
		this.replicaPool = pool;
		return pool;
	}

	/**
	 * The replica's pool, once a {@code DataSource} has been wrapped.
	 * @return the pool, or null
	 */
	@Nullable HikariDataSource replicaPool() {
		return this.replicaPool;
	}

	@Override
	public void destroy() {
		if (this.replicaPool != null) {
			this.replicaPool.close();
		}
	}

}
