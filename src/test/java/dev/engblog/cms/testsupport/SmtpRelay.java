package dev.engblog.cms.testsupport;

import com.icegreen.greenmail.user.MessageDeliveryHandler;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;

/**
 * A real SMTP server (GreenMail) in the test JVM, the relay the newsletter worker talks to. A test can
 * make it slow (each mail is answered only after a delay, as a congested relay does) or make it refuse
 * given recipients with a 451 (a transient error), and look at what it received.
 */
public class SmtpRelay implements QuarkusTestResourceLifecycleManager {

    private static GreenMail server;
    private static volatile Duration delay = Duration.ZERO;
    private static final Set<String> refused = ConcurrentHashMap.newKeySet();
    private static volatile Consumer<String> onDelivery = recipient -> { };

    @Override
    public Map<String, String> start() {
        int port = freePort();
        server = new GreenMail(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        server.start();
        MessageDeliveryHandler deliver = server.getUserManager().getMessageDeliveryHandler();
        server.getUserManager().setMessageDeliveryHandler((message, address) -> {
            onDelivery.accept(address.getEmail());
            sleep(delay);
            if (refused.contains(address.getEmail())) {
                throw new MessagingException("mailbox busy: " + address.getEmail());
            }
            return deliver.handle(message, address);
        });
        return Map.of(
                "quarkus.mailer.mock", "false",
                "quarkus.mailer.host", "127.0.0.1",
                "quarkus.mailer.port", String.valueOf(port),
                "quarkus.mailer.start-tls", "DISABLED",
                "quarkus.mailer.tls", "false");
    }

    @Override
    public void stop() {
        server.stop();
    }

    /** Forgets received mail and restores a quick, accepting relay. */
    public static void reset() {
        delay = Duration.ZERO;
        refused.clear();
        onDelivery = recipient -> { };
        try {
            server.purgeEmailFromAllMailboxes();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** Each mail is answered only after this long. */
    public static void slowDownTo(Duration perMail) {
        delay = perMail;
    }

    /** Mail to this address is answered "451 local error" until {@link #reset()}. */
    public static void refuse(String address) {
        refused.add(address);
    }

    /** Runs while a mail is being delivered, before the relay answers. */
    public static void whileDelivering(Consumer<String> action) {
        onDelivery = action;
    }

    public static List<MimeMessage> received() {
        return List.of(server.getReceivedMessages());
    }

    public static List<MimeMessage> receivedBy(String address) {
        return received().stream().filter(m -> {
            try {
                return m.getAllRecipients()[0].toString().equalsIgnoreCase(address);
            } catch (MessagingException e) {
                throw new IllegalStateException(e);
            }
        }).toList();
    }

    private static void sleep(Duration d) {
        try {
            Thread.sleep(d.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
