package org.rapport.shell;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.rapport.Browser;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * On a 390 px phone no page scrolls sideways: every page in each role's navigation, and
 * the first relationship, its health, person and unit pages reached from them, fit the
 * width of the screen. A page that does not is named with the elements that stick out.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "rapport.demo.enabled=true", "rapport.demo.people=150" })
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PhoneWidthBrowserTests {

	/**
	 * Reports how far the page is wider than the screen, and the elements that stick out.
	 */
	private static final String OVERFLOW = """
			const width = document.documentElement.clientWidth;
			const over = document.documentElement.scrollWidth - width;
			if (over <= 0) { return ''; }
			const clipped = (element) => {
			  for (let parent = element.parentElement; parent && parent !== document.body; parent = parent.parentElement) {
			    if (getComputedStyle(parent).overflowX !== 'visible') { return true; }
			  }
			  return false;
			};
			const out = [];
			for (const element of document.body.querySelectorAll('*')) {
			  const box = element.getBoundingClientRect();
			  if (box.right > width && box.width > 0 && out.length < 5 && !clipped(element)
			      && !out.some((seen) => seen.element.contains(element))) {
			    out.push({ element: element, right: Math.round(box.right) });
			  }
			}
			return over + ' px too wide: ' + out.map((found) => found.element.tagName.toLowerCase()
			    + (found.element.id ? '#' + found.element.id : '')
			    + (typeof found.element.className === 'string' && found.element.className.trim()
			        ? '.' + found.element.className.trim().split(/\\s+/).join('.') : '')
			    + ' to ' + found.right).join(', ');
			""";

	@LocalServerPort
	int port;

	Browser browser;

	@BeforeAll
	void openBrowser() {
		this.browser = Browser.open(this.port);
	}

	@AfterAll
	void closeBrowser() {
		if (this.browser != null) {
			this.browser.close();
		}
	}

	@ParameterizedTest
	@ValueSource(strings = { "admin", "cio", "brm", "lead", "staff" })
	void noPageOfARolesNavigationScrollsSidewaysOnAPhone(String role) {
		this.browser.signOut().signIn(role, "demo");
		this.browser.driver().manage().window().setSize(new Dimension(390, 844));
		try {
			Set<String> paths = new LinkedHashSet<>();
			this.browser.go("/");
			paths.add("/");
			paths.addAll(links("nav.mainnav a[href]"));
			List<String> details = new ArrayList<>();
			if (paths.contains("/relationships")) {
				this.browser.go("/relationships");
				links("#portfolio-list a[href^='/relationships/']").stream().limit(1).forEach((path) -> {
					details.add(path);
					for (String section : List.of("stakeholders", "commitments", "timeline", "maturity")) {
						details.add(path + "?section=" + section);
					}
					details.add(path + "/health");
				});
			}
			if (paths.contains("/people")) {
				this.browser.go("/people");
				links("#people-list a[href^='/people/']").stream().limit(1).forEach(details::add);
			}
			if (paths.contains("/units")) {
				this.browser.go("/units");
				links("main a[href^='/units/']").stream()
					.filter((path) -> !path.equals("/units/new"))
					.limit(1)
					.forEach(details::add);
			}
			if (paths.contains("/surveys")) {
				this.browser.go("/surveys");
				details.addAll(links("main a[href^='/surveys/']"));
			}
			if (paths.contains("/service-metrics")) {
				this.browser.go("/service-metrics");
				details.addAll(links("main a[href^='/service-metrics/']"));
			}
			details.add("/accountability");
			details.add("/search?q=an");
			paths.addAll(details);

			List<String> tooWide = new ArrayList<>();
			for (String path : paths) {
				this.browser.go(path);
				this.browser.find(By.tagName("main"));
				this.browser.settle();
				String overflow = (String) ((JavascriptExecutor) this.browser.driver()).executeScript(OVERFLOW);
				if (!overflow.isEmpty()) {
					tooWide.add(path + ": " + overflow);
					this.browser.screenshot("too-wide-" + role + path.replace('/', '-'));
				}
			}
			assertThat(paths).hasSizeGreaterThan(2);
			assertThat(tooWide).as("pages of %s wider than a 390 px phone", role).isEmpty();
		}
		finally {
			this.browser.driver().manage().window().setSize(new Dimension(1280, 900));
		}
	}

	private List<String> links(String selector) {
		List<String> paths = new ArrayList<>();
		for (WebElement link : this.browser.driver().findElements(By.cssSelector(selector))) {
			String href = link.getDomAttribute("href");
			if (href != null && href.startsWith("/") && !href.startsWith("//") && !href.contains(".csv")
					&& !href.startsWith("/logout") && !href.startsWith("/swagger") && !href.startsWith("/v3/")) {
				paths.add(href.replaceFirst("#.*$", ""));
			}
		}
		return paths;
	}

}
