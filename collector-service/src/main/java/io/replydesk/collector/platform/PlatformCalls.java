package io.replydesk.collector.platform;

import com.fasterxml.jackson.core.JsonProcessingException;
import io.replydesk.collector.service.RateBudgets;
import io.replydesk.collector.service.RateLimitHeaders;
import io.smallrye.faulttolerance.api.Guard;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.MultivaluedMap;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import org.eclipse.microprofile.faulttolerance.exceptions.CircuitBreakerOpenException;
import org.jboss.resteasy.reactive.RestResponse;

/**
 * What every platform wrapper does around a call, as the Mastodon wrapper established: spend from the
 * credential's rate budget, learn from the answer's rate-limit headers, turn every failure into a
 * {@link PlatformException}, and retry reads (never writes) on 5xx and timeouts behind a circuit breaker per source.
 */
public final class PlatformCalls {

    private final String platform;
    private final RateBudgets budgets;
    private final int budgetRequests;
    private final Duration budgetPeriod;
    private final Duration timeout;
    private final Map<String, Guard> readGuards = new ConcurrentHashMap<>();

    public PlatformCalls(String platform, RateBudgets budgets, int budgetRequests, Duration budgetPeriod,
            Duration timeout) {
        this.platform = platform;
        this.budgets = budgets;
        this.budgetRequests = budgetRequests;
        this.budgetPeriod = budgetPeriod;
        this.timeout = timeout;
    }

    /** A read: retried twice on {@link PlatformException.Unavailable}, paused for a minute after many failures. */
    public <T> T read(String sourceId, String target, Supplier<T> call) {
        Guard guard = readGuards.computeIfAbsent(sourceId, id -> Guard.create()
                .withDescription(platform + " reads of source " + id)
                .withRetry().maxRetries(2).delay(200, ChronoUnit.MILLIS).jitter(100, ChronoUnit.MILLIS)
                .retryOn(PlatformException.Unavailable.class).done()
                .withCircuitBreaker().requestVolumeThreshold(10).failureRatio(0.8).delay(60, ChronoUnit.SECONDS)
                .failOn(PlatformException.Unavailable.class).done()
                .build());
        try {
            @SuppressWarnings("unchecked")
            T result = (T) guard.call(call::get, Object.class);
            return result;
        } catch (PlatformException e) {
            throw e;
        } catch (CircuitBreakerOpenException e) {
            throw new PlatformException.Unavailable("too many failures in a row; calls to " + target
                    + " paused for a minute", e);
        } catch (Exception e) {
            throw new PlatformException.Unavailable(platform + " call failed: " + e.getMessage(), e);
        }
    }

    /** @throws PlatformException.RateLimited when the budget is spent or the platform asked us to wait */
    public void acquire(String budgetKey) {
        budgets.acquire(budgetKey, budgetRequests, budgetPeriod);
    }

    /** Applies the rate-limit headers of a successful answer. */
    public void answered(String budgetKey, int status, MultivaluedMap<String, String> headers) {
        budgets.observe(budgetKey, budgetRequests, budgetPeriod, status, limits(headers));
    }

    /**
     * One call with everything around it: spends from the budget, turns a non-2xx answer or a failed transport into
     * a {@link PlatformException}, learns from the answer's rate-limit headers, and gives the answer's body.
     */
    public <T> T send(String budgetKey, String host, Supplier<RestResponse<T>> call) {
        return respond(budgetKey, host, call).getEntity();
    }

    /** {@link #send}, for a caller that needs the whole answer (a Link header to page on). */
    public <T> RestResponse<T> respond(String budgetKey, String host, Supplier<RestResponse<T>> call) {
        acquire(budgetKey);
        RestResponse<T> response = exchange(budgetKey, host, call);
        answered(budgetKey, response.getStatus(), response.getStringHeaders());
        return response;
    }

    /**
     * One call whose failures are turned into {@link PlatformException}s like {@link #send}'s, but which spends
     * nothing and learns nothing from a 2xx answer: an OAuth token endpoint's answer says nothing of the API's
     * limits. A caller whose platform counts token requests against the budget calls {@link #acquire} first.
     */
    public <T> RestResponse<T> exchange(String budgetKey, String host, Supplier<RestResponse<T>> call) {
        try {
            return call.get();
        } catch (PlatformHttpError e) {
            throw failure(budgetKey, e);
        } catch (RuntimeException e) {
            if (isTransport(e)) {
                throw transportFailure(host, e);
            }
            throw e;
        }
    }

    /** A non-2xx answer: 429/503 wait, other 5xx may pass, other 4xx are the platform's refusal. */
    public PlatformException failure(String budgetKey, PlatformHttpError e) {
        Optional<Instant> retryAt = budgets.observe(budgetKey, budgetRequests, budgetPeriod, e.status(),
                limits(e.headers()));
        String says = e.getMessage() == null ? "" : ": " + e.getMessage();
        if (retryAt.isPresent()) {
            return new PlatformException.RateLimited(platform + " answered HTTP " + e.status() + says
                    + "; waiting until " + retryAt.get(), retryAt.get());
        }
        if (e.status() >= 500) {
            return new PlatformException.Unavailable(platform + " answered HTTP " + e.status() + says, e);
        }
        return new PlatformException.Refused(e.status(), platform + " answered HTTP " + e.status() + says);
    }

    /** No usable answer at all: too large, not JSON, a timeout, no connection. */
    public PlatformException transportFailure(String host, RuntimeException e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof BoundedBodies.TooLarge tooLarge) {
                return new PlatformException.Malformed(platform + " sent an " + tooLarge.getMessage(), e);
            }
        }
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof JsonProcessingException json) {
                return new PlatformException.Malformed(platform + " answered malformed JSON: "
                        + json.getOriginalMessage(), e);
            }
            if (cause instanceof java.util.concurrent.TimeoutException
                    || cause.getClass().getSimpleName().contains("Timeout")) {
                return new PlatformException.Unavailable(platform + " at " + host + " did not answer within "
                        + timeout.toMillis() + " ms", e);
            }
        }
        return new PlatformException.Unavailable(platform + " at " + host + " unreachable: " + e.getMessage(), e);
    }

    /** Whether a client exception means the transport failed (rather than a non-2xx answer). */
    public static boolean isTransport(RuntimeException e) {
        return e instanceof ProcessingException || e instanceof WebApplicationException;
    }

    public static RateLimitHeaders limits(MultivaluedMap<String, String> headers) {
        return RateLimitHeaders.from(name -> header(headers, name), Instant.now());
    }

    /** A header by case-insensitive name, its values joined, or null. */
    public static String header(MultivaluedMap<String, String> headers, String name) {
        if (headers == null) {
            return null;
        }
        for (Map.Entry<String, List<String>> e : headers.entrySet()) {
            if (e.getKey().equalsIgnoreCase(name) && !e.getValue().isEmpty()) {
                return String.join(", ", e.getValue());
            }
        }
        return null;
    }
}
