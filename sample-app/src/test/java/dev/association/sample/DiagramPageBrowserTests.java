package dev.association.sample;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import dev.association.Associations;
import dev.association.engine.Engine;
import dev.association.metadata.ModelMetadata;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The page {@code /diagram} in a real headless Chromium (Debian's {@code chromium} and {@code chromium-driver}): it
 * fetches the Mermaid text from the actuator and Mermaid, loaded from its webjar, draws it. On the default H2
 * profile only: it tests the page, not the database.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
class DiagramPageBrowserTests {

	private static final String CHROMIUM = "/usr/bin/chromium";

	private static final String CHROMEDRIVER = "/usr/bin/chromedriver";

	private static final int WIDTH = 2000;

	@LocalServerPort
	private int port;

	@Autowired
	private Associations associations;

	private ChromeDriver browser;

	@BeforeEach
	void openTheBrowser(@TempDir Path profile) {
		ChromeOptions options = new ChromeOptions();
		options.setBinary(CHROMIUM);
		options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
				"--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
				"--user-data-dir=" + profile.toAbsolutePath(), "--window-size=" + WIDTH + ",1200");
		ChromeDriverService service = new ChromeDriverService.Builder()
			.usingDriverExecutable(new File(CHROMEDRIVER))
			.usingAnyFreePort()
			.build();
		this.browser = new ChromeDriver(service, options);
	}

	@AfterEach
	void closeTheBrowser() {
		if (this.browser != null) {
			this.browser.quit();
		}
	}

	@Test
	void thePageDrawsOneEntityPerTableOfTheModels() throws IOException {
		this.browser.get("http://localhost:" + this.port + "/diagram");
		WebElement diagram = this.browser.findElement(By.id("diagram"));
		new WebDriverWait(this.browser, Duration.ofSeconds(60))
			.until((browser) -> !"loading".equals(diagram.getDomAttribute("data-state")));
		assertThat(diagram.getDomAttribute("data-state")).as(diagram.getText()).isEqualTo("rendered");
		Files.createDirectories(Path.of("target"));
		Files.writeString(Path.of("target/diagram.svg"), diagram.getDomProperty("innerHTML"));
		List<String> tables = Engine.of(this.associations).metamodel().tables().stream().map(ModelMetadata::qualifiedTable).toList();
		// Mermaid draws each entity as <g class="node" id="{diagram id}-entity-{name}-{index}"> (and a self-association
		// with helper nodes "...-cyclic-special-...", which are not entities)
		List<String> entities = diagram
			.findElements(By.cssSelector("svg g.node[id*='-entity-']:not([id*='cyclic-special'])"))
			.stream()
			.map((entity) -> entity.getDomAttribute("id").replaceAll("^associations-diagram-entity-(.+)-\\d+$", "$1"))
			.toList();
		screenshot();
		assertThat(tables).hasSize(20);
		assertThat(entities).containsExactlyInAnyOrderElementsOf(tables);
	}

	/**
	 * The page as a PNG in target/diagram.png, the window's viewport grown to the whole page.
	 */
	private void screenshot() throws IOException {
		JavascriptExecutor script = this.browser;
		for (int pass = 0; pass < 3; pass++) {
			List<?> sizes = (List<?>) script.executeScript("return [window.outerHeight - window.innerHeight,"
					+ " document.documentElement.scrollHeight, window.innerHeight];");
			int chrome = ((Number) sizes.get(0)).intValue();
			int page = ((Number) sizes.get(1)).intValue();
			if (page == ((Number) sizes.get(2)).intValue()) {
				break;
			}
			this.browser.manage().window().setSize(new Dimension(WIDTH, page + chrome));
		}
		Files.write(Path.of("target/diagram.png"), this.browser.getScreenshotAs(OutputType.BYTES));
	}

}
