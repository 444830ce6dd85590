package org.corroborate.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.List;
import org.corroborate.ingest.FetchFailedException.Reason;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The fetcher against a web site on this machine (names under ".test" resolve to 127.0.0.1, see
 * {@link TestHosts}): what it refuses, and why a fetch fails. Loopback is allowed explicitly where a test
 * needs the site.
 */
class PageFetcherTest {

    private static final AddressRules LOOPBACK_ALLOWED = new AddressRules(List.of(Network.parse("127.0.0.0/8").orElseThrow()));
    private static final String ARTICLE = "<html lang=\"en\"><body><article><p>At least 12 people died.</p></article></body></html>";

    private final LocalSite site = new LocalSite();
    private final PageFetcher fetcher = new PageFetcher(new FetchLimits(Duration.ofSeconds(2), Duration.ofMillis(400),
            Duration.ofSeconds(5), 64 * 1024, 3));

    @AfterEach
    void stop() {
        site.close();
    }

    @Test
    void aPageOnALoopbackAddressIsRefusedByDefaultAndNeverRequested() {
        site.page("/article", "text/html", ARTICLE);
        assertThatThrownBy(() -> fetcher.fetch(site.url("127.0.0.1", "/article"), AddressRules.PUBLIC_ONLY, PageFetcher.PAGE_TYPES))
                .isInstanceOfSatisfying(FetchFailedException.class, f -> assertThat(f.reason()).isEqualTo(Reason.REFUSED_ADDRESS));
        assertThatThrownBy(() -> fetcher.fetch(site.url("wire.test", "/article"), AddressRules.PUBLIC_ONLY, PageFetcher.PAGE_TYPES))
                .isInstanceOfSatisfying(FetchFailedException.class, f -> assertThat(f.reason()).isEqualTo(Reason.REFUSED_ADDRESS));
        assertThat(site.requests()).isEmpty();
    }

    @Test
    void aPageIsFetchedWhenItsNetworkIsAllowed() {
        site.page("/article", "text/html; charset=utf-8", ARTICLE);
        Fetched fetched = fetcher.fetch(site.url("wire.test", "/article"), LOOPBACK_ALLOWED, PageFetcher.PAGE_TYPES);
        assertThat(fetched.exchanges()).hasSize(1);
        assertThat(fetched.page().status()).isEqualTo(200);
        assertThat(fetched.mediaType()).isEqualTo("text/html");
        assertThat(fetched.charset()).isEqualTo("utf-8");
        assertThat(fetched.page().address()).isEqualTo("127.0.0.1");
        assertThat(new String(fetched.body())).contains("At least 12 people died.");
    }

    @Test
    void everyRedirectIsFollowedAndKeptAndTheLastAddressIsThePages() {
        site.page("/story/12", "text/html", ARTICLE).redirect("/s/12", site.url("news.test", "/story/12"));
        Fetched fetched = fetcher.fetch(site.url("short.test", "/s/12"), LOOPBACK_ALLOWED, PageFetcher.PAGE_TYPES);
        assertThat(fetched.exchanges()).extracting(e -> e.status()).containsExactly(302, 200);
        assertThat(fetched.finalUrl().toString()).isEqualTo(site.url("news.test", "/story/12"));
    }

    @Test
    void aRedirectToTheCloudMetadataAddressIsRefusedEvenWhenLoopbackIsAllowed() {
        site.redirect("/go", "http://169.254.169.254/latest/meta-data/");
        assertThatThrownBy(() -> fetcher.fetch(site.url("wire.test", "/go"), LOOPBACK_ALLOWED, PageFetcher.PAGE_TYPES))
                .isInstanceOfSatisfying(FetchFailedException.class, f -> {
                    assertThat(f.reason()).isEqualTo(Reason.REFUSED_ADDRESS);
                    assertThat(f.arguments()).contains("169.254.169.254");
                });
    }

