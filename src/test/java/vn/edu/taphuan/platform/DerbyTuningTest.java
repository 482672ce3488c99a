package vn.edu.taphuan.platform;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.util.HashMap;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;

class DerbyTuningTest {
    private static final String MAX_MEMORY = "derby.language.maxMemoryPerTable";
    private static final String LOG_BUFFER = "derby.storage.logBufferSize";
    private final Map<String, String> before = new HashMap<>();

    DerbyTuningTest() {
        for (String name : DerbyTuning.DEFAULTS.keySet()) {
            before.put(name, System.getProperty(name));
        }
    }

    @AfterEach
    void restore() {
        before.forEach((name, value) -> {
            if (value == null) {
                System.clearProperty(name);
            } else {
                System.setProperty(name, value);
            }
        });
    }

    @Test
    void whenNothingIsSetThenHashJoinsKeep64MegabytesAndTheLogBuffers1Megabyte() {
        DerbyTuning.DEFAULTS.keySet().forEach(System::clearProperty);
        new DerbyTuning().customize(null);
        assertEquals("65536", System.getProperty(MAX_MEMORY));
        assertEquals("1048576", System.getProperty(LOG_BUFFER));
    }

    @Test
    void whenTheCommandLineSetsAValueThenItWins() {
        DerbyTuning.DEFAULTS.keySet().forEach(System::clearProperty);
        System.setProperty(MAX_MEMORY, "2048");
        new DerbyTuning().customize(null);
        assertEquals("2048", System.getProperty(MAX_MEMORY));
        assertEquals("1048576", System.getProperty(LOG_BUFFER));
    }
}
