package org.corroborate.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetAddress;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/** Which addresses the server may fetch from: the server-side request forgery rules on their own. */
class AddressRulesTest {

    @ParameterizedTest
    @ValueSource(strings = {"127.0.0.1", "127.8.9.10", "10.1.2.3", "172.16.5.4", "172.31.255.255", "192.168.1.1",
            "169.254.169.254", "100.64.0.1", "0.0.0.0", "224.0.0.1", "255.255.255.255", "::1", "::", "fe80::1",
            "fc00::1", "fd12:3456::1", "::ffff:127.0.0.1", "::ffff:10.0.0.1", "64:ff9b::a00:1", "2002:a9fe:a9fe::1"})
    void privateLoopbackAndLinkLocalAddressesAreRefusedByDefault(String address) throws Exception {
        assertThat(AddressRules.PUBLIC_ONLY.refusal(InetAddress.getByName(address))).isPresent();
    }

    @ParameterizedTest
    @ValueSource(strings = {"8.8.8.8", "93.184.216.34", "172.32.0.1", "2001:4860:4860::8888", "::ffff:8.8.8.8"})
    void publicAddressesAreAllowed(String address) throws Exception {
        assertThat(AddressRules.PUBLIC_ONLY.refusal(InetAddress.getByName(address))).isEmpty();
    }

    @Test
    void anAdminAllowsTheNetworksOfAnIntranetAndOnlyThose() throws Exception {
        AddressRules intranet = new AddressRules(List.of(Network.parse("10.20.0.0/16").orElseThrow()));
        assertThat(intranet.refusal(InetAddress.getByName("10.20.3.4"))).isEmpty();
        assertThat(intranet.refusal(InetAddress.getByName("10.21.0.1"))).contains("10.21.0.1");
        assertThat(intranet.refusal(InetAddress.getByName("127.0.0.1"))).isPresent();
        assertThat(intranet.refusal(InetAddress.getByName("169.254.169.254"))).isPresent();
    }

    @Test
    void aNetworkIsWrittenAsAnAddressOrACidrBlockNeverAsAHostName() {
        assertThat(Network.parse("10.20.0.0/16")).map(Network::toString).contains("10.20.0.0/16");
        assertThat(Network.parse("127.0.0.1")).map(Network::toString).contains("127.0.0.1/32");
        assertThat(Network.parse("fd00::/8")).isPresent();
        assertThat(Network.parse("localhost")).isEmpty();
        assertThat(Network.parse("intranet.example.org")).isEmpty();
        assertThat(Network.parse("10.0.0.0/33")).isEmpty();
        assertThat(Network.parse("")).isEmpty();
    }
}
