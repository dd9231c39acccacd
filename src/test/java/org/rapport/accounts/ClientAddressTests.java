package org.rapport.accounts;

import java.util.List;

import org.junit.jupiter.api.Test;

import org.springframework.mock.web.MockHttpServletRequest;

import static org.assertj.core.api.Assertions.assertThat;

class ClientAddressTests {

	@Test
	void ignoresForwardingHeadersUnlessProxiesAreTrusted() {
		MockHttpServletRequest request = request("10.0.0.5");
		request.addHeader("X-Forwarded-For", "203.0.113.7");
		request.addHeader("Forwarded", "for=203.0.113.8");

		assertThat(new ClientAddress(List.of()).of(request)).isEqualTo("10.0.0.5");
		assertThat(new ClientAddress(List.of("192.168.0.0/16")).of(request)).isEqualTo("10.0.0.5");
	}

	@Test
	void readsTheClientFromTheHeaderOfATrustedProxyPastTheOtherTrustedOnes() {
		MockHttpServletRequest request = request("10.0.0.5");
		request.addHeader("X-Forwarded-For", "198.51.100.1, 203.0.113.7, 10.0.0.9");

		// The left-most entry is whatever the client claimed; the first untrusted hop
		// from
		// the right is the address that reached the trusted proxies.
		assertThat(new ClientAddress(List.of("10.0.0.0/8")).of(request)).isEqualTo("203.0.113.7");
		assertThat(new ClientAddress(List.of("10.0.0.5")).of(request)).isEqualTo("10.0.0.9");
	}

	@Test
	void prefersTheStandardForwardedHeaderWithItsQuotesPortsAndBrackets() {
		MockHttpServletRequest request = request("10.0.0.5");
		request.addHeader("X-Forwarded-For", "198.51.100.1");
		request.addHeader("Forwarded", "for=\"[2001:db8:cafe::17]:4711\";proto=https, for=203.0.113.9:1234");

		assertThat(new ClientAddress(List.of("10.0.0.0/8")).of(request)).isEqualTo("203.0.113.9");
		assertThat(new ClientAddress(List.of("10.0.0.0/8", "203.0.113.9")).of(request)).isEqualTo("2001:db8:cafe::17");
	}

	@Test
	void stopsAtAHopThatIsNoAddressAndNeverLooksNamesUp() {
		MockHttpServletRequest request = request("10.0.0.5");
		request.addHeader("X-Forwarded-For", "attacker.example, unknown");

		assertThat(new ClientAddress(List.of("10.0.0.0/8")).of(request)).isEqualTo("10.0.0.5");
	}

	private static MockHttpServletRequest request(String remoteAddress) {
		MockHttpServletRequest request = new MockHttpServletRequest("POST", "/login");
		request.setRemoteAddr(remoteAddress);
		return request;
	}

}
