package io.fibbench.jna;

import io.fibbench.FibService;
import io.fibbench.contract.FibServiceContract;

class JnaInterfaceFibContractTest extends FibServiceContract {

    @Override
    protected FibService create() {
        return new JnaInterfaceFib();
    }
}
