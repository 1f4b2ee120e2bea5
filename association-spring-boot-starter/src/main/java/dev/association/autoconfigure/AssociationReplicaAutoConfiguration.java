package dev.association.autoconfigure;

import com.zaxxer.hikari.HikariDataSource;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.jdbc.datasource.LazyConnectionDataSourceProxy;

/**
 * Auto-configuration of a read replica, when {@code association.replica.url} is set: the application's
 * {@code DataSource} becomes Spring's {@link LazyConnectionDataSourceProxy} over it, with a HikariCP pool of the
 * replica (settings from {@code association.replica.hikari.*}) as its read-only {@code DataSource}, so that read-only
 * transactions (the engine's own for finds outside a transaction, and {@code @Transactional(readOnly = true)}) read
 * from the replica. A {@code DataSource} that already routes (a {@code LazyConnectionDataSourceProxy} or an
 * {@code AbstractRoutingDataSource} of the application's) is left as it is.
 */
@AutoConfiguration(beforeName = "org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration")
@ConditionalOnClass({ HikariDataSource.class, LazyConnectionDataSourceProxy.class })
@ConditionalOnProperty(prefix = "association.replica", name = "url")
public final class AssociationReplicaAutoConfiguration {

	@Bean
	static ReplicaRoutingPostProcessor associationReplicaRoutingPostProcessor() {
		return new ReplicaRoutingPostProcessor();
	}

}
