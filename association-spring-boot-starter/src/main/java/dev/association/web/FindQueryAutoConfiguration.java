package dev.association.web;

import java.util.List;

import dev.association.Associations;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication.Type;
import org.springframework.context.annotation.Bean;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Auto-configuration of {@link FindQuery @FindQuery} for Spring MVC: the {@link FindQueryArgumentResolver} and the
 * {@link FindQueryExceptionHandler} that answers refusals with a 400 problem detail.
 */
@AutoConfiguration(afterName = "dev.association.autoconfigure.AssociationAutoConfiguration")
@ConditionalOnWebApplication(type = Type.SERVLET)
@ConditionalOnClass({ WebMvcConfigurer.class, Associations.class })
@ConditionalOnBean(Associations.class)
public final class FindQueryAutoConfiguration {

	@Bean
	@ConditionalOnMissingBean
	FindQueryArgumentResolver findQueryArgumentResolver(Associations associations) {
		return new FindQueryArgumentResolver(associations);
	}

	@Bean
	@ConditionalOnMissingBean
	FindQueryExceptionHandler findQueryExceptionHandler() {
		return new FindQueryExceptionHandler();
	}

	@Bean
	WebMvcConfigurer findQueryWebMvcConfigurer(FindQueryArgumentResolver resolver) {
		return new FindQueryWebMvcConfigurer(resolver);
	}

	/**
	 * Adds the resolver to Spring MVC's argument resolvers.
	 */
	static final class FindQueryWebMvcConfigurer implements WebMvcConfigurer {

		private final FindQueryArgumentResolver resolver;

		FindQueryWebMvcConfigurer(FindQueryArgumentResolver resolver) {
			this.resolver = resolver;
		}

		@Override
		public void addArgumentResolvers(List<HandlerMethodArgumentResolver> resolvers) {
			resolvers.add(this.resolver);
		}

	}

}
