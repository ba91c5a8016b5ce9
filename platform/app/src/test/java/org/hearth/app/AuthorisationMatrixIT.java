package org.hearth.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Every operation of openapi.yaml called by every kind of caller against a real server, compared
 * with the table in authorisation-matrix.tsv. 401 means no or invalid credential, 403 a valid
 * credential not allowed here; an allowed caller gets the success status or a 4xx about the data
 * (404 for an object that is not theirs), never a 2xx on another's object.
 */
class AuthorisationMatrixIT {

    static final String MATRIX = "/authorisation-matrix.tsv";
    private static Platform platform;
    private static MatrixWorld world;
    private static TableCall table;

    @BeforeAll
    static void start() {
        // Rate limits are RateLimitIT's business; here the same tenant makes a few hundred calls at once.
        platform = TestPlatform.start(Map.of("HEARTH_RATE_SANDBOX", "100000"));
        world = new MatrixWorld(platform);
        table = new TableCall(world, world.export());
    }

    @AfterAll
    static void stop() {
        platform.close();
    }

    @Test
    @DisplayName("Every operation of the contract has a row in the authorisation matrix and a request to send, and no row names a missing operation")
    void everyOperationHasARow() {
        ContractOperations contract = ContractOperations.load();
        AuthorisationMatrix matrix = AuthorisationMatrix.load(MATRIX);
        Map<String, MatrixRequests.Request> requests = MatrixRequests.load("/authorisation-requests.tsv");
        assertThat(matrix.missing(contract.ids())).as("operations of openapi.yaml without a row in " + MATRIX).isEmpty();
        assertThat(matrix.unknown(java.util.Set.copyOf(contract.ids()))).as("rows for operations openapi.yaml does not have").isEmpty();
        assertThat(requests.keySet()).as("a request for every operation").containsAll(contract.ids());
        for (ContractOperations.Operation op : contract.all()) {
            assertThat(MatrixRequests.fits(requests.get(op.id()).path(), op.path())).as("%s is sent to %s", op.id(), op.path()).isTrue();
        }
    }

    @Test
    @DisplayName("Each operation answers each kind of caller exactly as the authorisation matrix says")
    void everyCellHolds() throws IOException {
        ContractOperations contract = ContractOperations.load();
        AuthorisationMatrix matrix = AuthorisationMatrix.load(MATRIX);
        Map<String, MatrixRequests.Request> requests = MatrixRequests.load("/authorisation-requests.tsv");
        List<ContractOperations.Operation> order = new ArrayList<>(contract.all());
        // Erasing the account ends the callers' credentials: it goes last.
        order.sort(Comparator.comparing(op -> op.id().equals("eraseMe")));
        List<AuthorisationMatrix.Difference> differences = new ArrayList<>();
        Map<String, Map<String, Integer>> actual = new LinkedHashMap<>();
        int sent = 0;
        int unexpected2xx = 0;
        int serverErrors = 0;
        for (ContractOperations.Operation op : order) {
            Map<String, Integer> expected = matrix.rows().get(op.id());
            Map<String, Integer> row = new LinkedHashMap<>();
            for (MatrixWorld.Caller caller : world.callers.values()) {
                HttpResponse<String> response = table.send(op, requests.get(op.id()), caller);
                sent++;
                int got = response.statusCode();
                row.put(caller.name(), got);
                Integer want = expected == null ? null : expected.get(caller.name());
                if (got >= 500) {
                    serverErrors++;
                }
                if (want != null && want != got) {
                    if (got < 300 && want >= 300) {
                        unexpected2xx++;
                    }
                    differences.add(new AuthorisationMatrix.Difference(op.id(), caller.name(), want, got, response.body()));
                }
            }
            actual.put(op.id(), row);
        }
        Path written = write(actual);
        System.out.printf("Authorisation matrix: %d operations x %d callers = %d calls; %d cells differ, %d unexpected 2xx, %d 5xx; "
                + "the answers are in %s%n", order.size(), world.callers.size(), sent, differences.size(), unexpected2xx, serverErrors, written);
        if (!differences.isEmpty()) {
            fail(AuthorisationMatrix.describe(differences));
        }
    }

    /** The server's answers in the table's own format, to compare with or to start a new row from. */
    private static Path write(Map<String, Map<String, Integer>> actual) throws IOException {
        StringBuilder tsv = new StringBuilder("operationId\t" + String.join("\t", AuthorisationMatrix.CALLERS) + "\n");
        actual.forEach((op, row) -> {
            tsv.append(op);
            AuthorisationMatrix.CALLERS.forEach(c -> tsv.append('\t').append(row.get(c)));
            tsv.append('\n');
        });
        Path file = Path.of("target", "authorisation-matrix.actual.tsv");
        Files.createDirectories(file.getParent());
        Files.writeString(file, tsv);
        return file.toAbsolutePath();
    }
}
