package uk.send.platform.kernel;

import java.util.List;

/** A page of a list, the shape every list in the API has: items, page, size, total. */
public record Paged<T>(List<T> items, int page, int size, long total) {

    public static final int MAX_SIZE = 200;

    public int totalPages() {
        return size == 0 ? 0 : (int) ((total + size - 1) / size);
    }

    public boolean hasNext() {
        return (long) (page + 1) * size < total;
    }

    public boolean hasPrevious() {
        return page > 0;
    }

    /** Checks page and size from a request, with field-level problems for nonsense values. */
    public static void check(int page, int size) {
        if (page < 0) {
            throw InvalidInput.of("page", "Page must be 0 or more");
        }
        if (size < 1 || size > MAX_SIZE) {
            throw InvalidInput.of("size", "Size must be between 1 and " + MAX_SIZE);
        }
    }
}
