package dev.gavel.store.original;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * What a folder holds: every file's name, size, digest and modification time. Two states compare
 * equal only when nothing was created, deleted, written or touched.
 */
public record FolderState(Map<String, String> files) {

    public static FolderState of(Path folder) {
        Map<String, String> files = new TreeMap<>();
        try (Stream<Path> list = Files.list(folder)) {
            for (Path path : list.toList()) {
                String name = path.getFileName().toString();
                if (Files.isDirectory(path)) {
                    files.put(name, "folder");
                } else {
                    files.put(name, Files.size(path) + " bytes, sha-256 " + digest(path) + ", modified "
                            + Files.getLastModifiedTime(path).toMillis());
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new FolderState(files);
    }

    /** The same, leaving out the files whose names end with the given suffixes (e.g. a running program's -shm). */
    public FolderState without(String... suffixes) {
        Map<String, String> kept = new TreeMap<>(files);
        kept.keySet().removeIf(name -> Stream.of(suffixes).anyMatch(name::endsWith));
        return new FolderState(kept);
    }

    private static String digest(Path path) throws IOException {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(path)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
