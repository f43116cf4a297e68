package dev.gavel.app.stats;

/** The default name of an exported file, from what it shows and the page's guild and range. */
@FunctionalInterface
interface FileNamer {

    String name(String what, FileSaver.FileType type);
}
