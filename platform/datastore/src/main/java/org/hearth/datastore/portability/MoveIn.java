package org.hearth.datastore.portability;

import io.vertx.core.MultiMap;
import io.vertx.ext.web.RoutingContext;
import java.nio.file.Path;
import java.util.function.Function;
import org.hearth.kernel.actor.RequestId;
import org.hearth.kernel.error.ErrorCode;
import org.hearth.kernel.error.HearthException;

/**
 * Moving in from another Hearth: a new account made from an export archive, by the API
 * ({@code POST /api/v1/accounts/import}) or by the sign-up page's form. Both share one import
 * service (and so its bound on what all imports hold unpacked), one gate (how many run at once, in
 * all and per address) and one folder where uploads wait, sealed under a key only the request
 * holds, never whole in memory and never in clear on disk.
 */
public final class MoveIn {

    private final ImportService imports;
    private final ImportService.Later later;
    private final ImportGate gate;
    private final Path uploadDir;
    private final long maxBytes;

    /** @param later where the page sends a large archive's records: a background import of the new account */
    public MoveIn(ImportService imports, ImportService.Later later, Path uploadDir, long maxBytes, int atOnce, int perAddress) {
        this.imports = imports;
        this.later = later;
        this.uploadDir = uploadDir;
        this.maxBytes = maxBytes;
        this.gate = new ImportGate(atOnce, perAddress);
    }

    public long maxBytes() {
        return maxBytes;
    }

    ImportService imports() {
        return imports;
    }

    Path uploadDir() {
        return uploadDir;
    }

    ImportGate gate() {
        return gate;
    }

    /** Who the new account is, read from the form once the upload is in (the function reading it throws to refuse the form). */
    public record Credentials(String email, String password) {
    }

    /**
     * The sign-up page's form ({@code multipart/form-data} with an {@code archive} file): the
     * archive is streamed into a sealed spool, then {@code credentials} reads the form's other
     * fields (after the CSRF check the caller makes in it) and the account is made from the
     * archive, its records added at once or, for a large one, by a background import. Refusals are {@link HearthException}s: 503 or 429 when too many imports run, 413
     * past the size limit, 422 for an archive that is not one (nothing is then created).
     */
    public ImportService.Moved fromForm(RoutingContext rc, RequestId requestId, Function<MultiMap, Credentials> credentials) {
        try (ImportGate.Pass pass = gate.enter(rc.request().remoteAddress().host()); UploadSpool spool = UploadSpool.create(uploadDir)) {
            Uploads.receiveFile(rc, spool, maxBytes);
            Credentials who = credentials.apply(rc.request().formAttributes());
            if (spool.size() == 0) {
                throw new HearthException(ErrorCode.INVALID_ARCHIVE, "Choose the export archive (a .zip file). Nothing was imported.");
            }
            return imports.importArchive(requestId, who.email(), who.password(), spool::open, later);
        }
    }
}
