package org.hearth.datastore.portability;

import io.vertx.core.buffer.Buffer;
import io.vertx.ext.web.RoutingContext;
import java.time.LocalDate;
import org.hearth.datastore.accounts.Account;
import org.hearth.datastore.accounts.AccountService;
import org.hearth.kernel.error.ErrorCode;
import org.hearth.kernel.error.HearthException;
import org.hearth.web.api.Api;
import org.hearth.web.api.ApiOperations;
import org.hearth.web.api.ApiRoutes;
import org.hearth.web.security.BasicCredentials;
import org.hearth.web.security.Security;

/** {@code GET /api/v1/me/export}, {@code POST /api/v1/accounts/import}, {@code DELETE /api/v1/me}. */
public final class PortabilityRoutes implements ApiRoutes {

    private final ExportService exports;
    private final ImportService imports;
    private final AccountService accounts;

    public PortabilityRoutes(ExportService exports, ImportService imports, AccountService accounts) {
        this.exports = exports;
        this.imports = imports;
        this.accounts = accounts;
    }

    @Override
    public void register(ApiOperations operations) {
        operations.handle("exportMyData", this::export).handle("importAccount", this::importAccount).handle("eraseMe", this::erase);
    }

    private void export(RoutingContext rc) {
        byte[] archive = exports.export(Security.caller(rc).individualId());
        rc.response()
                .putHeader("Content-Type", "application/zip")
                .putHeader("Content-Disposition", "attachment; filename=\"hearth-export-" + LocalDate.now() + ".zip\"")
                .putHeader("Cache-Control", "no-store")
                .end(Buffer.buffer(archive));
    }

    private void importAccount(RoutingContext rc) {
        BasicCredentials credentials = BasicCredentials.parse(rc.request().getHeader("Authorization"))
                .orElseThrow(() -> new HearthException(ErrorCode.VALIDATION_FAILED,
                        "Send the new account's email and password as HTTP Basic credentials."));
        Buffer body = rc.body().buffer();
        if (body == null || body.length() == 0) {
            throw new HearthException(ErrorCode.INVALID_ARCHIVE, "Send the export archive (application/zip) as the body. Nothing was imported.");
        }
        Account account = imports.importArchive(credentials.username(), credentials.password(), body.getBytes());
        rc.response().putHeader("Location", "/api/v1/me");
        Api.json(rc, 201, org.hearth.datastore.accounts.AccountRoutes.toJson(account));
    }

    private void erase(RoutingContext rc) {
        accounts.erase(Security.caller(rc).individualId(), Api.body(rc).getString("password"));
        if (rc.session() != null) {
            rc.session().destroy();
        }
        Api.noContent(rc);
    }
}
