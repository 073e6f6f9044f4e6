package io.fibbench.panama;

import io.fibbench.FibService;
import io.fibbench.contract.FibServiceContract;

class PanamaFibContractTest extends FibServiceContract {

    @Override
    protected FibService create() {
        return new PanamaFib();
    }
}
