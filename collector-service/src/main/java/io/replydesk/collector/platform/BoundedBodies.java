package io.replydesk.collector.platform;

import jakarta.ws.rs.ext.ReaderInterceptor;
import jakarta.ws.rs.ext.ReaderInterceptorContext;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/** Stops reading an answer past a size limit, so a huge or endless body cannot exhaust memory. */
public class BoundedBodies implements ReaderInterceptor {

    private final long maxBytes;

    public BoundedBodies(long maxBytes) {
        this.maxBytes = maxBytes;
    }

    /** The answer was larger than the limit. */
    public static class TooLarge extends IOException {
        TooLarge(long maxBytes) {
            super("answer larger than " + maxBytes + " bytes");
        }
    }

    @Override
    public Object aroundReadFrom(ReaderInterceptorContext context) throws IOException {
        context.setInputStream(new Limited(context.getInputStream(), maxBytes));
        return context.proceed();
    }

    private static final class Limited extends FilterInputStream {
        private final long max;
        private long read;

        Limited(InputStream in, long max) {
            super(in);
            this.max = max;
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            count(b < 0 ? 0 : 1);
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int n = super.read(buffer, offset, length);
            count(Math.max(0, n));
            return n;
        }

        private void count(int n) throws TooLarge {
            read += n;
            if (read > max) {
                throw new TooLarge(max);
            }
        }
    }
}
