package org.rapport.shared;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;

/**
 * The tokens of links that open something without an account, such as a survey or a 360
 * invitation: 128 random bits, written into the link in base64url, and stored only as
 * their SHA-256 hash, so that the table alone opens nothing.
 */
public final class LinkTokens {

	private static final SecureRandom RANDOM = new SecureRandom();

	private LinkTokens() {
	}

	/**
	 * A new token.
	 * @return 22 characters of base64url
	 */
	public static String next() {
		byte[] bytes = new byte[16];
		RANDOM.nextBytes(bytes);
		return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
	}

	/**
	 * The hash a token is stored as.
	 * @param token the token, or any text to hash the same way
	 * @return its SHA-256 in lower-case hex
	 */
	public static String hash(String token) {
		try {
			MessageDigest digest = MessageDigest.getInstance("SHA-256");
			return HexFormat.of().formatHex(digest.digest(token.getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("SHA-256 is part of every Java runtime", ex);
		}
	}

	/**
	 * Whether a text could be a token at all, so that the database is not asked about
	 * anything else.
	 * @param token the text from the link
	 * @return whether it is 22 characters of base64url
	 */
	public static boolean wellFormed(String token) {
		return token != null && token.matches("[A-Za-z0-9_-]{22}");
	}

}
