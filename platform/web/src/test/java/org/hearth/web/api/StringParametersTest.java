package org.hearth.web.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.vertx.core.Vertx;
import io.vertx.openapi.contract.OpenAPIContract;
import io.vertx.openapi.contract.Parameter;
import io.vertx.openapi.validation.SchemaValidationException;
import io.vertx.openapi.validation.impl.RequestParameterImpl;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class StringParametersTest {

    private static final String CONTRACT = """
            openapi: 3.1.0
            info: { title: parameters, version: '1' }
            paths:
              /things/{id}:
                get:
                  operationId: thing
                  x-hearth-access: public
                  parameters:
                    - { name: id, in: path, required: true, schema: { type: string, maxLength: 20 } }
                    - { name: limit, in: query, schema: { type: integer, maximum: 100 } }
                  responses: { '200': { description: ok } }
            """;

    private static Vertx vertx;
    private static StringParameters validator;
    private static Parameter id;
    private static Parameter limit;

    @BeforeAll
    static void contract() throws Exception {
        vertx = Vertx.vertx();
        OpenAPIContract contract = ContractValidators.caching(ContractLoader.contract(vertx, CONTRACT).toCompletionStage().toCompletableFuture()
                .get(30, TimeUnit.SECONDS));
        validator = new StringParameters(vertx, contract);
        var parameters = contract.operation("thing").getParameters();
        id = parameters.stream().filter(p -> p.getName().equals("id")).findFirst().orElseThrow();
        limit = parameters.stream().filter(p -> p.getName().equals("limit")).findFirst().orElseThrow();
    }

    @AfterAll
    static void close() {
        vertx.close();
    }

    @Test
    void aStringParameterIsTheTextItCameAs() throws Exception {
        assertThat(validator.validateParameter(id, new RequestParameterImpl("3f2a8c1e-0b7d-4c55")).get()).isEqualTo("3f2a8c1e-0b7d-4c55");
        assertThat(validator.validateParameter(id, new RequestParameterImpl("dpv-pd:Preference")).get()).isEqualTo("dpv-pd:Preference");
        assertThat(validator.validateParameter(id, new RequestParameterImpl("1.5")).get()).isEqualTo("1.5");
        assertThat(validator.validateParameter(id, new RequestParameterImpl("\"x\"")).get()).isEqualTo("\"x\"");
    }

    @Test
    void theSchemaStillDecides() {
        assertThatThrownBy(() -> validator.validateParameter(id, new RequestParameterImpl("x".repeat(21))))
                .isInstanceOf(SchemaValidationException.class);
        assertThatThrownBy(() -> validator.validateParameter(id, new RequestParameterImpl(null)))
                .as("a missing required parameter, as Vert.x says it").isInstanceOf(io.vertx.openapi.validation.ValidatorException.class);
    }

    @Test
    void otherParametersAreVertxs() throws Exception {
        assertThat(validator.validateParameter(limit, new RequestParameterImpl("12")).get()).isEqualTo(12);
        assertThatThrownBy(() -> validator.validateParameter(limit, new RequestParameterImpl("101"))).isInstanceOf(SchemaValidationException.class);
        assertThatThrownBy(() -> validator.validateParameter(limit, new RequestParameterImpl("twelve"))).isInstanceOf(io.vertx.openapi.validation.ValidatorException.class);
    }
}
