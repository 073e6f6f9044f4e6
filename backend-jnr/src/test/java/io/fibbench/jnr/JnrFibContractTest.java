package io.fibbench.jnr;

import io.fibbench.FibService;
import io.fibbench.contract.FibServiceContract;

class JnrFibContractTest extends FibServiceContract {

    @Override
    protected FibService create() {
        return new JnrFib();
    }
}
