package dev.gavel.core.model;

/** An enum whose constants are stored as a fixed text, the original bot's spelling. */
public interface StoredValue {

    String storedValue();

    static <E extends Enum<E> & StoredValue> E fromStored(Class<E> type, String value) {
        for (E constant : type.getEnumConstants()) {
            if (constant.storedValue().equals(value)) {
                return constant;
            }
        }
        throw new IllegalArgumentException("'" + value + "' is not a " + type.getSimpleName());
    }
}
