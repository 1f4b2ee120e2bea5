package dev.association.write;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;

import dev.association.metadata.Attribute;
import dev.association.metadata.ModelMetadata;

/**
 * Sets {@code createdAt} and {@code updatedAt}, truncated to microseconds so that the instance holds exactly what
 * the three databases store.
 */
final class Timestamps {

	private final Clock clock;

	Timestamps(Clock clock) {
		this.clock = clock;
	}

	/**
	 * The time of one write: every row it touches gets the same timestamp.
	 * @return now, to the microsecond
	 */
	Instant now() {
		return this.clock.instant().truncatedTo(ChronoUnit.MICROS);
	}

	/**
	 * Before an insert: createdAt unless the instance has one, updatedAt always.
	 * @param model the model
	 * @param instance the instance
	 * @param now the write's time
	 */
	void created(ModelMetadata model, Object instance, Instant now) {
		Attribute createdAt = model.createdAt();
		if (createdAt != null && createdAt.hasField() && createdAt.get(instance) == null) {
			createdAt.set(instance, value(createdAt, now));
		}
		updated(model, instance, now);
	}

	/**
	 * Before an update: updatedAt.
	 * @param model the model
	 * @param instance the instance
	 * @param now the write's time
	 */
	void updated(ModelMetadata model, Object instance, Instant now) {
		Attribute updatedAt = model.updatedAt();
		if (updatedAt != null && updatedAt.hasField()) {
			updatedAt.set(instance, value(updatedAt, now));
		}
	}

	/**
	 * The write's time in the attribute's type: an Instant, a LocalDateTime in the clock's zone, or an
	 * OffsetDateTime in UTC (as PostgreSQL and MariaDB read it back).
	 * @param attribute a timestamp attribute
	 * @param now the write's time
	 * @return the value
	 */
	Object value(Attribute attribute, Instant now) {
		return switch (attribute.valueType()) {
			case LOCAL_DATE_TIME -> LocalDateTime.ofInstant(now, this.clock.getZone());
			case OFFSET_DATE_TIME -> now.atOffset(ZoneOffset.UTC);
			default -> now;
		};
	}

}
