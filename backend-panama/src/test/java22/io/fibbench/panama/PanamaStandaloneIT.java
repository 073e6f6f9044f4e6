package io.fibbench.panama;

import io.fibbench.contract.StandaloneUseContract;
import java.util.List;

class PanamaStandaloneIT extends StandaloneUseContract {

    @Override
    protected List<String> expectedIds() {
        return List.of("panama", "panama-critical");
    }
}
