#pragma once
// Logging category of the ConductorOne module: "dbx.c1". Secrets (client secret, private key,
// access tokens, assertions) never reach it.

#include <QLoggingCategory>

namespace dbx {
namespace c1 {
Q_DECLARE_LOGGING_CATEGORY(lcC1)
} // namespace c1
} // namespace dbx
