// The store contract on a real PostgreSQL server (the `pg` CTest fixture).
#include "store_contract.h"

namespace entente {

INSTANTIATE_TEST_SUITE_P(Postgres, StoreContract, ::testing::Values("postgres"));

}  // namespace entente
