package dev.engblog.cms.webhook;

import io.vertx.core.Vertx;
import io.vertx.core.http.HttpClient;
import io.vertx.core.http.HttpClientOptions;
import io.vertx.core.http.HttpClientRequest;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.RequestOptions;
import io.vertx.core.net.SocketAddress;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Webhook POSTs to the address {@link TargetGuard} vetted: the URL's host still names the request
 * (Host header, TLS server name and certificate check), but no second DNS lookup happens. Blocking,
 * for the worker's thread; the whole exchange is bounded by the timeout, and the response body is
 * drained unread.
 */
@ApplicationScoped
public class PinnedHttp {

    private final HttpClient client;

    public PinnedHttp(Vertx vertx, WebhookConfig config) {
        this.client = vertx.createHttpClient(new HttpClientOptions()
                .setConnectTimeout((int) config.timeout().toMillis())
                .setKeepAlive(false)
                .setVerifyHost(true));
    }

    /** POSTs the body and returns the status code. */
    public int post(TargetGuard.Vetted target, Map<String, String> headers, String body, Duration timeout) throws IOException {
        RequestOptions options = new RequestOptions()
                .setMethod(HttpMethod.POST)
                .setAbsoluteURI(target.uri().toString())
                .setServer(SocketAddress.inetSocketAddress(target.port(), target.address().getHostAddress()))
                .setIdleTimeout(timeout.toMillis())
                .setFollowRedirects(false);
        headers.forEach(options::putHeader);
        AtomicReference<HttpClientRequest> sent = new AtomicReference<>();
        CompletableFuture<Integer> status = client.request(options)
                .compose(request -> {
                    sent.set(request);
                    request.exceptionHandler(ignored -> { });
                    return request.send(body);
                })
                .compose(response -> {
                    // Only the status matters: the body is drained unread (bounded by the timeout below).
                    response.handler(ignored -> { });
                    return response.end().map(done -> response.statusCode());
                })
                .toCompletionStage().toCompletableFuture();
        try {
            return status.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            HttpClientRequest request = sent.get();
            if (request != null) {
                request.reset();
            }
            throw new IOException("no answer within " + timeout.toMillis() + " ms");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted");
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            throw new IOException(cause.getClass().getSimpleName() + (cause.getMessage() == null ? "" : ": " + cause.getMessage()), cause);
        }
    }
}
