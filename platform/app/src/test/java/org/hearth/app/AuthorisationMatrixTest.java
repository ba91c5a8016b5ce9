package org.hearth.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The table loader of AuthorisationMatrixIT can fail: on a missing row, a bad cell, a changed header. */
class AuthorisationMatrixTest {

    @Test
    @DisplayName("The committed matrix names every operation of openapi.yaml and no other")
    void committedMatrixCoversTheContract() {
        AuthorisationMatrix matrix = AuthorisationMatrix.load(AuthorisationMatrixIT.MATRIX);
        ContractOperations contract = ContractOperations.load();
        assertThat(matrix.missing(contract.ids())).isEmpty();
        assertThat(matrix.unknown(Set.copyOf(contract.ids()))).isEmpty();
        assertThat(contract.ids()).hasSizeGreaterThan(80);
    }

    @Test
    @DisplayName("A table without a row for an operation of the contract reports that operation as missing")
    void brokenFixtureMissesAnOperation() {
        AuthorisationMatrix broken = AuthorisationMatrix.load("/matrixfixture/missing-row.tsv");
        List<String> contract = ContractOperations.load().ids();
        assertThat(broken.missing(contract)).contains("getMe", "createRecord").doesNotContain("createAccount");
        assertThat(broken.unknown(Set.copyOf(contract))).containsExactly("billingInvoices");
    }

    @Test
    @DisplayName("A cell that is not a 2xx-4xx status, a short row, a second row or another header is refused with its line")
    void badTablesAreRefused() {
        String header = "operationId\t" + String.join("\t", AuthorisationMatrix.CALLERS) + "\n";
        assertThatThrownBy(() -> AuthorisationMatrix.parse(header + "getMe\t401\t200\t200\t403\t403\t403\t403\t403\t403\t500\n"))
                .hasMessageContaining("line 2").hasMessageContaining("'500'");
        assertThatThrownBy(() -> AuthorisationMatrix.parse(header + "getMe\t401\t200\n")).hasMessageContaining("2 cells for 10 callers");
        String row = "getMe\t401\t200\t200\t403\t403\t403\t403\t403\t403\t403\n";
        assertThatThrownBy(() -> AuthorisationMatrix.parse(header + row + row)).hasMessageContaining("a second row for getMe");
        assertThatThrownBy(() -> AuthorisationMatrix.parse("operationId\tanonymous\tindividual\n")).hasMessageContaining("the header must name");
    }

    @Test
    @DisplayName("The failure message prints every differing cell: operation, caller, expected and got")
    void differencesArePrinted() {
        String message = AuthorisationMatrix.describe(List.of(
                new AuthorisationMatrix.Difference("getMe", "tenant", 403, 401, "{\"code\":\"unauthenticated\"}"),
                new AuthorisationMatrix.Difference("getRecord", "other-individual", 404, 200, "{}")));
        assertThat(message).contains("2 cells differ")
                .containsPattern("getMe +tenant +expected 403, got 401")
                .containsPattern("getRecord +other-individual +expected 404, got 200");
    }
}
