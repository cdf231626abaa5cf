// The database schema (docs/schema.md), written once for both engines: the few types that
// differ are filled in per dialect.
#pragma once

#include <string>

#include "store/sql_db.h"

namespace entente {

inline constexpr int kSchemaVersion = 2;

// The CREATE statements for `dialect` (idempotent: IF NOT EXISTS everywhere).
std::string SchemaScript(SqlDb::Dialect dialect);

// Creates the schema when missing and checks the version of an existing one. Read-only
// connections only check.
Status PrepareSchema(SqlDb& db, bool read_only);

}  // namespace entente
