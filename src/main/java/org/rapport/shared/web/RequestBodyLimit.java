package org.rapport.shared.web;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses JSON bodies of the REST API over a limit with 413 before they are read: by
 * their {@code Content-Length}, or, for chunked bodies, as soon as more bytes arrive than
 * allowed. File uploads (multipart) keep their own, larger limit.
 */
public class RequestBodyLimit extends OncePerRequestFilter {

	private final long limit;

	public RequestBodyLimit(ApiSettings settings) {
		this.limit = settings.maxJsonBody().toBytes();
	}

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		String type = request.getContentType();
		return !ApiFallbackHandler.isApi(request)
				|| (type != null && type.toLowerCase().startsWith(MediaType.MULTIPART_FORM_DATA_VALUE));
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		if (request.getContentLengthLong() > this.limit) {
			tooLarge(response);
			return;
		}
		Counted counted = new Counted(request, this.limit);
		try {
			chain.doFilter(counted, response);
		}
		catch (ServletException | IOException | RuntimeException ex) {
			if (!counted.exceeded || response.isCommitted()) {
				throw ex;
			}
			response.reset();
			tooLarge(response);
			return;
		}
		if (counted.exceeded && !response.isCommitted()) {
			response.reset();
			tooLarge(response);
		}
	}

	private void tooLarge(HttpServletResponse response) throws IOException {
		response.setHeader("Connection", "close");
		Problems.write(response, HttpStatus.PAYLOAD_TOO_LARGE,
				"The request body is larger than " + this.limit + " bytes");
	}

	/** A request whose body stops with an error once it grows past the limit. */
	private static final class Counted extends HttpServletRequestWrapper {

		private final long limit;

		private long read;

		private boolean exceeded;

		private ServletInputStream stream;

		Counted(HttpServletRequest request, long limit) {
			super(request);
			this.limit = limit;
		}

		@Override
		public ServletInputStream getInputStream() throws IOException {
			if (this.stream == null) {
				ServletInputStream in = super.getInputStream();
				this.stream = new ServletInputStream() {

					@Override
					public int read() throws IOException {
						int b = in.read();
						if (b >= 0) {
							count(1);
						}
						return b;
					}

					@Override
					public int read(byte[] buffer, int offset, int length) throws IOException {
						int n = in.read(buffer, offset, length);
						if (n > 0) {
							count(n);
						}
						return n;
					}

					@Override
					public boolean isFinished() {
						return in.isFinished();
					}

					@Override
					public boolean isReady() {
						return in.isReady();
					}

					@Override
					public void setReadListener(ReadListener listener) {
						in.setReadListener(listener);
					}

				};
			}
			return this.stream;
		}

		private void count(int n) throws IOException {
			this.read += n;
			if (this.read > this.limit) {
				this.exceeded = true;
				throw new BodyTooLargeException(this.limit);
			}
		}

	}

}
