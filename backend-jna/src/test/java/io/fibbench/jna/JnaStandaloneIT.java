package io.fibbench.jna;

import io.fibbench.contract.StandaloneUseContract;
import java.util.List;

class JnaStandaloneIT extends StandaloneUseContract {

    @Override
    protected List<String> expectedIds() {
        return List.of("jna-interface", "jna-direct");
    }
}
