package app.kintsugi.platform;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;

import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.env.ConfigurableEnvironment;

/**
 * Creates the data directory (readable by its owner only) before anything opens the embedded database in it; SQLite cannot
 * create a file in a folder that does not exist.
 */
class DataDirectoryPreparer implements EnvironmentPostProcessor {

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        String url = environment.getProperty("spring.datasource.url", "");
        String dataDir = environment.getProperty("kintsugi.data-dir");
        if (dataDir == null || dataDir.isBlank()) {
            return;
        }
        boolean embedded = url.startsWith("jdbc:sqlite:");
        boolean fileKey = environment.getProperty("kintsugi.crypto.master-key", "").isBlank();
        if (embedded || fileKey) {
            try {
                Path dir = Path.of(dataDir);
                if (!Files.exists(dir)) {
                    Files.createDirectories(dir);
                    restrictToOwner(dir);
                }
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot create the data directory " + dataDir, e);
            }
        }
    }

    /** The folder holds the database and the key file: only the service's own user may enter it. */
    private static void restrictToOwner(Path dir) throws IOException {
        try {
            Files.setPosixFilePermissions(dir, PosixFilePermissions.fromString("rwx------"));
        } catch (UnsupportedOperationException notPosix) {
            // Elsewhere the operator protects the folder.
        }
    }
}