    @Test
    void aRedirectLoopStopsAfterTheLimit() {
        site.redirect("/loop", "/loop");
        assertThatThrownBy(() -> fetcher.fetch(site.url("wire.test", "/loop"), LOOPBACK_ALLOWED, PageFetcher.PAGE_TYPES))
                .isInstanceOfSatisfying(FetchFailedException.class, f -> assertThat(f.reason()).isEqualTo(Reason.TOO_MANY_REDIRECTS));
        assertThat(site.requestsFor("/loop")).isEqualTo(4);
    }

    @Test
    void aMissingPageSaysItsStatus() {
        assertThatThrownBy(() -> fetcher.fetch(site.url("wire.test", "/gone"), LOOPBACK_ALLOWED, PageFetcher.PAGE_TYPES))
                .isInstanceOfSatisfying(FetchFailedException.class, f -> {
                    assertThat(f.reason()).isEqualTo(Reason.HTTP_STATUS);
                    assertThat(f.arguments()).startsWith(404);
                });
    }

    @Test
    void aPageLargerThanTheLimitIsCutOffWhetherItsLengthIsAnnouncedOrNot() {
        site.page("/big", 200, "text/html", new byte[100 * 1024]).endless("/endless", 1024 * 1024);
        assertThatThrownBy(() -> fetcher.fetch(site.url("wire.test", "/big"), LOOPBACK_ALLOWED, PageFetcher.PAGE_TYPES))
                .isInstanceOfSatisfying(FetchFailedException.class, f -> assertThat(f.reason()).isEqualTo(Reason.TOO_LARGE));
        assertThatThrownBy(() -> fetcher.fetch(site.url("wire.test", "/endless"), LOOPBACK_ALLOWED, PageFetcher.PAGE_TYPES))
                .isInstanceOfSatisfying(FetchFailedException.class, f -> assertThat(f.reason()).isEqualTo(Reason.TOO_LARGE));
    }

    @Test
    void aServerTooSlowToAnswerTimesOut() {
        site.slow("/slow", 3000);
        assertThatThrownBy(() -> fetcher.fetch(site.url("wire.test", "/slow"), LOOPBACK_ALLOWED, PageFetcher.PAGE_TYPES))
                .isInstanceOfSatisfying(FetchFailedException.class, f -> assertThat(f.reason()).isEqualTo(Reason.TIMEOUT));
    }

    @Test
    void anImageIsNotTextAndAnUndeclaredTypeIsSniffed() {
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R', 0, 0, 0, 1};
        site.page("/photo", 200, "image/png", png).page("/unlabelled", 200, null, png);
        for (String path : List.of("/photo", "/unlabelled")) {
            assertThatThrownBy(() -> fetcher.fetch(site.url("wire.test", path), LOOPBACK_ALLOWED, PageFetcher.PAGE_TYPES))
                    .isInstanceOfSatisfying(FetchFailedException.class, f -> {
                        assertThat(f.reason()).isEqualTo(Reason.NOT_TEXT);
                        assertThat(f.arguments()).contains("image/png");
                    });
        }
    }

    @Test
    void noCookieNoCredentialAndNoCompressionIsAskedFor() {
        site.page("/article", "text/html", ARTICLE).redirect("/r", "/article");
        fetcher.fetch(site.url("wire.test", "/r"), LOOPBACK_ALLOWED, PageFetcher.PAGE_TYPES);
        assertThat(site.requests()).hasSize(2).allSatisfy(r -> {
            assertThat(r.headers().containsKey("Cookie")).isFalse();
            assertThat(r.headers().containsKey("Authorization")).isFalse();
            assertThat(r.headers().getFirst("User-Agent")).startsWith("Corroborate/");
        });
    }

    @Test
    void onlyWebAddressesAreFetched() {
        for (String url : List.of("file:///etc/passwd", "ftp://wire.test/a", "http://user:secret@wire.test/", "wire.test/a",
                "javascript:alert(1)", "")) {
            assertThatThrownBy(() -> fetcher.fetch(url, LOOPBACK_ALLOWED, PageFetcher.PAGE_TYPES)).as(url)
                    .isInstanceOfSatisfying(FetchFailedException.class, f -> assertThat(f.reason()).isEqualTo(Reason.INVALID_ADDRESS));
        }
        assertThat(site.requests()).isEmpty();
    }
}
