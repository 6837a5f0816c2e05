package dev.engblog.cms.user;

import io.quarkus.mailer.Mail;
import io.quarkus.mailer.reactive.ReactiveMailer;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import org.jboss.logging.Logger;

/**
 * Sends account mails after their transaction committed (a rolled-back token is never mailed) and without
 * waiting: the answer to a reset request takes the same time whether or not a mail goes out.
 */
@ApplicationScoped
public class AccountMailer {

    private static final Logger LOG = Logger.getLogger(AccountMailer.class);

    private final ReactiveMailer mailer;

    public AccountMailer(ReactiveMailer mailer) {
        this.mailer = mailer;
    }

    void send(@Observes(during = TransactionPhase.AFTER_SUCCESS) AccountMail mail) {
        mailer.send(Mail.withText(mail.to(), mail.subject(), mail.text())).subscribe().with(
                ok -> LOG.debugf("Account mail '%s' sent", mail.subject()),
                failure -> LOG.warnf("Account mail '%s' could not be sent: %s", mail.subject(), failure.getMessage()));
    }
}
