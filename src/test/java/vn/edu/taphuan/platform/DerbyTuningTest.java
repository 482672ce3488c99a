package vn.edu.taphuan.platform;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

class DerbyTuningTest {
    private final String before = System.getProperty(DerbyTuning.MAX_MEMORY_PER_TABLE);

    @AfterEach
    void restore() {
        if (before == null) {
            System.clearProperty(DerbyTuning.MAX_MEMORY_PER_TABLE);
        } else {
            System.setProperty(DerbyTuning.MAX_MEMORY_PER_TABLE, before);
        }
    }

    @Test
    void whenNothingIsSetThenHashJoinsMayKeep64MegabytesInMemory() {
        System.clearProperty(DerbyTuning.MAX_MEMORY_PER_TABLE);
        new DerbyTuning().customize(null);
        assertEquals("65536", System.getProperty(DerbyTuning.MAX_MEMORY_PER_TABLE));
    }

    @Test
    void whenTheCommandLineSetsTheLimitThenItWins() {
        System.setProperty(DerbyTuning.MAX_MEMORY_PER_TABLE, "2048");
        new DerbyTuning().customize(null);
        assertEquals("2048", System.getProperty(DerbyTuning.MAX_MEMORY_PER_TABLE));
    }
}
