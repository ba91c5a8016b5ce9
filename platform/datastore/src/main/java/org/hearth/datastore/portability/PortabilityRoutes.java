package org.hearth.datastore.portability;

import io.vertx.core.buffer.Buffer;
import io.vertx.ext.web.RoutingContext;
import java.time.LocalDate;
import org.hearth.datastore.accounts.Account;
import org.hearth.datastore.accounts.AccountService;
import org.hearth.kernel.error.ErrorCode;
import org.hearth.kernel.error.HearthException;
import org.hearth.web.Calls;
import org.hearth.web.api.Api;
import org.hearth.web.api.ApiOperations;
import org.hearth.web.api.ApiRoutes;
import org.hearth.web.security.BasicCredentials;

/** {@code GET /api/v1/me/export}, {@code POST /api/v1/accounts/import}, {@code DELETE /api/v1/me}. */
public final class PortabilityRoutes implements ApiRoutes {

    private final ExportService exports;
    private final ImportService imports;
    private final AccountService accounts;
    private final ImportGate gate;
    private final java.nio.file.Path uploadDir;
    private final long maxArchiveBytes;

    /** @param moveIn the archive import, its gate (503 when busy, 429 per address) and its upload folder, shared with the sign-up page */
    public PortabilityRoutes(ExportService exports, MoveIn moveIn, AccountService accounts) {
        this.exports = exports;
        this.imports = moveIn.imports();
        this.accounts = accounts;
        this.uploadDir = moveIn.uploadDir();
        this.maxArchiveBytes = moveIn.maxBytes();
        this.gate = moveIn.gate();
    }

    @Override
    public void register(ApiOperations operations) {
        operations.handle("exportMyData", this::export).handle("importAccount", this::importAccount).handle("eraseMe", this::erase);
    }

    private void export(RoutingContext rc) {
        byte[] archive = exports.export(Calls.context(rc));
        rc.response()
                .putHeader("Content-Type", "application/zip")
                .putHeader("Content-Disposition", "attachment; filename=\"hearth-export-" + LocalDate.now() + ".zip\"")
                .putHeader("Cache-Control", "no-store")
                .end(Buffer.buffer(archive));
    }

    private void importAccount(RoutingContext rc) {
        BasicCredentials credentials = BasicCredentials.parse(rc.request().getHeader("Authorization"))
                .orElseThrow(() -> refuseUnread(rc, new HearthException(ErrorCode.VALIDATION_FAILED,
                        "Send the new account's email and password as HTTP Basic credentials.")));
        String length = rc.request().getHeader("Content-Length");
        if (length != null && length.chars().allMatch(Character::isDigit) && (length.length() > 18 || Long.parseLong(length) > maxArchiveBytes)) {
            throw refuseUnread(rc, new HearthException(ErrorCode.PAYLOAD_TOO_LARGE, "An archive may be at most " + maxArchiveBytes + " bytes."));
        }
        ImportGate.Pass pass;
        try {
            pass = gate.enter(rc.request().remoteAddress().host());
        } catch (HearthException busy) {
            throw refuseUnread(rc, busy);
        }
        Account account;
        // The place is given back before the answer is sent: a client that imports again as soon
        // as it has its answer must not find its own previous import still holding it (429).
        try (pass; UploadSpool spool = UploadSpool.create(uploadDir)) {
            Uploads.receive(rc, spool, maxArchiveBytes);
            if (spool.size() == 0) {
                throw new HearthException(ErrorCode.INVALID_ARCHIVE, "Send the export archive (application/zip) as the body. Nothing was imported.");
            }
            account = imports.importArchive(Calls.requestId(rc), credentials.username(), credentials.password(), spool::open);
        }
        rc.response().putHeader("Location", "/api/v1/me");
        Api.json(rc, 201, org.hearth.datastore.accounts.AccountRoutes.toJson(account));
    }

    /** A refusal before the body was read: the connection closes after it rather than wait for a body nobody reads. */
    private static HearthException refuseUnread(RoutingContext rc, HearthException e) {
        rc.response().putHeader("Connection", "close");
        return e;
    }

    private void erase(RoutingContext rc) {
        accounts.erase(Calls.context(rc), Api.body(rc).getString("password"));
        if (rc.session() != null) {
            rc.session().destroy();
        }
        Api.noContent(rc);
    }
}
