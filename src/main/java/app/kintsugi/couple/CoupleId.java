package app.kintsugi.couple;

import java.util.UUID;

public record CoupleId(UUID value) {

    public CoupleId {
        java.util.Objects.requireNonNull(value, "value");
    }

    public static CoupleId of(String value) {
        return new CoupleId(UUID.fromString(value));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
