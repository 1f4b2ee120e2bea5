package dev.association.test.autoconfigure;

import dev.association.repository.domain.Author;

import org.springframework.boot.autoconfigure.AutoConfigurationPackage;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * The application the slice tests find: the core's test models and repositories, a builder customizer (a hook) the
 * slice keeps ({@link TrimmedNames}), and a service and a controller it leaves out ({@link GreetingController}).
 */
@SpringBootApplication
@AutoConfigurationPackage(basePackageClasses = Author.class)
class SliceTestApplication {

}
