package io.fibbench.jna;

import com.sun.jna.Library;
import java.util.Map;

/** How both JNA variants load libfib: its own class, so jna-direct's fork does not load the interface mapping. */
final class JnaStrings {

    /** Strings as UTF-8 whatever the platform's default charset (JDK 17 on a POSIX locale says ASCII). */
    static final Map<String, Object> UTF_8 = Map.of(Library.OPTION_STRING_ENCODING, "UTF-8");

    private JnaStrings() {
    }
}
