package dev.association.sample.web;

import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.ViewControllerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * {@code GET /diagram}: the page that draws the models' Mermaid diagram ({@code static/diagram.html}), fetched from
 * {@code /actuator/associations/diagram}.
 */
@Configuration(proxyBeanMethods = false)
class DiagramPage implements WebMvcConfigurer {

	@Override
	public void addViewControllers(ViewControllerRegistry registry) {
		registry.addViewController("/diagram").setViewName("forward:/diagram.html");
	}

}
