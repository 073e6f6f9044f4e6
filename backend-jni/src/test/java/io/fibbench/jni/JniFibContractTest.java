package io.fibbench.jni;

import io.fibbench.FibService;
import io.fibbench.contract.FibServiceContract;

class JniFibContractTest extends FibServiceContract {

    @Override
    protected FibService create() {
        return new JniFib();
    }
}
