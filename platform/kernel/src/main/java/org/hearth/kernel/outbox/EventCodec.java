package org.hearth.kernel.outbox;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.lang.reflect.Constructor;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * The one codec between typed events and their JSON payload: a record's components become the
 * payload's fields. Identifiers, dates and amounts travel as strings (a {@link BigDecimal} keeps
 * its scale), enums by name, {@link Optional}s and nulls are left out, lists as arrays.
 */
public final class EventCodec {

    private EventCodec() {
    }

    public static JsonObject encode(OutboxEvent event) {
        OutboxEvent.annotation(event.getClass());
        return components((java.lang.Record) event);
    }

    /** A record's components as a JSON object: an event's payload, or a nested record such as an erasure's holder. */
    private static JsonObject components(java.lang.Record record) {
        JsonObject json = new JsonObject();
        for (RecordComponent component : record.getClass().getRecordComponents()) {
            Object value;
            try {
                // Event records may be nested in non-public classes (tests, a module's package): read them anyway.
                java.lang.reflect.Method accessor = component.getAccessor();
                accessor.setAccessible(true);
                value = accessor.invoke(record);
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException("Cannot read " + component.getName() + " of " + record.getClass().getName(), e);
            }
            Object encoded = encodeValue(value);
            if (encoded != null) {
                json.put(component.getName(), encoded);
            }
        }
        return json;
    }

    private static Object encodeValue(Object value) {
        return switch (value) {
            case null -> null;
            case Optional<?> optional -> optional.map(EventCodec::encodeValue).orElse(null);
            case String s -> s;
            case Boolean b -> b;
            case Integer i -> i;
            case Long l -> l;
            case BigDecimal amount -> amount.toPlainString();
            case UUID id -> id.toString();
            case Instant instant -> instant.toString();
            case OffsetDateTime time -> time.toString();
            case LocalDate date -> date.toString();
            case java.lang.Record nested -> components(nested);
            case Enum<?> constant -> constant.name().toLowerCase();
            case Collection<?> items -> {
                JsonArray array = new JsonArray();
                items.forEach(item -> array.add(encodeValue(item)));
                yield array;
            }
            default -> throw new IllegalArgumentException("Events carry ids, text, numbers, dates, enums, records and lists, not " + value.getClass().getName());
        };
    }

    /** Reads a payload back into its event record (the consumers' side). */
    public static <E extends OutboxEvent> E decode(Class<E> type, JsonObject payload) {
        OutboxEvent.annotation(type);
        return decodeRecord(type, payload);
    }

    private static <E> E decodeRecord(Class<E> type, JsonObject payload) {
        RecordComponent[] components = type.getRecordComponents();
        Object[] values = new Object[components.length];
        Class<?>[] types = new Class<?>[components.length];
        for (int i = 0; i < components.length; i++) {
            types[i] = components[i].getType();
            values[i] = decodeValue(components[i].getGenericType(), payload.getValue(components[i].getName()));
        }
        try {
            Constructor<E> constructor = type.getDeclaredConstructor(types);
            constructor.setAccessible(true);
            return constructor.newInstance(values);
        } catch (ReflectiveOperationException e) {
            throw new IllegalArgumentException("Cannot decode a " + type.getName() + " from its payload", e);
        }
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static Object decodeValue(Type generic, Object value) {
        Class<?> raw = generic instanceof ParameterizedType p ? (Class<?>) p.getRawType() : (Class<?>) generic;
        if (raw == Optional.class) {
            return Optional.ofNullable(value == null ? null : decodeValue(((ParameterizedType) generic).getActualTypeArguments()[0], value));
        }
        if (value == null) {
            if (raw.isPrimitive()) {
                throw new IllegalArgumentException("A payload lacks a required number or flag");
            }
            return null;
        }
        if (raw == String.class || raw == Boolean.class || raw == boolean.class) {
            return value;
        }
        if (raw == Integer.class || raw == int.class) {
            return ((Number) value).intValue();
        }
        if (raw == Long.class || raw == long.class) {
            return ((Number) value).longValue();
        }
        if (raw == BigDecimal.class) {
            return new BigDecimal(value.toString());
        }
        if (raw == UUID.class) {
            return UUID.fromString((String) value);
        }
        if (raw == Instant.class) {
            return Instant.parse((String) value);
        }
        if (raw == OffsetDateTime.class) {
            return OffsetDateTime.parse((String) value);
        }
        if (raw == LocalDate.class) {
            return LocalDate.parse((String) value);
        }
        if (raw.isEnum()) {
            return Enum.valueOf((Class<Enum>) raw, ((String) value).toUpperCase());
        }
        if (raw.isRecord()) {
            return decodeRecord(raw, (JsonObject) value);
        }
        if (raw == List.class) {
            Type item = ((ParameterizedType) generic).getActualTypeArguments()[0];
            List<Object> items = new ArrayList<>();
            for (Object element : (JsonArray) value) {
                items.add(decodeValue(item, element));
            }
            return List.copyOf(items);
        }
        throw new IllegalArgumentException("Unsupported event component type " + raw.getName());
    }

    /** For tests and tools: the payload as a plain map. */
    public static Map<String, Object> asMap(OutboxEvent event) {
        return encode(event).getMap();
    }
}
