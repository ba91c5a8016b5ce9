package org.hearth.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hearth.schema.generated.datastore.Tables.INDIVIDUALS;
import static org.hearth.schema.generated.datastore.Tables.MAIL_QUEUE;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.Message;
import jakarta.mail.internet.MimeMessage;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.hearth.kernel.actor.CallContext;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Mail through a real SMTP server (GreenMail on loopback): what a person receives, in their
 * language, when their address is confirmed and something happens to their data; and what a
 * colleague invited to a team receives.
 */
class MailIT {

    private static final String PASSWORD = "a person who reads mail";
    private static final Pattern LINK = Pattern.compile("(/account/confirm-email\\?token=[A-Za-z0-9_-]+)");

    private static GreenMail smtp;
    private static Platform platform;
    private static Http http;
    private static String tenant;
    private static Staff operator;

    @BeforeAll
    static void start() {
        smtp = new GreenMail(new ServerSetup(TestPlatform.freePort(), "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        smtp.start();
        platform = TestPlatform.start(Map.of("HEARTH_SMTP_HOST", "127.0.0.1", "HEARTH_SMTP_PORT", String.valueOf(smtp.getSmtp().getPort()),
                "HEARTH_SMTP_SECURITY", "none", "HEARTH_SMTP_FROM", "Hearth <no-reply@hearth.test>"));
        http = new Http(platform.port());
        tenant = Tenants.register(http, "Northwind Energy");
        operator = Staff.signIn(platform, "mail-operator@hearth.example", "mail operator password", Set.of("operator"));
    }

    @AfterAll
    static void stop() {
        platform.close();
        smtp.stop();
    }

    /** The mails {@code address} has received so far, oldest first. */
    private static List<MimeMessage> inbox(String address) {
        return Arrays.stream(smtp.getReceivedMessages()).filter(m -> {
            try {
                return Arrays.stream(m.getRecipients(Message.RecipientType.TO)).anyMatch(a -> a.toString().equalsIgnoreCase(address));
            } catch (jakarta.mail.MessagingException e) {
                throw new IllegalStateException(e);
            }
        }).toList();
    }

    /** Waits until {@code address} has received {@code count} mails and returns the last one. */
    private static MimeMessage mail(String address, int count) {
        Eventually.await(Duration.ofSeconds(30), count + " mails to " + address, () -> inbox(address).size() >= count);
        List<MimeMessage> all = inbox(address);
        assertThat(all).as("mails to %s", address).hasSize(count);
        return all.getLast();
    }

    private static String subject(MimeMessage m) {
        try {
            return m.getSubject();
        } catch (jakarta.mail.MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String body(MimeMessage m) {
        try {
            return String.valueOf(m.getContent()).replace("\r\n", "\n");
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static String find(String text, Pattern pattern) {
        Matcher matcher = pattern.matcher(text);
        assertThat(matcher.find()).as("%s in %s", pattern, text).isTrue();
        return matcher.group(1);
    }

    private static int queuedFor(UUID individual) {
        return platform.db().system(CallContext.system("test.mail"), dsl -> dsl.fetchCount(MAIL_QUEUE, MAIL_QUEUE.INDIVIDUAL_ID.eq(individual)));
    }

    @Test
    @DisplayName("A French sign-up gets a French link; once confirmed, each agreement, delivery, breach and the erasure is mailed in French, never naming anyone in the subject")
    void aPersonIsToldInTheirLanguage() {
        String address = "camille.martin@example.org";
        assertThat(http.postJson("/api/v1/accounts", "{\"email\":\"" + address + "\",\"password\":\"" + PASSWORD + "\",\"language\":\"fr\"}")
                .statusCode()).isEqualTo(201);
        String me = Http.bearer(Http.json(http.postJson("/api/v1/me/tokens", "{}", "Authorization", Http.basic(address, PASSWORD))).getString("token"));
        UUID id = UUID.fromString(Http.json(http.get("/api/v1/me", "Authorization", me)).getString("id"));

        MimeMessage confirmation = mail(address, 1);
        assertThat(subject(confirmation)).isEqualTo("Confirmez votre adresse e-mail pour Hearth").doesNotContain("camille");
        assertThat(body(confirmation)).startsWith("Bonjour,").contains("Le lien est valable 3 jours");

        // Not confirmed yet: an agreement is made, and nothing is even queued for the address.
        String first = Tenants.agreement(http, tenant, me, "[\"read\"]", "Vos factures");
        assertThat(queuedFor(id)).as("only the confirmation is queued before the address is confirmed").isEqualTo(1);

        // The link opens a page; only its button confirms (a mail scanner following links confirms nothing).
        String link = find(body(confirmation), LINK);
        Http phone = new Http(platform.port());
        HttpResponse<String> page = phone.get(link + "&lang=fr", "Accept", "text/html");
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("Confirmer mon adresse");
        String token = link.substring(link.indexOf('=') + 1);
        HttpResponse<String> confirmed = phone.postForm("/account/confirm-email", Map.of("token", token, "pac4jCsrfToken", Http.csrfToken(page)));
        assertThat(confirmed.statusCode()).isEqualTo(303);
        assertThat(confirmed.headers().firstValue("Location")).hasValue("/account/confirm-email?done=address-confirmed");
        assertThat(phone.get("/account/confirm-email?done=address-confirmed&lang=fr", "Accept", "text/html").body()).contains("Votre adresse est confirmée");
        HttpResponse<String> again = phone.postForm("/account/confirm-email", Map.of("token", token,
                "pac4jCsrfToken", Http.csrfToken(phone.get(link, "Accept", "text/html"))));
        assertThat(again.headers().firstValue("Location")).as("a link works once").hasValue("/account/confirm-email?failed=1");

        String agreement = Tenants.agreement(http, tenant, me, "[\"read\",\"deliver\"]", "Contrat d'électricité");
        MimeMessage granted = mail(address, 2);
        assertThat(subject(granted)).isEqualTo("Vous avez accepté un partage de vos données sur Hearth").doesNotContain("Northwind");
        assertThat(body(granted)).contains("Vous avez accepté que Northwind Energy utilise certaines de vos données (« Contrat d'électricité »)")
                .contains("/account/agreements/" + agreement).contains("Vous recevez cet avis parce que vous l'avez choisi");

        HttpResponse<String> delivered = http.postJson("/api/v1/tenant/agreements/" + agreement + "/records", "{\"schema\":\"hearth:bill/v1\","
                + "\"category\":\"dpv-pd:Utility\",\"title\":\"Facture de novembre\",\"data\":{\"amount\":\"42.10\",\"currency\":\"EUR\"}}",
                "Authorization", tenant, "Idempotency-Key", "bill-11");
        assertThat(delivered.statusCode()).as(delivered.body()).isEqualTo(201);
        MimeMessage added = mail(address, 3);
        assertThat(subject(added)).isEqualTo("Une donnée a été ajoutée à votre espace");
        assertThat(body(added)).contains("Northwind Energy a ajouté « Facture de novembre » à votre espace");

        assertThat(http.delete("/api/v1/me/agreements/" + agreement, "Authorization", me).statusCode()).isEqualTo(204);
        MimeMessage ended = mail(address, 4);
        assertThat(subject(ended)).isEqualTo("Un de vos accords a pris fin");
        assertThat(body(ended)).contains("Vous avez mis fin à votre accord avec Northwind Energy (« Contrat d'électricité »)");

        // Deliveries turned off on the notifications page: the next delivery is not mailed, the breach still is.
        Http browser = new Http(platform.port());
        browser.login("/login", address, PASSWORD);
        HttpResponse<String> choices = browser.get("/account/notifications", "Accept", "text/html");
        assertThat(choices.body()).contains(address).contains("Cette adresse est confirmée");
        HttpResponse<String> saved = browser.postForm("/account/notifications", Map.of("pac4jCsrfToken", Http.csrfToken(choices),
                "notice", "agreement_ended"));
        assertThat(saved.headers().firstValue("Location")).hasValue("/account/notifications?done=notifications-saved");
        String quiet = Tenants.agreement(http, tenant, me, "[\"read\",\"deliver\"]", "Relevés");
        assertThat(http.postJson("/api/v1/tenant/agreements/" + quiet + "/records", "{\"schema\":\"hearth:bill/v1\",\"category\":\"dpv-pd:Utility\","
                + "\"title\":\"Relevé\",\"data\":{\"amount\":\"1.00\",\"currency\":\"EUR\"}}", "Authorization", tenant, "Idempotency-Key", "bill-12")
                .statusCode()).isEqualTo(201);
        String breach = operator.post("/api/v1/operator/breaches", "{\"nature\":\"Support inbox exposed\",\"dataCategories\":\"email addresses\","
                + "\"approxPeople\":1,\"approxRecords\":1,\"consequences\":\"phishing\",\"measures\":\"keys rotated\",\"contactPoint\":\"dpo@hearth.example\","
                + "\"becameAwareAt\":\"" + java.time.Instant.now().minusSeconds(3600).truncatedTo(java.time.temporal.ChronoUnit.SECONDS) + "\"}", 201).getString("id");
        operator.post("/api/v1/operator/breaches/" + breach + "/individual-notices", "{\"audience\":\"all\","
                + "\"textEn\":\"Messages you sent to support may have been seen.\",\"textFr\":\"Vos messages au support ont pu être vus.\"}", 201);
        MimeMessage told = mail(address, 5);
        assertThat(subject(told)).as("neither the grant nor the delivery of the quiet agreement was mailed").isEqualTo("Important : un avis de sécurité de Hearth");
        assertThat(body(told)).contains("Vos messages au support ont pu être vus.").contains("Hearth envoie toujours cet avis");
        List<String> skipped = platform.db().system(CallContext.system("test.mail"), dsl -> dsl.select(MAIL_QUEUE.KIND, MAIL_QUEUE.SKIPPED_BECAUSE)
                .from(MAIL_QUEUE).where(MAIL_QUEUE.INDIVIDUAL_ID.eq(id)).and(MAIL_QUEUE.STATUS.eq("skipped")).fetch(r -> r.value1() + ":" + r.value2()));
        assertThat(skipped).containsExactlyInAnyOrder("agreement_granted:turned_off", "record_delivered:turned_off");

        // Nowhere in the database in clear: neither the address nor what the mails said.
        assertThat(Plaintext.tablesContaining(address)).isEmpty();
        assertThat(platform.db().system(CallContext.system("test.mail"), dsl -> dsl.selectFrom(MAIL_QUEUE).fetch()).toString())
                .doesNotContain(address).doesNotContain("Facture de novembre").doesNotContain("Northwind");
        assertThat(platform.db().system(CallContext.system("test.mail"), dsl -> dsl.selectFrom(INDIVIDUALS).where(INDIVIDUALS.ID.eq(id)).fetch()).toString())
                .doesNotContain(address);

        assertThat(browser.deleteJson("/api/v1/me", "{\"password\":\"" + PASSWORD + "\"}", "pac4jCsrfToken",
                Http.csrfToken(browser.get("/account", "Accept", "text/html"))).statusCode()).isEqualTo(204);
        MimeMessage erased = mail(address, 6);
        assertThat(subject(erased)).isEqualTo("Votre compte Hearth a été supprimé");
        assertThat(body(erased)).contains("La clé qui protégeait vos données a été détruite");
        assertThat(queuedFor(id)).as("nothing the person was sent stays queued under their id").isZero();
        assertThat(first).isNotBlank();
    }

    @Test
    @DisplayName("An agreement is announced 7 days before its end, once; one of 7 days or less is not (its grant said when it ends)")
    void anEndingAgreementIsAnnounced() {
        String address = "sam.short@example.org";
        String me = Http.bearer(TestPlatform.individual(http, address, PASSWORD));
        Http phone = new Http(platform.port());
        String link = find(body(mail(address, 1)), LINK);
        HttpResponse<String> page = phone.get(link, "Accept", "text/html");
        phone.postForm("/account/confirm-email", Map.of("token", link.substring(link.indexOf('=') + 1), "pac4jCsrfToken", Http.csrfToken(page)));

        // Signed up through the API without a language: written to in both, English first.
        String shortOne = agreementFor(me, 5, "Trial");
        assertThat(subject(mail(address, 2))).isEqualTo("You shared data through Hearth / Vous avez accepté un partage de vos données sur Hearth");
        String yearly = agreementFor(me, 365, "Yearly");
        assertThat(subject(mail(address, 3))).startsWith("You shared data through Hearth");
        // A year goes by: the yearly agreement now ends in 5 days.
        platform.db().system(CallContext.system("test.mail.time_passes"), dsl -> dsl.execute("update datastore.agreements set granted_at = now() - "
                + "interval '360 days', expires_at = now() + interval '5 days' where id = ?::uuid", yearly));

        MimeMessage warning = mail(address, 4);
        assertThat(subject(warning)).isEqualTo("One of your agreements ends in 7 days / Un de vos accords prend fin dans 7 jours");
        assertThat(body(warning)).contains("Your agreement with Northwind Energy (\"Yearly\") ends on")
                .contains("Votre accord avec Northwind Energy (« Yearly ») prend fin le").contains("/account/agreements/" + yearly)
                .doesNotContain(shortOne);
        int warned = platform.db().system(CallContext.system("test.mail"), dsl -> dsl.fetchCount(MAIL_QUEUE, MAIL_QUEUE.KIND.eq("agreement_expiring")));
        assertThat(warned).as("one warning, for the yearly agreement only").isEqualTo(1);
    }

    private static String agreementFor(String me, int days, String title) {
        String code = Http.json(http.postJson("/api/v1/tenant/data-requests", "{\"title\":\"" + title + "\",\"purpose\":\"dpv:ServiceProvision\","
                + "\"description\":\"A trial.\",\"categories\":[\"dpv-pd:Utility\"],\"accessModes\":[\"read\"],\"durationDays\":" + days + ","
                + "\"retentionDays\":30,\"lawfulBasis\":\"dpv:Consent\",\"policyUrl\":\"https://northwind.example/privacy\"}", "Authorization", tenant)).getString("code");
        return Http.json(http.postJson("/api/v1/me/agreements", "{\"code\":\"" + code + "\"}", "Authorization", me)).getString("id");
    }

    @Test
    @DisplayName("A colleague invited to a team gets the link in both languages, naming the organisation and the role")
    void anInvitationIsMailed() {
        Http admin = new Http(platform.port());
        admin.login("/console/login", "admin@northwind-energy.example", "a strong admin pass");
        HttpResponse<String> invited = admin.postForm("/console/team/invitations", Map.of("pac4jCsrfToken",
                Http.csrfToken(admin.get("/console/team", "Accept", "text/html")), "email", "Dev@Northwind.example", "role", "developer"), "Accept", "text/html");
        assertThat(invited.statusCode()).as(invited.body()).isEqualTo(201);

        MimeMessage invitation = mail("dev@northwind.example", 1);
        assertThat(subject(invitation)).isEqualTo("You are invited to join an organisation on Hearth / Vous êtes invité à rejoindre une organisation sur Hearth");
        assertThat(body(invitation)).contains("Northwind Energy invites you to join its team on Hearth as developer.")
                .contains("Northwind Energy vous invite à rejoindre son équipe sur Hearth en tant que développeur.")
                .contains("/console/invitation?token=");
    }
}
