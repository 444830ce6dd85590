package org.corroborate.ingest;

import java.time.Duration;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.util.unit.DataSize;

/** The fetcher with the limits of application.properties ({@code corroborate.fetch.*}). */
@Configuration
class FetchConfiguration {

    @Bean
    PageFetcher pageFetcher(@Value("${corroborate.fetch.connect-timeout:5s}") Duration connect,
            @Value("${corroborate.fetch.read-timeout:15s}") Duration read,
            @Value("${corroborate.fetch.total-timeout:30s}") Duration total,
            @Value("${corroborate.fetch.max-size:10MB}") DataSize maxSize,
            @Value("${corroborate.fetch.max-redirects:5}") int maxRedirects) {
        return new PageFetcher(new FetchLimits(connect, read, total, (int) maxSize.toBytes(), maxRedirects));
    }
}
