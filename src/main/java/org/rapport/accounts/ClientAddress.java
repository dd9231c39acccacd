package org.rapport.accounts;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.regex.Pattern;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;

import org.springframework.security.authentication.AuthenticationDetailsSource;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.security.web.util.matcher.IpAddressMatcher;

/**
 * The address of the client signing in, for the throttle and the audit log. It is the
 * socket's address, unless that is one of the configured trusted proxies: then the
 * {@code Forwarded} (or else {@code X-Forwarded-For}) header is read from the right, past
 * the trusted proxies, to the first address that is not one. Without trusted proxies the
 * headers are ignored, since anyone can send them.
 */
class ClientAddress implements AuthenticationDetailsSource<HttpServletRequest, WebAuthenticationDetails> {

	private static final Pattern IPV4 = Pattern.compile("\\d{1,3}(\\.\\d{1,3}){3}");

	private static final Pattern IPV6 = Pattern.compile("[0-9A-Fa-f:.]*:[0-9A-Fa-f:.]*");

	private final List<IpAddressMatcher> trusted;

	ClientAddress(List<String> trustedProxies) {
		this.trusted = trustedProxies.stream()
			.map(String::strip)
			.filter((p) -> !p.isEmpty())
			.map(IpAddressMatcher::new)
			.toList();
	}

	@Override
	public WebAuthenticationDetails buildDetails(HttpServletRequest request) {
		HttpSession session = request.getSession(false);
		return new WebAuthenticationDetails(of(request), (session != null) ? session.getId() : null);
	}

	/**
	 * The client's address.
	 * @param request the request
	 * @return the address
	 */
	String of(HttpServletRequest request) {
		String socket = request.getRemoteAddr();
		if (!trusted(socket)) {
			return socket;
		}
		List<String> chain = forwarded(request);
		Collections.reverse(chain);
		String client = socket;
		for (String hop : chain) {
			if (!literal(hop)) {
				// An unknown or obfuscated hop ("unknown", "_hidden"): the last known
				// address stands.
				return client;
			}
			client = hop;
			if (!trusted(hop)) {
				return hop;
			}
		}
		return client;
	}

	private boolean trusted(String address) {
		return address != null && literal(address) && this.trusted.stream().anyMatch((m) -> m.matches(address));
	}

	private static List<String> forwarded(HttpServletRequest request) {
		List<String> hops = new ArrayList<>();
		List<String> forwarded = Collections.list(request.getHeaders("Forwarded"));
		if (!forwarded.isEmpty()) {
			for (String header : forwarded) {
				for (String element : header.split(",")) {
					for (String pair : element.split(";")) {
						String[] nameValue = pair.strip().split("=", 2);
						if (nameValue.length == 2 && nameValue[0].strip().equalsIgnoreCase("for")) {
							hops.add(node(nameValue[1].strip()));
						}
					}
				}
			}
			return hops;
		}
		for (String header : Collections.list(request.getHeaders("X-Forwarded-For"))) {
			for (String hop : header.split(",")) {
				hops.add(node(hop.strip()));
			}
		}
		return hops;
	}

	/** A node of {@code Forwarded}: quoted, IPv6 in brackets, either with a port. */
	private static String node(String value) {
		String node = value;
		if (node.length() >= 2 && node.startsWith("\"") && node.endsWith("\"")) {
			node = node.substring(1, node.length() - 1);
		}
		if (node.startsWith("[")) {
			int end = node.indexOf(']');
			return (end > 0) ? node.substring(1, end) : node;
		}
		int colon = node.indexOf(':');
		if (colon > 0 && node.indexOf(':', colon + 1) < 0) {
			return node.substring(0, colon);
		}
		return node;
	}

	/** Only address literals are matched, so a header never causes a name lookup. */
	private static boolean literal(String address) {
		return IPV4.matcher(address).matches() || IPV6.matcher(address).matches();
	}

}
