package app.kintsugi.platform.api;

import java.util.List;

import io.swagger.v3.oas.annotations.media.Schema;

/**
 * One page of a list: its items, where it starts, and the address of the next page when there is one.
 * Pages are asked for with {@code ?page=0&size=50}; a size above {@link #MAX_SIZE} is that size.
 */
@Schema(description = "One page of a list, newest first unless the list says otherwise")
public record Paged<T>(List<T> items, int page, int size, int total, String next) {

    public static final int DEFAULT_SIZE = 50;
    public static final int MAX_SIZE = 200;

    /** The page asked for of a list held whole; {@code path} is the list's own address, for {@code next}. */
    public static <T> Paged<T> of(List<T> all, Integer page, Integer size, String path) {
        int s = size == null || size < 1 ? DEFAULT_SIZE : Math.min(size, MAX_SIZE);
        int p = page == null || page < 0 ? 0 : page;
        long from = Math.min((long) p * s, all.size());
        int to = (int) Math.min(from + s, all.size());
        String next = to < all.size() ? path + "?page=" + (p + 1) + "&size=" + s : null;
        return new Paged<>(List.copyOf(all.subList((int) from, to)), p, s, all.size(), next);
    }
}
