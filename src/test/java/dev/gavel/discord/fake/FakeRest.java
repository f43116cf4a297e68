package dev.gavel.discord.fake;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

/**
 * The fake's REST API: default answers for the routes a bot uses, answers scripted by a test,
 * injected failures, and every call recorded to await and assert on. Get it from
 * {@link FakeDiscord#rest()}. Templates are written as Discord documents them, without
 * {@code /api/v10}: {@code "/channels/{channel_id}/messages"}.
 */
public final class FakeRest {

    private record Route(RouteTemplate template, RestHandler handler) {
    }

    private record Injection(RouteTemplate template, Supplier<RestReply> reply, AtomicInteger remaining) {
    }

    private final FakeDiscord fake;
    private final Object monitor = new Object();
    private final List<Route> defaults = new CopyOnWriteArrayList<>();
    private final List<Route> scripted = new CopyOnWriteArrayList<>();
    private final List<Injection> injections = new CopyOnWriteArrayList<>();
    private final List<RestCall> calls = new ArrayList<>();
    private final List<Boolean> awaited = new ArrayList<>();
    private final List<RestCall> unhandled = new CopyOnWriteArrayList<>();

    FakeRest(FakeDiscord fake) {
        this.fake = fake;
    }

    /** Answers calls matching {@code method} and {@code template} with {@code handler} instead of the default. */
    public FakeRest on(String method, String template, RestHandler handler) {
        scripted.add(0, new Route(RouteTemplate.of(method, template), handler));
        return this;
    }

    /**
     * The next {@code times} matching calls fail with an HTTP status and Discord error code, e.g.
     * {@code failNext("POST", "/channels/{channel_id}/messages", 1, 403, 50013, "Missing Permissions")}.
     */
    public FakeRest failNext(String method, String template, int times, int status, int discordCode, String message) {
        injections.add(new Injection(RouteTemplate.of(method, template),
                () -> RestReply.error(status, discordCode, message), new AtomicInteger(times)));
        return this;
    }

    /**
     * The next {@code times} matching calls get 429 Too Many Requests for the route's bucket, with
     * Retry-After and the X-RateLimit-* headers Discord sends (JDA reads whole seconds).
     */
    public FakeRest rateLimitNext(String method, String template, int times, int retryAfterSeconds) {
        RouteTemplate route = RouteTemplate.of(method, template);
        String bucket = Integer.toHexString(route.toString().hashCode());
        injections.add(new Injection(route, () -> RestReply
                .json(429, Json.object().put("message", "You are being rate limited.")
                        .put("retry_after", (double) retryAfterSeconds).put("global", false).put("code", 0))
                .withHeader("Retry-After", Integer.toString(retryAfterSeconds))
                .withHeader("X-RateLimit-Limit", "5")
                .withHeader("X-RateLimit-Remaining", "0")
                .withHeader("X-RateLimit-Reset", String.format(java.util.Locale.ROOT, "%.3f",
                        Instant.now().plusSeconds(retryAfterSeconds).toEpochMilli() / 1000.0))
                .withHeader("X-RateLimit-Reset-After", retryAfterSeconds + ".000")
                .withHeader("X-RateLimit-Bucket", bucket)
                .withHeader("X-RateLimit-Scope", "user")
                .withHeader("Via", "1.1 google"), new AtomicInteger(times)));
        return this;
    }

    /** Every call so far, in order. */
    public List<RestCall> calls() {
        synchronized (monitor) {
            return List.copyOf(calls);
        }
    }

    public List<RestCall> calls(String method, String template) {
        RouteTemplate route = RouteTemplate.of(method, template);
        return calls().stream().filter(call -> route.match(call.method(), call.path()) != null).toList();
    }

    /**
     * Waits for the oldest matching call that no earlier {@code awaitCall} returned, and returns it
     * (answered). Successive awaits thus walk through successive calls.
     */
    public RestCall awaitCall(String method, String template, Duration timeout) {
        return awaitCalls(method, template, 1, timeout).get(0);
    }

    /** Waits for {@code count} matching calls not returned by an earlier await, and returns them. */
    public List<RestCall> awaitCalls(String method, String template, int count, Duration timeout) {
        RouteTemplate route = RouteTemplate.of(method, template);
        long deadline = System.nanoTime() + timeout.toNanos();
        synchronized (monitor) {
            while (true) {
                List<Integer> matching = new ArrayList<>();
                for (int i = 0; i < calls.size() && matching.size() < count; i++) {
                    RestCall call = calls.get(i);
                    if (!awaited.get(i) && route.match(call.method(), call.path()) != null) {
                        matching.add(i);
                    }
                }
                if (matching.size() == count) {
                    List<RestCall> found = new ArrayList<>();
                    for (int index : matching) {
                        awaited.set(index, true);
                        found.add(calls.get(index));
                    }
                    return found;
                }
                long left = deadline - System.nanoTime();
                if (left <= 0) {
                    throw new AssertionError("Timed out after " + timeout.toMillis() + " ms waiting for " + count
                            + " call(s) " + route + "; got " + matching.size() + ". Calls so far: " + calls
                            + fake.diagnostics());
                }
                try {
                    monitor.wait(Math.max(1, left / 1_000_000));
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new AssertionError("Interrupted while waiting for " + route, e);
                }
            }
        }
    }

    /** Calls no route answered (404); the fake reports them as a problem at the end of the test. */
    public List<RestCall> unhandledCalls() {
        return List.copyOf(unhandled);
    }

    void addDefault(String method, String template, RestHandler handler) {
        defaults.add(new Route(RouteTemplate.of(method, template), handler));
    }

    RestReply serve(RestCall call) {
        for (Injection injection : injections) {
            if (injection.template().match(call.method(), call.path()) != null
                    && injection.remaining().getAndDecrement() > 0) {
                return injection.reply().get();
            }
        }
        RestReply reply = answer(scripted, call);
        if (reply == null) {
            reply = answer(defaults, call);
        }
        if (reply == null) {
            unhandled.add(call);
            reply = RestReply.error(404, 0, "404: Not Found");
        }
        return reply;
    }

    void record(RestCall answered) {
        synchronized (monitor) {
            calls.add(answered);
            awaited.add(false);
            monitor.notifyAll();
        }
    }

    private RestReply answer(List<Route> routes, RestCall call) {
        Route best = null;
        PathParams bestParams = null;
        for (Route route : routes) {
            PathParams params = route.template().match(call.method(), call.path());
            if (params != null && (best == null
                    || route.template().fixedSegments() > best.template().fixedSegments())) {
                best = route;
                bestParams = params;
            }
        }
        if (best == null) {
            return null;
        }
        try {
            return best.handler().answer(call, bestParams);
        } catch (RuntimeException e) {
            fake.reportProblem("the fake's answer to " + call.method() + " " + call.path() + " failed", e);
            return RestReply.error(500, 0, "500: fake Discord failed: " + e);
        }
    }
}
