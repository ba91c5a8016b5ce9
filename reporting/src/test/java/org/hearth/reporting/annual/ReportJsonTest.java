package org.hearth.reporting.annual;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.hearth.kernel.money.Money;
import org.junit.jupiter.api.Test;

/** The frozen copy reads back as the same report, and a copy that does not match its digest is refused. */
class ReportJsonTest {

    private static AnnualReport draft() {
        ReportTable impact = ReportTable.facts("impact", List.of(AccountsPart.fact("individuals", Cell.count(1200)),
                AccountsPart.fact("cap", Cell.money((Money) null))));
        return new AnnualReport(UUID.fromString("00000000-0000-0000-0000-000000000001"), LocalDate.parse("2023-04-01"), LocalDate.parse("2024-03-31"),
                "uk-cic", "Sample CIC", "GBP", List.of(new ReportPart("community_benefit", List.of("community_benefit"), List.of(impact))),
                Map.of("community_benefit", new Narrative("community_benefit", "Ünïcode “quotes” and\nnew lines", "ada@board.example",
                        Instant.parse("2024-05-01T10:15:00.123456Z"))),
                new Approval(UUID.fromString("00000000-0000-0000-0000-000000000002"), "Approve", LocalDate.parse("2024-05-10")), null);
    }

    @Test
    void aFrozenCopyReadsBackAsTheSameContentWithItsDigest() {
        String content = ReportJson.canonical(draft());
        AnnualReport frozen = ReportJson.frozen(content, ReportJson.sha256(content));

        assertThat(ReportJson.canonical(frozen)).isEqualTo(content);
        assertThat(frozen.frozen()).isTrue();
        assertThat(frozen.table("impact").orElseThrow().fact("report.fact.individuals")).isEqualTo("1200");
        assertThat(frozen.narratives().get("community_benefit").body()).isEqualTo("Ünïcode “quotes” and\nnew lines");
        assertThat(ReportJson.api(frozen).getString("digest")).isEqualTo("sha256:" + ReportJson.sha256(content));
        assertThat(ReportJson.api(draft()).getString("status")).isEqualTo("draft");
        assertThat(ReportJson.api(draft()).containsKey("digest")).isFalse();
    }

    @Test
    void aCopyThatDoesNotMatchItsDigestIsRefused() {
        String content = ReportJson.canonical(draft());
        String digest = ReportJson.sha256(content);
        assertThatThrownBy(() -> ReportJson.frozen(content.replace("1200", "1201"), digest)).isInstanceOf(IllegalStateException.class);
    }
}
