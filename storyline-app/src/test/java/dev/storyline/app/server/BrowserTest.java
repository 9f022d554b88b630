package dev.storyline.app.server;

import static org.assertj.core.api.Assertions.assertThat;

import dev.storyline.store.LuceneStore;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The web UI end to end in Debian's headless Chromium: story list, story page, citations, search without diacritics,
 * and article text with markup shown as text. Skipped without /usr/bin/chromium unless STORYLINE_REQUIRE_BROWSER=1.
 */
class BrowserTest {
  static final Path CHROMIUM = Path.of("/usr/bin/chromium");
  static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");

  @TempDir static Path profile;
  @TempDir static Path data;
  static LuceneStore repo;
  static StorylineServer server;
  static ChromeDriver driver;
  static String base;

  @BeforeAll
  static void start() {
    boolean present = Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER);
    if (!"1".equals(System.getenv("STORYLINE_REQUIRE_BROWSER")))
      Assumptions.assumeTrue(present, "no /usr/bin/chromium or /usr/bin/chromedriver");
    assertThat(present).as("STORYLINE_REQUIRE_BROWSER=1 but chromium/chromedriver are missing").isTrue();

    repo = ExampleStore.open(data, List.of(ServerApiTest.MARKUP));
    server = StorylineServer.create(repo,
        new StorylineServer.Settings("127.0.0.1", 0, StorylineServer.DEFAULT_MAX_BODY_BYTES)).start();
    base = "http://127.0.0.1:" + server.port();

