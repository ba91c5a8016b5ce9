package org.hearth.governance.ledger;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class EntryKindTest {

    @Test
    void theSchemaChecksExactlyTheKindsTheEnumNames() throws IOException {
        String sql;
        try (InputStream in = getClass().getResourceAsStream("/db/changelog/governance/006-billing-revenue.sql")) {
            assertThat(in).as("the migration is on the classpath").isNotNull();
            sql = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        Matcher check = Pattern.compile("ADD CONSTRAINT journal_entries_kind_known CHECK \\(kind IN \\(([^)]*)\\)\\)").matcher(sql);
        assertThat(check.find()).isTrue();
        Set<String> inSchema = new LinkedHashSet<>();
        Matcher code = Pattern.compile("'([a-z_]+)'").matcher(check.group(1));
        while (code.find()) {
            inSchema.add(code.group(1));
        }
        assertThat(inSchema).containsExactlyInAnyOrderElementsOf(Arrays.stream(EntryKind.values()).map(EntryKind::code).toList());
    }

    @Test
    void operatorsPostByHandOnlyWhatTheyDidBefore() {
        assertThat(EntryKind.manualCodes()).containsExactlyInAnyOrder("revenue", "cost", "grant", "donation", "share_capital", "adjustment", "payment");
        assertThat(EntryKind.DIVIDEND.manual()).isFalse();
        assertThat(EntryKind.REVERSAL.manual()).isFalse();
    }

    @Test
    void codesRoundTripAndUnknownCodesNameNothing() {
        for (EntryKind kind : EntryKind.values()) {
            assertThat(EntryKind.fromCode(kind.code())).contains(kind);
        }
        assertThat(EntryKind.fromCode("bribe")).isEmpty();
        assertThat(EntryKind.fromCode(null)).isEmpty();
    }
}
