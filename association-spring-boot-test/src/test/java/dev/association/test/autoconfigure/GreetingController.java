package dev.association.test.autoconfigure;

import org.springframework.stereotype.Service;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * A controller the slice leaves out, with the service it uses.
 */
@RestController
class GreetingController {

	private final GreetingService greetings;

	GreetingController(GreetingService greetings) {
		this.greetings = greetings;
	}

	@GetMapping("/hello")
	String hello() {
		return this.greetings.greeting();
	}

	@Service
	static class GreetingService {

		String greeting() {
			return "hello";
		}

	}

}
