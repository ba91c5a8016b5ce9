package org.hearth.web.api;

import io.vertx.core.Vertx;
import io.vertx.json.schema.JsonSchemaValidationException;
import io.vertx.json.schema.OutputUnit;
import io.vertx.json.schema.common.dsl.SchemaType;
import io.vertx.openapi.contract.OpenAPIContract;
import io.vertx.openapi.contract.Parameter;
import io.vertx.openapi.validation.RequestParameter;
import io.vertx.openapi.validation.SchemaValidationException;
import io.vertx.openapi.validation.ValidatorException;
import io.vertx.openapi.validation.impl.RequestParameterImpl;
import io.vertx.openapi.validation.impl.RequestValidatorImpl;

/**
 * Vert.x's request validator, with parameters whose schema is a string taken as the string they
 * are. Vert.x first parses every such value as JSON unless it is a single word: a UUID or a
 * category such as {@code dpv-pd:Preference} fails that parse, which throws (with a stack
 * trace), and is parsed again wrapped in quotes; that was about 4.5% of the CPU of
 * {@code GET /api/v1/me/records/{id}} (infra/bench/README.md, issue 15). The schema check is the
 * same; only a value that also reads as JSON differs: {@code "x"} stays {@code "x"} with its
 * quotes, and {@code 1.5} is the text 1.5 rather than a number that a string schema refuses,
 * which is what a string parameter means. Every other parameter goes to Vert.x unchanged.
 *
 * <p>This extends a class of Vert.x's {@code impl} package (5.0.x): {@code StringParametersTest}
 * and the API's tests of bad parameters guard the behaviour across upgrades.
 */
final class StringParameters extends RequestValidatorImpl {

    private final OpenAPIContract contract;

    StringParameters(Vertx vertx, OpenAPIContract contract) {
        super(vertx, contract);
        this.contract = contract;
    }

    @Override
    public RequestParameter validateParameter(Parameter parameter, RequestParameter value) throws ValidatorException {
        if (value == null || value.isNull() || parameter.getSchemaType() != SchemaType.STRING || !(value.get() instanceof String raw)) {
            return super.validateParameter(parameter, value);
        }
        OutputUnit result = contract.getSchemaRepository().validator(parameter.getSchema()).validate(raw);
        try {
            result.checkValidity();
        } catch (JsonSchemaValidationException e) {
            throw SchemaValidationException.createErrorFromOutputUnitType(parameter, result, e);
        }
        return new RequestParameterImpl(raw);
    }
}
