package dev.association.testing;

import java.util.List;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import org.slf4j.LoggerFactory;

/**
 * Counts the retries of writes that the engine logs at DEBUG on {@code dev.association.write.WriteConflicts}
 * ({@code Retrying ... after a conflict with a concurrent transaction}), while it is open.
 */
public final class RetryLog implements AutoCloseable {

	private final Logger logger = (Logger) LoggerFactory.getLogger("dev.association.write.WriteConflicts");

	private final Level level;

	private final ListAppender<ILoggingEvent> appender = new ListAppender<>();

	/**
	 * Starts counting.
	 */
	public RetryLog() {
		this.level = this.logger.getLevel();
		this.appender.start();
		this.logger.addAppender(this.appender);
		this.logger.setLevel(Level.DEBUG);
		this.logger.setAdditive(false);
	}

	/**
	 * The retries logged so far.
	 * @return their messages
	 */
	public List<String> retries() {
		synchronized (this.appender) {
			return this.appender.list.stream()
				.map(ILoggingEvent::getFormattedMessage)
				.filter((message) -> message.startsWith("Retrying "))
				.toList();
		}
	}

	@Override
	public void close() {
		this.logger.detachAppender(this.appender);
		this.logger.setLevel(this.level);
		this.logger.setAdditive(true);
	}

}
