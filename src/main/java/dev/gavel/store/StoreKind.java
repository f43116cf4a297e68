package dev.gavel.store;

/** What a SQLite file holds, as far as Gavel can use it. */
public enum StoreKind {
    /** A Gavel store (Flyway history present). */
    GAVEL,
    /** A database made by the original TypeScript bot (kysely_migration present): read-only. */
    ORIGINAL
}
