package io.fibbench.jni;

import io.fibbench.contract.StandaloneUseContract;
import java.util.List;

class JniStandaloneIT extends StandaloneUseContract {

    @Override
    protected List<String> expectedIds() {
        return List.of("jni");
    }
}