    // Debian's driver and browser, named explicitly, so Selenium Manager never downloads anything.
    System.setProperty("webdriver.chrome.driver", CHROMEDRIVER.toString());
    ChromeOptions options = new ChromeOptions();
    options.setBinary(CHROMIUM.toFile());
    options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
        "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
        "--window-size=1280,1700", "--lang=vi", "--user-data-dir=" + profile.toAbsolutePath());
    ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile())
        .usingAnyFreePort().build();
    driver = new ChromeDriver(service, options);
  }

  @AfterAll
  static void stop() {
    if (driver != null) driver.quit();
    if (server != null) server.close();
    if (repo != null) repo.close();
  }

  static WebDriverWait waiting() { return new WebDriverWait(driver, Duration.ofSeconds(15)); }

  static List<WebElement> all(String css) { return driver.findElements(By.cssSelector(css)); }

  @Test
  void storyListStoryPageAndSearchWithoutDiacritics() throws Exception {
    driver.get(base + "/");
    waiting().until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#story-list .story-card")));
    List<WebElement> cards = all("#story-list .story-card");
    assertThat(cards.size()).isGreaterThan(2);
    assertThat(cards.get(0).getText()).contains("bài");
    screenshot("ui-stories.png");

    cards.get(0).findElement(By.cssSelector("a.story-title")).click();
    waiting().until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#summary .sentence")));
    assertThat(driver.findElement(By.id("summary")).getText()).contains("Tóm tắt");
    assertThat(all("#summary .sentence").get(0).getText()).isNotBlank();
    waiting().until(d -> !all("#timeline svg .tl-dot").isEmpty());
    assertThat(all("#timeline .tl-entry")).isNotEmpty();
    assertThat(all("#actors li")).isNotEmpty();
    assertThat(all("#actors li").get(0).getText()).isNotBlank();

    // Zooming widens the axis.
    int before = Integer.parseInt(driver.findElement(By.cssSelector("#timeline svg")).getAttribute("width"));
    driver.findElement(By.id("tl-zoom-in")).click();
    int after = Integer.parseInt(driver.findElement(By.cssSelector("#timeline svg")).getAttribute("width"));
    assertThat(after).isGreaterThan(before);

    // A citation shows its source sentence with the cited text marked.
    WebElement cite = all("#summary .cite").get(0);
    new Actions(driver).moveToElement(cite).perform();
    WebElement pop = waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("popover")));
    assertThat(pop.findElement(By.cssSelector(".pop-sentence")).getText()).isNotBlank();
    assertThat(pop.findElements(By.tagName("mark"))).isNotEmpty();
    screenshot("ui-screenshot.png");

    // Clicking pins it; its link opens the article with the cited span marked.
    cite.click();
    String cited = driver.findElement(By.cssSelector("#popover mark")).getText();
    driver.findElement(By.cssSelector("#popover a")).click();
    WebElement mark = waiting().until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#article-text .cited")));
    // textContent, not getText(): the cited span is cut into several spans whose edges getText() would trim.
    Object citedShown = ((JavascriptExecutor) driver).executeScript(
        "return [...document.querySelectorAll('#article-text .cited')].map(e => e.textContent).join('')");
    assertThat(citedShown).isEqualTo(cited);
    assertThat(mark.getText()).isNotBlank();
    assertThat(driver.findElement(By.id("removed")).getText()).contains("lược bỏ");
    screenshot("ui-article-cited.png");

    // Search typed without diacritics finds the articles that have the phrase with its diacritics.
    List<String> expected = ExampleStore.articles(repo).stream()
        .filter(a -> a.text().toLowerCase().contains("giải phóng mặt bằng")).map(a -> a.id()).toList();
    assertThat(expected).isNotEmpty();
    WebElement q = driver.findElement(By.cssSelector("#quick-search input[name=q]"));
    q.clear();
    q.sendKeys("giai phong mat bang", Keys.ENTER);
    waiting().until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#results .hit")));
    List<String> shown = all("#results .hit-title").stream()
        .map(h -> h.getAttribute("href").substring(h.getAttribute("href").lastIndexOf('/') + 1)).toList();
    assertThat(shown).containsExactlyInAnyOrderElementsOf(expected);
    assertThat(all("#results .hit mark")).anySatisfy(m -> assertThat(m.getText()).isEqualToIgnoringCase("giải phóng mặt bằng"));
    screenshot("ui-search.png");
  }

  @Test
  void anEditorSplitsArticlesOffAStoryAndMergesThemBack() {
    String story = repo.storyOf("a03-bao-do-bo").orElseThrow();
    int size = repo.story(story).orElseThrow().story().articles().size();
    assertThat(size).isGreaterThan(1);
    driver.get(base + "/#/story/" + story);
    waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("split-button")));
    driver.findElement(By.id("split-button")).click(); // nothing checked: refused in the page
    assertThat(driver.findElement(By.id("edit-status")).getText()).contains("Chọn ít nhất một bài");
    driver.findElement(By.cssSelector("#articles input.pick[value='a03-bao-do-bo']")).click();
    driver.findElement(By.id("split-button")).click();
    waiting().until(d -> repo.storyOf("a03-bao-do-bo").filter(x -> !x.equals(story)).isPresent()
        && d.getCurrentUrl().contains("/story/" + repo.storyOf("a03-bao-do-bo").get()));
    String created = repo.storyOf("a03-bao-do-bo").orElseThrow();
    waiting().until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#articles a[href$='a03-bao-do-bo']")));
    assertThat(all("#articles li")).hasSize(1);

    driver.get(base + "/#/story/" + story);
    waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("merge-from"))).sendKeys(created);
    driver.findElement(By.id("merge-button")).click();
    waiting().until(d -> repo.storyOf("a03-bao-do-bo").orElseThrow().equals(story) && all("#articles li").size() == size);
    assertThat(repo.story(created)).isEmpty();
  }

  @Test
  void aTitleAloneLinksToThePersonTheArticleNamed() {
    driver.get(base + "/#/article/a03-bao-do-bo");
    waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("article-text")));
    List<WebElement> titled = all("#article-text a.a-ent").stream()
        .filter(a -> a.getAttribute("title").startsWith("Người (chức danh): ")).toList();
    assertThat(titled).isNotEmpty().allSatisfy(a -> {
      assertThat(a.getText()).isEqualTo("Phó Thủ tướng");
      assertThat(a.getAttribute("title")).endsWith("Phạm Thành Công");
      assertThat(a.getAttribute("href")).endsWith("/entity/person%3Apham-thanh-cong");
    });
  }

  @Test
  void markupInAnArticleIsShownAsText() throws Exception {
    driver.get(base + "/#/article/" + ServerApiTest.MARKUP.id());
    WebElement text = waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("article-text")));
    assertThat(text.getText()).contains("<script>window.__xss=1</script>").contains("<img src=x onerror=\"window.__xss=2\">");
    assertThat(text.findElements(By.tagName("img"))).isEmpty();
    assertThat(text.findElements(By.tagName("script"))).isEmpty();
    assertThat(driver.findElement(By.id("article-title")).getText()).isEqualTo("Thử thẻ <b>đậm</b>");
    assertThat(((JavascriptExecutor) driver).executeScript("return window.__xss === undefined")).isEqualTo(true);
    assertThat(all("#article-text .a-ent")).isNotEmpty();
    screenshot("ui-article.png");

    // The same text in a search snippet is text too.
    driver.get(base + "/#/search?q=" + "window.__xss");
    waiting().until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#results .hit")));
    assertThat(driver.findElement(By.id("results")).findElements(By.tagName("img"))).isEmpty();
    assertThat(((JavascriptExecutor) driver).executeScript("return window.__xss === undefined")).isEqualTo(true);
  }

  static void screenshot(String name) throws Exception {
    File shot = driver.getScreenshotAs(OutputType.FILE);
    Path target = Path.of("target");
    Files.createDirectories(target);
    Files.copy(shot.toPath(), target.resolve(name), StandardCopyOption.REPLACE_EXISTING);
  }
}
