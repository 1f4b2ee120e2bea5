package dev.association.sample;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.data.web.config.EnableSpringDataWebSupport;

/**
 * The sample app: a blog and teams domain on embedded H2, served as eager-loaded JSON graphs; Spring Data's web
 * support resolves {@code Pageable} parameters.
 */
@SpringBootApplication
@EnableSpringDataWebSupport
public class SampleApplication {

	public static void main(String[] args) {
		SpringApplication.run(SampleApplication.class, args);
	}

}
