package io.fibbench.jnr;

import io.fibbench.contract.StandaloneUseContract;
import java.util.List;

class JnrStandaloneIT extends StandaloneUseContract {

    @Override
    protected List<String> expectedIds() {
        return List.of("jnr", "jnr-ignore-error");
    }
}
