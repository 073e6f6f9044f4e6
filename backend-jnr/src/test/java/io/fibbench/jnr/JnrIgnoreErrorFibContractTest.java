package io.fibbench.jnr;

import io.fibbench.FibService;
import io.fibbench.contract.FibServiceContract;

class JnrIgnoreErrorFibContractTest extends FibServiceContract {

    @Override
    protected FibService create() {
        return new JnrIgnoreErrorFib();
    }
}
