package dev.association.engine;

import java.util.ArrayList;
import java.util.List;

import javax.sql.DataSource;

import dev.association.AssociationDefinitionException;
import dev.association.Associations;
import dev.association.Dialect;
import dev.association.ModelHook;
import dev.association.dialect.Dialects;
import dev.association.dialect.SqlDialect;
import dev.association.execution.EngineContext;
import dev.association.metadata.HookRegistration;
import dev.association.metadata.Metamodel;
import dev.association.metadata.ModelScanner;
import dev.association.report.StartupReport;
import org.springframework.jdbc.core.JdbcOperations;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.util.Assert;
import org.springframework.util.ClassUtils;

/**
 * Builds an {@link Engine} from what {@code Associations.builder()} was given; registered for
 * {@link java.util.ServiceLoader} in {@code META-INF/services}.
 */
public final class EngineFactory implements Associations.Factory {

	@Override
	public Associations build(Associations.Settings settings) {
		JdbcOperations jdbc = settings.jdbcOperations();
		DataSource source = settings.dataSource();
		if (jdbc == null && source == null) {
			throw new AssociationDefinitionException("Associations.builder() needs a dataSource(...) or jdbcOperations(...)");
		}
		if (source == null && jdbc instanceof JdbcTemplate template) {
			source = template.getDataSource();
		}
		if (jdbc == null) {
			jdbc = new JdbcTemplate(source);
		}
		PlatformTransactionManager transactions = settings.transactionManager();
		if (transactions == null) {
			Assert.state(source != null, "A transactionManager(...) is needed when the JdbcOperations has no DataSource");
			transactions = new DataSourceTransactionManager(source);
		}
		Dialect given = settings.dialect();
		SqlDialect chosen;
		if (given != null) {
			chosen = Dialects.of(given);
		}
		else if (settings.dialectName() != null) {
			chosen = Dialects.named(settings.dialectName());
		}
		else {
			Assert.state(source != null, "A dialect(...) is needed when the JdbcOperations has no DataSource");
			chosen = Dialects.detect(source);
		}
		List<Class<?>> all = new ArrayList<>(settings.models());
		if (!settings.modelPackages().isEmpty()) {
			ClassLoader loader = (settings.classLoader() != null) ? settings.classLoader()
					: ClassUtils.getDefaultClassLoader();
			all.addAll(ModelScanner.scan(loader, settings.modelPackages().toArray(String[]::new)));
		}
		if (all.isEmpty()) {
			throw new AssociationDefinitionException("No models: give models(...) or modelPackages(...) with @Model classes");
		}
		Metamodel metamodel = Metamodel.of(all, settings.hooks().stream().map(EngineFactory::registration).toList());
		if (settings.startupReport()) {
			StartupReport.log(metamodel, chosen.name(), null);
		}
		return new Engine(new EngineContext(metamodel, chosen, jdbc, transactions, settings.sqlLogging(),
				settings.observationRegistry()));
	}

	private static <T> HookRegistration registration(ModelHook<T> hook) {
		return HookRegistration.of(hook.model(), hook.type(), hook.action());
	}

}
