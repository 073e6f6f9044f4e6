package io.fibbench.jna;

import io.fibbench.FibService;
import io.fibbench.contract.FibServiceContract;

class JnaDirectFibContractTest extends FibServiceContract {

    @Override
    protected FibService create() {
        return new JnaDirectFib();
    }
}
