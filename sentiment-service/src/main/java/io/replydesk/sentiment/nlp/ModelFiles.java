package io.replydesk.sentiment.nlp;

import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * Finds a CoreNLP model file for CoreNLP. CoreNLP looks on its own class loader only, which under
 * {@code quarkus:dev} cannot see the sentiment-models module; so the path is resolved through the
 * context class loader and handed over as a file path when CoreNLP would not find it itself.
 */
public final class ModelFiles {

    private ModelFiles() {
    }

    public static String resolve(String classpathPath) {
        ClassLoader coreNlpLoader = StanfordCoreNLP.class.getClassLoader();
        if (coreNlpLoader != null && coreNlpLoader.getResource(classpathPath) != null) {
            return classpathPath;
        }
        ClassLoader context = Thread.currentThread().getContextClassLoader();
        URL url = context == null ? null : context.getResource(classpathPath);
        if (url == null) {
            throw new IllegalStateException("model file not on the class path: " + classpathPath
                    + " (is io.replydesk:sentiment-models a dependency?)");
        }
        try {
            if ("file".equals(url.getProtocol())) {
                return Path.of(url.toURI()).toString();
            }
            String name = classpathPath.substring(classpathPath.lastIndexOf('/') + 1);
            Path copy = Files.createTempFile("corenlp-", "-" + name);
            copy.toFile().deleteOnExit();
            try (InputStream in = url.openStream()) {
                Files.copy(in, copy, StandardCopyOption.REPLACE_EXISTING);
            }
            return copy.toString();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read model " + classpathPath, e);
        } catch (URISyntaxException e) {
            throw new IllegalStateException("bad model URL " + url, e);
        }
    }
}
