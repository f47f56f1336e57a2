package io.replydesk.stack;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LocalRunTest {

    @TempDir
    Path dir;

    @Test
    void generatesTheAdminPasswordOnceAndKeepsItPrivate() throws Exception {
        Path file = dir.resolve(".replydesk/admin-password");

        String first = LocalRun.storedPassword(file);
        String second = LocalRun.storedPassword(file);

        assertThat(first).hasSize(20).matches("[A-Za-z0-9]+").isEqualTo(second);
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
        assertThat(LocalRun.storedPassword(dir.resolve("other/admin-password"))).isNotEqualTo(first);
    }
}
