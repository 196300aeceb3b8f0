package org.sheltergis.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Caps request bodies: a declared length over the limit is refused with 413 before anything reads it; a body without a
 * declared length (chunked) is cut off when it passes the limit, which the reader reports as a bad request.
 */
final class BodySizeLimitFilter extends OncePerRequestFilter {

    private final long maxBody;
    private final long maxUpload;

    BodySizeLimitFilter(SecuritySettings settings) {
        this.maxBody = settings.maxBodyBytes();
        this.maxUpload = settings.maxUploadBytes();
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String type = request.getContentType();
        long limit = type != null && type.toLowerCase().startsWith("multipart/") ? maxUpload : maxBody;
        long declared = request.getContentLengthLong();
        if (declared > limit) {
            response.setHeader("Connection", "close");
            ProblemResponses.write(
                    response,
                    413,
                    "Request body too large",
                    "The request body has " + declared + " bytes; at most " + limit + " are accepted.",
                    "urn:sheltergis:problem:too-large");
            return;
        }
        chain.doFilter(declared >= 0 ? request : new Capped(request, limit), response);
    }

    /** Reads at most {@code limit} bytes, then fails. */
    private static final class Capped extends HttpServletRequestWrapper {
        private final long limit;
        private ServletInputStream stream;

        Capped(HttpServletRequest request, long limit) {
            super(request);
            this.limit = limit;
        }

        @Override
        public ServletInputStream getInputStream() throws IOException {
            if (stream == null) {
                ServletInputStream in = super.getInputStream();
                stream = new ServletInputStream() {
                    private long read;

                    @Override
                    public int read() throws IOException {
                        int b = in.read();
                        if (b >= 0 && ++read > limit) {
                            throw new IOException("request body larger than " + limit + " bytes");
                        }
                        return b;
                    }

                    @Override
                    public int read(byte[] buf, int off, int len) throws IOException {
                        int n = in.read(buf, off, len);
                        if (n > 0 && (read += n) > limit) {
                            throw new IOException("request body larger than " + limit + " bytes");
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
            return stream;
        }
    }
}
