package no.planverk.plans.core.internal.persistence;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/** Splits id lists for "in (...)" queries: Derby and others limit the number of parameters. */
public final class Chunks {

    static final int SIZE = 500;

    private Chunks() {
    }

    public static <T> List<List<T>> of(Collection<T> all) {
        List<T> list = new ArrayList<>(all);
        List<List<T>> chunks = new ArrayList<>();
        for (int i = 0; i < list.size(); i += SIZE) {
            chunks.add(list.subList(i, Math.min(list.size(), i + SIZE)));
        }
        return chunks;
    }
}
