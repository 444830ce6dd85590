package org.corroborate.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import org.corroborate.api.ApiClient;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The load balancer's health check (deploy/haproxy.cfg) asks the readiness probe without logging in; it says
 * UP and nothing more. The rest of the actuator stays closed, to visitors and to logged-in users alike.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class HealthProbeTest {

    @LocalServerPort
    int port;

    @Test
    void theReadinessAndLivenessProbesAnswerWithoutLoginAndWithoutDetails() throws Exception {
        ApiClient http = new ApiClient(port);
        for (String probe : new String[] {"/actuator/health/readiness", "/actuator/health/liveness"}) {
            HttpResponse<String> answer = http.get(probe, null);
            assertThat(answer.statusCode()).as(probe).isEqualTo(200);
            assertThat(answer.body()).as(probe).isEqualTo("{\"status\":\"UP\"}");
        }
    }

    @Test
    void noOtherActuatorEndpointIsOpen() throws Exception {
        ApiClient http = new ApiClient(port);
        for (String endpoint : new String[] {"/actuator/env", "/actuator/beans", "/actuator/metrics",
                "/actuator/loggers"}) {
            assertThat(http.get(endpoint, null).statusCode()).as(endpoint).isNotEqualTo(200);
            assertThat(http.get(endpoint, ApiClient.DEMO_TOKEN).statusCode()).as(endpoint).isNotEqualTo(200);
        }
    }
}
