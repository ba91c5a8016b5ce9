package org.hearth.web.pages;

import static org.assertj.core.api.Assertions.assertThat;

import org.hearth.kernel.error.ErrorCode;
import org.junit.jupiter.api.Test;

class ErrorPageTest {

    @Test
    void frenchErrorPagesExplainTheStatusInFrenchNotTheServicesEnglishDetail() {
        Messages fr = Messages.of("fr");
        for (ErrorCode code : ErrorCode.values()) {
            ErrorPage page = ErrorPage.of(fr, code, "Too many attempts; wait 30 seconds.", "req-1");
            assertThat(page.status()).isEqualTo(code.status());
            assertThat(page.title()).as(code.name()).isNotEqualTo(code.title()).doesNotContain("the ");
            assertThat(page.detail()).as(code.name()).doesNotContain("Too many").doesNotContain("wait");
        }
        assertThat(ErrorPage.of(fr, ErrorCode.TOO_MANY_REQUESTS, "x", "").title()).isEqualTo("Trop de tentatives");
        assertThat(ErrorPage.of(fr, ErrorCode.INTERNAL, "x", "").detail()).contains("numéro de demande");
        assertThat(ErrorPage.of(fr, ErrorCode.UNAUTHENTICATED, "x", "").detail()).isEqualTo("Connectez-vous pour voir cette page.");
    }

    @Test
    void englishErrorPagesKeepTheProblemsTitleAndDetail() {
        ErrorPage page = ErrorPage.of(Messages.of("en"), ErrorCode.FORBIDDEN, "Your role cannot do this.", "req-2");
        assertThat(page.title()).isEqualTo(ErrorCode.FORBIDDEN.title());
        assertThat(page.detail()).isEqualTo("Your role cannot do this.");
        assertThat(ErrorPage.of(Messages.of("en"), ErrorCode.NOT_FOUND, null, "").detail()).isEqualTo(ErrorCode.NOT_FOUND.title());
    }
}
