package org.corroborate.base.work;

import java.time.Duration;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class WorkConfiguration {

    @Bean
    UserActivity userActivity(@Value("${corroborate.work.active-window:PT5S}") Duration window) {
        return new UserActivity(window);
    }

    @Bean
    UserActivityFilter userActivityFilter(UserActivity activity) {
        return new UserActivityFilter(activity);
    }
}
