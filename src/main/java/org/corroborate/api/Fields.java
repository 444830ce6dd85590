package org.corroborate.api;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.corroborate.api.ApiProblems.MissingFieldException;
import org.jspecify.annotations.Nullable;

/** Checks that a request carries its required fields, naming every one that is missing. */
final class Fields {

    private final Map<String, @Nullable Object> values = new LinkedHashMap<>();

    static Fields require() {
        return new Fields();
    }

    Fields field(String name, @Nullable Object value) {
        values.put(name, value);
        return this;
    }

    /** Throws {@link MissingFieldException} (422) naming each field that is absent or blank. */
    void check() {
        List<String> missing = new ArrayList<>();
        values.forEach((name, value) -> {
            if (value == null || value instanceof String s && s.isBlank()) {
                missing.add(name);
            }
        });
        if (!missing.isEmpty()) {
            throw new MissingFieldException(missing);
        }
    }

    /** A number as plain digits: 70 rather than 70.0000 or 7E+1. */
    static @Nullable BigDecimal plain(@Nullable BigDecimal number) {
        return number == null ? null : new BigDecimal(number.stripTrailingZeros().toPlainString());
    }
}
