package dev.engblog.cms.media;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Optional;

/**
 * Files under one directory: a file is written to a temporary name and moved into place, so a reader
 * never sees half of one. Keys are made by the service from a hash and a fixed variant name, and are
 * checked again here: nothing a client sends becomes a path.
 */
public class FilesystemStorage implements MediaStorage {

    private final Path root;

    public FilesystemStorage(Path root) {
        this.root = root.toAbsolutePath().normalize();
        try {
            Files.createDirectories(this.root);
        } catch (IOException e) {
            throw new IllegalStateException("cms.media.dir: cannot create the media directory " + this.root + ": " + e.getMessage(), e);
        }
    }

    @Override
    public void put(String key, byte[] bytes, String contentType) throws IOException {
        Path target = path(key);
        if (Files.exists(target)) {
            return;
        }
        Files.createDirectories(target.getParent());
        Path temp = Files.createTempFile(target.getParent(), ".upload-", ".tmp");
        try {
            Files.write(temp, bytes);
            try {
                Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    @Override
    public boolean exists(String key) {
        return Files.isRegularFile(path(key));
    }

    @Override
    public Optional<StoredFile> open(String key) throws IOException {
        Path file = path(key);
        try {
            long length = Files.size(file);
            InputStream in = Files.newInputStream(file);
            return Optional.of(new StoredFile(in, length));
        } catch (NoSuchFileException e) {
            return Optional.empty();
        }
    }

    @Override
    public void delete(String key) throws IOException {
        Path file = path(key);
        Files.deleteIfExists(file);
        try (var rest = Files.list(file.getParent())) {
            if (rest.findAny().isEmpty()) {
                Files.deleteIfExists(file.getParent());
            }
        } catch (NoSuchFileException | java.nio.file.DirectoryNotEmptyException e) {
            // gone already, or a concurrent upload put a file in it: either is fine
        }
    }

    private Path path(String key) {
        if (!MediaKeys.isKey(key)) {
            throw new IllegalArgumentException("not a media key: " + key);
        }
        Path file = root.resolve(key).normalize();
        if (!file.startsWith(root)) {
            throw new IllegalArgumentException("not a media key: " + key);
        }
        return file;
    }
}
