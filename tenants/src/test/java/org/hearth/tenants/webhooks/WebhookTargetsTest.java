package org.hearth.tenants.webhooks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.hearth.kernel.error.HearthException;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/** A tenant's webhook URL cannot point the platform at the operator's own network. */
class WebhookTargetsTest {

    private final WebhookTargets production = new WebhookTargets(false);

    @ParameterizedTest
    @ValueSource(strings = {
            "https://127.0.0.1/hook", "https://localhost:8443/hook", "https://[::1]/hook", "https://10.1.2.3/hook",
            "https://172.16.0.9/hook", "https://192.168.1.1/hook", "https://169.254.169.254/latest/meta-data",
            "https://100.64.0.1/hook", "https://0.0.0.0/hook", "https://[fd00::1]/hook", "https://[fe80::1]/hook",
            "https://[::ffff:192.168.0.1]/hook", "https://224.0.0.1/hook", "https://[64:ff9b::a9fe:a9fe]/hook",
            "https://[::a9fe:a9fe]/hook"})
    void internalAddressesAreRefused(String url) {
        assertThatThrownBy(() -> production.check(url)).isInstanceOf(HearthException.class)
                .hasMessageContaining("non-public address");
    }

    @ParameterizedTest
    @ValueSource(strings = {"http://93.184.216.34/hook", "ftp://93.184.216.34/hook", "https://user:pw@93.184.216.34/hook",
            "not a url", "/relative/hook"})
    void onlyPlainHttpsUrlsAreAccepted(String url) {
        assertThatThrownBy(() -> production.check(url)).isInstanceOf(HearthException.class)
                .hasMessageContaining("This webhook URL cannot be used");
    }

    /**
     * Parsers disagree on these (libc and browsers read 0177 as octal 127, Java as decimal 177),
     * so the address the check sees may not be the one a client calls: only a.b.c.d is taken.
     */
    @ParameterizedTest
    @ValueSource(strings = {
            "https://0177.0.0.1/hook", "https://0x7f.0.0.1/hook", "https://0x7f.1/hook", "https://2130706433/hook",
            "https://127.1/hook", "https://0x7f000001/hook", "https://017700000001/hook", "https://93.184.216.034/hook",
            "https://93.184.216.34./hook", "https://93.184.216.34.0/hook", "https://0x5d.0xb8.0xd8.0x22/hook",
            "https://example.0x7f/hook", "https://example.1/hook", "https://256.1.1.1/hook"})
    void numericHostsNotWrittenAsFourDecimalNumbersAreRefused(String url) {
        assertThatThrownBy(() -> production.check(url)).isInstanceOf(HearthException.class)
                .hasMessageContaining("a numeric host must be written as four decimal numbers");
        assertThatThrownBy(() -> new WebhookTargets(true).check(url.replace("https", "http"))).isInstanceOf(HearthException.class)
                .hasMessageContaining("a numeric host must be written as four decimal numbers");
    }

    @Test
    void aPublicHttpsAddressIsAccepted() {
        assertThat(production.check("https://93.184.216.34/hooks?x=1").getHost()).isEqualTo("93.184.216.34");
        assertThat(production.check("https://[2606:2800:220:1::1]/hooks").getPort()).isEqualTo(-1);
    }

    @Test
    void developmentMayAllowLocalReceivers() {
        assertThat(new WebhookTargets(true).check("http://127.0.0.1:9000/hooks").getPort()).isEqualTo(9000);
        assertThatThrownBy(() -> new WebhookTargets(true).check("file:///etc/passwd")).isInstanceOf(HearthException.class);
    }
}
