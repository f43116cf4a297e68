package dev.gavel.store;

import org.jdbi.v3.core.Handle;

/** One transaction's access to the store's DAOs. */
public final class Tx {

    private final Handle handle;

    Tx(Handle handle) {
        this.handle = handle;
    }

    public <D> D dao(Class<D> type) {
        return handle.attach(type);
    }

    Handle handle() {
        return handle;
    }
}
