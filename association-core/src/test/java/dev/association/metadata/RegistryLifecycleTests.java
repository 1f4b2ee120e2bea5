package dev.association.metadata;

import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import dev.association.AssociationDefinitionException;
import dev.association.AssociationRegistry;
import dev.association.annotation.Id;
import dev.association.annotation.Model;
import dev.association.seed.Seeds;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class RegistryLifecycleTests {

	@Test
	void readingTheModelsLogsNothingAtInfoTheEnginesStartupReportListsTheOneSidedAssociations() {
		Logger logger = (Logger) LoggerFactory.getLogger("dev.association");
		ListAppender<ILoggingEvent> appender = new ListAppender<>();
		appender.start();
		Level previous = logger.getLevel();
		logger.setLevel(Level.INFO);
		logger.addAppender(appender);
		try {
			Metamodel.of(Seeds.MODELS);
		}
		finally {
			logger.detachAppender(appender);
			logger.setLevel(previous);
		}
		assertThat(appender.list).isEmpty();
	}

	@Test
	void callsEveryAssociateOnceThenFreezesTheRegistry() {
		Counting.calls.set(0);
		Metamodel.of(List.of(Counting.class));
		assertThat(Counting.calls).hasValue(1);
		assertThatExceptionOfType(AssociationDefinitionException.class)
			.isThrownBy(() -> Counting.registry.get().model(Counting.class).hasMany(Counting.class))
			.withMessageContaining("The association registry is frozen: Counting.hasMany(Counting) must be defined inside "
					+ "a static associate(AssociationRegistry) method");
	}

	@Test
	void aModelWithoutAssociateIsFine() {
		Metamodel metamodel = Metamodel.of(List.of(Plain.class));
		assertThat(metamodel.model(Plain.class).associations()).isEmpty();
	}

	@Model
	static class Counting {

		static final AtomicInteger calls = new AtomicInteger();

		static final AtomicReference<AssociationRegistry> registry = new AtomicReference<>();

		@Id
		Long id;

		static void associate(AssociationRegistry registry) {
			calls.incrementAndGet();
			Counting.registry.set(registry);
		}

	}

	@Model
	static class Plain {

		@Id
		Long id;

	}

}
