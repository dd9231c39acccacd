package org.rapport;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Headless Debian Chromium driven through Debian's chromedriver, for browser tests. Tests
 * are skipped with a message where Chromium is not installed; CI always installs it.
 */
public final class Browser implements AutoCloseable {

	private static final List<String> CHROMIUM = List.of("/usr/bin/chromium", "/usr/bin/chromium-browser");

	private static final List<String> DRIVER = List.of("/usr/bin/chromedriver", "/usr/lib/chromium/chromedriver");

	private final WebDriver driver;

	private final String baseUrl;

	private Browser(WebDriver driver, String baseUrl) {
		this.driver = driver;
		this.baseUrl = baseUrl;
	}

	/**
	 * Starts a browser for a server on the given port, or skips the test without one.
	 * @param port the server's port
	 * @return the browser
	 */
	public static Browser open(int port) {
		String chromium = firstExisting(CHROMIUM);
		String driverPath = firstExisting(DRIVER);
		Assumptions.assumeTrue(chromium != null && driverPath != null,
				"Chromium and chromedriver are not installed (apt-get install chromium chromium-driver)");
		ChromeOptions options = new ChromeOptions();
		options.setBinary(chromium);
		options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
				"--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
				"--window-size=1280,900");
		ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(new File(driverPath))
			.usingAnyFreePort()
			.build();
		WebDriver driver = new ChromeDriver(service, options);
		driver.manage().timeouts().implicitlyWait(Duration.ZERO);
		return new Browser(driver, "http://localhost:" + port);
	}

	private static String firstExisting(List<String> paths) {
		return paths.stream().filter((path) -> new File(path).canExecute()).findFirst().orElse(null);
	}

	public Browser go(String path) {
		this.driver.get(this.baseUrl + path);
		return this;
	}

	public Browser signIn(String username, String password) {
		go("/login");
		find(By.id("username")).sendKeys(username);
		find(By.id("password")).sendKeys(password);
		String loginPage = this.driver.getCurrentUrl();
		find(By.cssSelector("button[type=submit]")).click();
		// Wait for the answer to the sign-in, or the next navigation races it and loses
		// the session.
		waitFor().until((driver) -> !driver.getCurrentUrl().equals(loginPage));
		return this;
	}

	public Browser signOut() {
		this.driver.manage().deleteAllCookies();
		return this;
	}

	public WebElement find(By by) {
		return waitFor().until(ExpectedConditions.visibilityOfElementLocated(by));
	}

	/**
	 * Asserts that an element reads as expected once the page shows it, as after a click
	 * that loads another page whose elements replace those of the page before: reading
	 * the old one as it goes would fail as stale, or read what it said before.
	 * @param by the element
	 * @param expected its text
	 * @throws AssertionError when it never reads so, with what it read last
	 */
	public void assertReads(By by, String expected) {
		assertUntil(by, "\"" + expected + "\"", expected::equals);
	}

	/**
	 * Asserts that an element, once the page shows it, contains the given text: as
	 * {@link #assertReads(By, String)} for a message that says more than the test checks.
	 * @param by the element
	 * @param part what its text contains
	 * @throws AssertionError when it never does, with what it read last
	 */
	public void assertShows(By by, String part) {
		assertUntil(by, "text containing \"" + part + "\"", (text) -> text.contains(part));
	}

	private void assertUntil(By by, String expected, java.util.function.Predicate<String> reads) {
		String[] last = { null };
		try {
			waitFor().ignoring(org.openqa.selenium.StaleElementReferenceException.class)
				.ignoring(org.openqa.selenium.NoSuchElementException.class)
				.until((driver) -> {
					last[0] = driver.findElement(by).getText();
					return reads.test(last[0]);
				});
		}
		catch (org.openqa.selenium.TimeoutException ex) {
			throw new AssertionError(by + " read \"" + last[0] + "\", not " + expected, ex);
		}
	}

	/**
	 * Waits until htmx has loaded what the page loads once it is shown.
	 * @return this browser
	 */
	public Browser settle() {
		waitFor().until((driver) -> (Boolean) ((JavascriptExecutor) driver)
			.executeScript("return !document.querySelector('[hx-trigger=\"load\"], .htmx-request')"));
		return this;
	}

	/**
	 * Opens the panel whose button reads as given, as a user opens a form on demand.
	 * @param button the text on the panel's button
	 * @return the panel
	 */
	public WebElement openPanel(String button) {
		WebElement summary = find(
				By.xpath("//details[contains(@class, 'panel')]/summary[normalize-space()='" + button + "']"));
		WebElement panel = summary.findElement(By.xpath(".."));
		if (panel.getDomAttribute("open") == null) {
			summary.click();
		}
		return panel;
	}

	/**
	 * Opens a section of a relationship's page by its tab.
	 * @param name the tab's name, as shown
	 * @return this browser
	 */
	public Browser section(String name) {
		find(By.xpath("//nav[contains(@class, 'tabs')]/a[span[1][normalize-space()='" + name + "']]")).click();
		waitFor().until((driver) -> !driver.findElements(By.xpath(
				"//nav[contains(@class, 'tabs')]/a[@aria-current='page'][span[1][normalize-space()='" + name + "']]"))
			.isEmpty());
		return this;
	}

	/**
	 * Runs part of a journey in a window the size of a 390 px phone.
	 * @param journey what to do and check on the phone
	 */
	public void onAPhone(Runnable journey) {
		Dimension desktop = this.driver.manage().window().getSize();
		try {
			this.driver.manage().window().setSize(new Dimension(390, 844));
			journey.run();
		}
		finally {
			this.driver.manage().window().setSize(desktop);
		}
	}

	/**
	 * The elements of the page that stick out to the right of the window, which a phone
	 * would have to scroll sideways to read; tables that scroll in their own frame do not
	 * count.
	 * @return each element as tag, class and id
	 */
	@SuppressWarnings("unchecked")
	public List<String> overflowing() {
		return (List<String>) ((JavascriptExecutor) this.driver).executeScript("""
				const width = document.documentElement.clientWidth;
				return [...document.querySelectorAll('main *')]
				  .filter((e) => e.getBoundingClientRect().right > width + 1 && !e.closest('.table-wrap'))
				  .map((e) => e.tagName + '.' + e.className + '#' + e.id);
				""");
	}

	/**
	 * What {@link #overflowing()} finds on a 390 px phone.
	 * @return each element that sticks out, as tag, class and id
	 */
	public List<String> overflowingOnAPhone() {
		List<String> found = new ArrayList<>();
		onAPhone(() -> found.addAll(overflowing()));
		return found;
	}

	public WebDriverWait waitFor() {
		return new WebDriverWait(this.driver, Duration.ofSeconds(20));
	}

	public String text() {
		return this.driver.findElement(By.tagName("body")).getText();
	}

	public String currentPath() {
		return this.driver.getCurrentUrl().substring(this.baseUrl.length());
	}

	public WebDriver driver() {
		return this.driver;
	}

	/**
	 * Saves a screenshot under {@code target/screenshots} to look at, at desktop and
	 * phone width.
	 * @param name the file name without extension
	 */
	public void screenshot(String name) {
		// What htmx loads into the page once it is shown belongs in the picture.
		settle();
		try {
			Path folder = Path.of("target", "screenshots");
			Files.createDirectories(folder);
			Files.write(folder.resolve(name + ".png"),
					((TakesScreenshot) this.driver).getScreenshotAs(OutputType.BYTES));
			Dimension size = this.driver.manage().window().getSize();
			this.driver.manage().window().setSize(new Dimension(390, 844));
			// As a phone loads the page: the menu folded (rapport.js does this on load).
			((JavascriptExecutor) this.driver)
				.executeScript("document.querySelector('details.nav-menu')?.removeAttribute('open')");
			Files.write(folder.resolve(name + "-phone.png"),
					((TakesScreenshot) this.driver).getScreenshotAs(OutputType.BYTES));
			this.driver.manage().window().setSize(size);
			((JavascriptExecutor) this.driver)
				.executeScript("document.querySelector('details.nav-menu')?.setAttribute('open', '')");
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/**
	 * Saves the current page's source and address under {@code target/screenshots}.
	 * @param name the file name without extension
	 */
	public void savePage(String name) {
		try {
			Path folder = Path.of("target", "screenshots");
			Files.createDirectories(folder);
			Files.writeString(folder.resolve(name + ".html"),
					"<!-- " + this.driver.getCurrentUrl() + " -->\n" + this.driver.getPageSource());
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
	}

	@Override
	public void close() {
		this.driver.quit();
	}

}
